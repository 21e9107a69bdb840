/**
 * The acronyms an operation has in the other languages, for search ("FINUL" finds UNIFIL on
 * any page): geodata/mission-names.json, as vite.config.ts writes it for this build.
 */
import others from '$geodata/mission-aliases.json';

const aliases: Record<string, string[]> = others;

export const missionAliases = (id: string): string[] => aliases[id] ?? [];
