/**
 * The atlas' own description of each source on the sources page: what it covers, where the
 * copy used comes from, and its licence. English is the data's own (geodata/sources.json);
 * the French and Arabic modules translate each of these for every source, so a source added
 * to the data without its translations fails translations.test.ts. A source's title,
 * publisher and citation are its own words and stay as it writes them.
 */
import sources from '$geodata/sources.json';

export interface SourceWords {
	coverage: string;
	origin: string;
	licence: string;
}

export const sourceText: Record<string, SourceWords> = Object.fromEntries(
	sources.map((s) => [s.id, { coverage: s.coverage, origin: s.origin, licence: s.licence }])
);

/** True where the words are the data's own English (this module), false in a translation. */
export const sourceWordsInEnglish: boolean = true;
