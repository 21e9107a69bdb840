/**
 * Country names as the sources spell them, resolved to ISO 3166-1 alpha-3. i18n-iso-countries
 * knows most; the spellings it does not know are listed here, each checked by hand.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const SPELLINGS: Record<string, string | null> = {
	Bhutan: 'BTN',
	Britain: 'GBR',
	UK: 'GBR',
	USA: 'USA',
	Us: 'USA',
	Drc: 'COD',
	'DR Congo': 'COD',
	Korea: 'KOR', // Geo-PKO: the Republic of Korea's contingents
	'South Korea': 'KOR',
	'Korea (ROK)': 'KOR',
	Russia: 'RUS',
	"Cote d'Ivoire": 'CIV',
	'Cote d Ivoire': 'CIV',
	'The former Yugoslav Republic of Macedonia': 'MKD',
	// Not countries: Geo-PKO labels for units it could not attribute.
	CARICOM: null,
	Multinational: null,
	'TCC name unknown': null,
	Un: null
};

export class NameResolver {
	private readonly known = new Map<string, string | null>(Object.entries(SPELLINGS));
	/** Every spelling met in the sources, by code: search finds countries by them. */
	readonly spellings = new Map<string, Set<string>>();

	private met(name: string, iso3: string | null): string | null {
		if (iso3)
			(this.spellings.get(iso3) ?? this.spellings.set(iso3, new Set()).get(iso3)!).add(name);
		return iso3;
	}

	/** Adds spellings a source pairs with codes itself (IPI metadata, UN tables). */
	learn(name: string, iso3: string): void {
		if (!this.known.has(name)) this.known.set(name, iso3);
		this.met(name, iso3);
	}

	/** The code for a name, null for a label that is not a country; throws for an unknown name. */
	resolve(name: string, where: string): string | null {
		const trimmed = name.trim();
		if (this.known.has(trimmed)) return this.met(trimmed, this.known.get(trimmed)!);
		const code = countries.getAlpha3Code(trimmed, 'en');
		if (code) return this.met(trimmed, code);
		throw new Error(
			`${where}: no ISO code for the country name "${trimmed}"; add it to SPELLINGS in scripts/geodata/names.ts`
		);
	}
}
