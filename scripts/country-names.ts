/**
 * English display names for ISO 3166-1 alpha-3 codes: the short name people use
 * ("Iran", "Syria", "Türkiye"), from i18n-iso-countries, with the few choices it cannot make.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Where the library's first or alias name is not the one an atlas reader expects. */
const PREFERRED: Record<string, string> = {
	BRN: 'Brunei',
	CHN: 'China',
	CIV: "Côte d'Ivoire",
	COD: 'DR Congo',
	COG: 'Republic of the Congo',
	CYN: 'Northern Cyprus', // Natural Earth code; the OIC observer "Turkish Cypriot State"
	FSM: 'Micronesia',
	GMB: 'The Gambia',
	LAO: 'Laos',
	MDA: 'Moldova',
	PSE: 'Palestine',
	SYR: 'Syria',
	TWN: 'Taiwan',
	VAT: 'Vatican City',
	XKX: 'Kosovo'
};

/** Library names that are the formal long form; the second entry is the short one. */
const SHORT_IS_SECOND = new Set(['IRN', 'RUS', 'TZA', 'MKD', 'CZE', 'USA']);

export function countryName(iso3: string): string {
	if (PREFERRED[iso3]) return PREFERRED[iso3];
	const names = countries.getName(iso3, 'en', { select: 'all' });
	if (!names?.length) {
		throw new Error(
			`No English name for "${iso3}": add it to PREFERRED in scripts/country-names.ts`
		);
	}
	return SHORT_IS_SECOND.has(iso3) && names[1] ? names[1] : names[0];
}
