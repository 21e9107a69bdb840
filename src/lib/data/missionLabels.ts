/**
 * The acronym an operation goes by in the page's language: FINUL for UNIFIL in French,
 * اليونيفيل in Arabic, the id itself in English and wherever the UN's own form in the language
 * is the same or unknown (geodata/mission-names.json, with sources; vite.config.ts writes this
 * build's table). URLs, data and joins keep the id. The other languages' acronyms, which only
 * search needs, are in ./missionAliases.ts.
 */
import own from '$geodata/mission-labels.json';

const labels: Record<string, string> = own;

export const missionLabel = (id: string): string => labels[id] ?? id;
