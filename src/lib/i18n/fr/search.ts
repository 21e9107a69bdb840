/**
 * French strings for the search box (src/lib/i18n/search.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { BODY_NAMES } from './common';
import type * as en from '../search';

export const searchText: typeof en.searchText = {
	label: 'Rechercher un pays ou une mission',
	placeholder: 'Pays ou mission…',
	noResults: 'Aucun résultat',
	country: 'Pays',
	mission: 'Mission',
	operation: 'Autre organisation',
	/** The names a reader may type for a body: "OTAN" finds IFOR. */
	bodyNames: (body: string) => BODY_NAMES[body] ?? [],
	results: (n: number) => `${n} résultat${n < 2 ? '' : 's'}`
};
