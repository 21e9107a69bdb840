/** The country index: names, the spellings people and sources use, OIC status, shape or not. */
import { createRequire } from 'node:module';
import countriesLib from 'i18n-iso-countries';
import type { Country, Oic } from '../../src/lib/data/schema.ts';
import { countryName } from '../country-names.ts';

const require = createRequire(import.meta.url);
countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Names people type that neither the library nor the sources give. */
const EXTRA_NAMES: Record<string, string[]> = {
	CYN: ['Turkish Cypriot State', 'Turkish Republic of Northern Cyprus', 'TRNC'],
	BIH: ['Bosnia', 'Bosnia-Herzegovina'],
	COD: ['Congo-Kinshasa', 'Zaire'],
	GBR: ['Britain'],
	PSE: ['Palestinian Territories'],
	ARE: ['UAE', 'Emirates']
};

export function countryIndex(
	codes: Iterable<string>,
	shapes: Set<string>,
	oic: Map<string, Oic>,
	spellings: Map<string, Set<string>>
): Country[] {
	return [...new Set(codes)].sort().map((iso3) => {
		const name = countryName(iso3);
		const alt = new Set<string>([
			...(countriesLib.getName(iso3, 'en', { select: 'all' }) ?? []),
			...(spellings.get(iso3) ?? []),
			...(EXTRA_NAMES[iso3] ?? [])
		]);
		alt.delete(name);
		return {
			iso3,
			name,
			altNames: [...alt].filter((n) => n.trim()).sort(),
			oic: oic.get(iso3) ?? null,
			hasShape: shapes.has(iso3)
		};
	});
}
