/**
 * Arabic strings for the search box (src/lib/i18n/search.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../search';
import { formatNumber } from '../format';
import { BODY_NAMES } from './common';

/** Whether a count takes the plural (3–10, 103–110…) rather than the singular (11–99, 100…). */
const fewForm = (n: number) => n % 100 >= 3 && n % 100 <= 10;

export const searchText: typeof en.searchText = {
	label: 'البحث عن بلد أو بعثة',
	placeholder: 'بلد أو بعثة…',
	noResults: 'لا توجد نتائج',
	country: 'بلد',
	mission: 'بعثة',
	operation: 'جهة أخرى',
	/** The names a reader may type for a body: "الناتو" or "NATO" finds IFOR. */
	bodyNames: (body) => BODY_NAMES[body] ?? [],
	results: (n) =>
		n === 0
			? 'لا توجد نتائج'
			: n === 1
				? 'نتيجة واحدة'
				: n === 2
					? 'نتيجتان'
					: `${formatNumber(n)} ${fewForm(n) ? 'نتائج' : 'نتيجة'}`
};
