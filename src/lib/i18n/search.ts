/**
 * The search box: a country, mission or operation by any of its names.
 * English; another language is a sibling module with the same keys.
 */
import { BODY_NAMES } from './common';

export const searchText = {
	label: 'Find a country or mission',
	placeholder: 'Country or mission…',
	noResults: 'Nothing found',
	country: 'Country',
	mission: 'Mission',
	operation: 'Other body',
	/** The names a reader may type for a body: "NATO" finds IFOR. */
	bodyNames: (body: string) => BODY_NAMES[body] ?? [],
	results: (n: number) => `${n} result${n === 1 ? '' : 's'}`
};
