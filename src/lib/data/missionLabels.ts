/**
 * The acronym an operation goes by in the page's language: FINUL for UNIFIL in French,
 * اليونيفيل in Arabic, the id itself in English and wherever the UN's own form in the language
 * is the same or unknown (geodata/mission-names.json, with sources; vite.config.ts writes this
 * build's table). URLs, data and joins keep the id.
 */
import labels from '$geodata/mission-labels.json';

const own: Record<string, string> = labels.own;
const others: Record<string, string[]> = labels.others;

export const missionLabel = (id: string): string => own[id] ?? id;

/** The acronyms it has in the other languages, for search ("FINUL" finds it on any page). */
export const missionAliases = (id: string): string[] => others[id] ?? [];
