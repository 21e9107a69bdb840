/**
 * `npm run names`: derives geodata/country-names.json, the French and Arabic display names of
 * the countries in geodata/countries.json. Like scripts/country-names.ts for English: the
 * library's name (i18n-iso-countries), with a table per language for the choices it cannot make.
 *
 * The rule is the English one: the short name people use, as the UN writes it in its French and
 * Arabic documents where the UN has renamed a country or uses a form the library does not
 * (Türkiye, Tchéquie, Eswatini, كوت ديفوار, ميانمار), but not the UN's formal long forms
 * (Syrie, not République arabe syrienne; سوريا, not الجمهورية العربية السورية).
 *
 * Deterministic: the same package version gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
export const LANGS = ['fr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
for (const lang of LANGS)
	countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
const VERSION = (require('i18n-iso-countries/package.json') as { version: string }).version;

const COUNTRIES = new URL('../geodata/countries.json', import.meta.url);
const OUT = new URL('../geodata/country-names.json', import.meta.url);

/** Where the library's French name is not the one an atlas reader expects. */
const PREFERRED_FR: Record<string, string> = {
	ALA: 'Îles Åland', // the library has "Åland"; the English is "Åland Islands"
	ARE: 'Émirats arabes unis', // French writes the adjectives in lower case (UN, Académie)
	BLR: 'Bélarus', // the UN's French name; the library has the older "Biélorussie"
	BRN: 'Brunei', // the library has the formal "Brunei Darussalam"; the English is "Brunei"
	CAF: 'République centrafricaine', // lower-case adjective, as the UN writes it
	CIV: "Côte d'Ivoire", // no hyphen: the country's own and the UN's spelling
	CYN: 'Chypre du Nord', // Natural Earth code, no ISO name; the OIC observer "Turkish Cypriot State"
	CZE: 'Tchéquie', // the UN's short name since 2016, as "Czechia" in English
	DOM: 'République dominicaine', // lower-case adjective, as the UN writes it
	FLK: 'Îles Falkland (Malvinas)', // the UN's French form, as the English "Falkland Islands (Malvinas)"
	IOT: "Territoire britannique de l'océan Indien", // the library has "Océan Indien Britannique"
	IRQ: 'Iraq', // the UN's French spelling, as in its mission names (MANUI, MONUIK); the library has "Irak"
	KNA: 'Saint-Kitts-et-Nevis', // the UN's French name; the library has "Saint-Christophe-et-Niévès"
	SAU: 'Arabie saoudite', // lower-case adjective, as the UN writes it
	SWZ: 'Eswatini', // the library has the formal "Royaume d'Eswatini"
	TUR: 'Türkiye', // the UN's name in every language since June 2022; the library has "Turquie"
	TZA: 'Tanzanie', // the library has the formal "République unie de Tanzanie"
	USA: 'États-Unis', // the library has the formal "États-Unis d'Amérique"
	VAT: 'Vatican', // the library has "Saint-Siège (Vatican)"; the map shows the place, as "Vatican City"
	VGB: 'Îles Vierges britanniques', // capital V: a proper name
	VIR: 'Îles Vierges américaines', // capital V: a proper name
	XKX: 'Kosovo' // no ISO code (XKX is the user-assigned code), so the library has no name
};

/** Where the library's Arabic name is not the one an atlas reader expects. */
const PREFERRED_AR: Record<string, string> = {
	ATF: 'الأقاليم الجنوبية الفرنسية', // the library has the awkward "أراض فرنسية جنوبية وأنتارتيكية"
	BLR: 'بيلاروس', // the UN's Arabic name; the library has the older "روسيا البيضاء"
	CIV: 'كوت ديفوار', // the UN's Arabic name, as the English keeps "Côte d'Ivoire"; the library has "ساحل العاج"
	CYN: 'شمال قبرص', // Natural Earth code, no ISO name; the OIC observer "Turkish Cypriot State"
	CZE: 'تشيكيا', // the UN's short name since 2016, as "Czechia"; the library has "جمهورية التشيك"
	FLK: 'جزر فوكلاند (مالفيناس)', // the UN's Arabic form, as the English "Falkland Islands (Malvinas)"
	FSM: 'ميكرونيسيا', // the library has the formal "ولايات ميكرونيسيا المتحدة"
	GRL: 'غرينلاند', // غ for the hard g, as the library writes غانا and غينيا; it has "جرينلاند"
	MMR: 'ميانمار', // the UN's name; the library has "بورما"
	OMN: 'عُمان', // with the damma: "عمان" without it reads as Amman, capital of Jordan
	SHN: 'سانت هيلينا', // the library names the whole territory with Ascension and Tristan da Cunha
	SWZ: 'إسواتيني', // the country's name since 2018 and the UN's; the library has "سوازيلاند"
	TLS: 'تيمور-ليشتي', // the UN's name, as "Timor-Leste"; the library has "تيمور الشرقية" (East Timor)
	TZA: 'تنزانيا', // the usual spelling; the library has "تانزانيا"
	XKX: 'كوسوفو' // no ISO code (XKX is the user-assigned code), so the library has no name
};

export const PREFERRED: Record<Lang, Record<string, string>> = {
	fr: PREFERRED_FR,
	ar: PREFERRED_AR
};

/** The French or Arabic display name of an ISO 3166-1 alpha-3 code (or CYN, XKX). */
export function countryNameIn(lang: Lang, iso3: string): string {
	const preferred = PREFERRED[lang][iso3];
	if (preferred) return preferred;
	const names = countries.getName(iso3, lang, { select: 'all' });
	if (!names?.length || !names[0]) {
		throw new Error(
			`No ${lang === 'fr' ? 'French' : 'Arabic'} name for "${iso3}" in i18n-iso-countries ${VERSION}: ` +
				`add it to PREFERRED_${lang.toUpperCase()} in scripts/country-names-i18n.ts`
		);
	}
	return names[0];
}

export function readCountryCodes(): string[] {
	const list = JSON.parse(readFileSync(COUNTRIES, 'utf8')) as { iso3: string }[];
	return list.map((c) => c.iso3).sort();
}

/** The file's text: one line per country, sorted by code, as geodata/countries.json is written. */
export function countryNamesFile(codes: string[]): string {
	const about =
		'French and Arabic display names of the countries in countries.json: ' +
		`i18n-iso-countries ${VERSION} with the exceptions in scripts/country-names-i18n.ts. ` +
		'Derived by npm run names.';
	const sorted = [...codes].sort();
	const block = (lang: Lang) =>
		`${JSON.stringify(lang)}: {\n` +
		sorted
			.map((iso3) => `${JSON.stringify(iso3)}:${JSON.stringify(countryNameIn(lang, iso3))}`)
			.join(',\n') +
		'\n}';
	return `{\n"about": ${JSON.stringify(about)},\n${LANGS.map(block).join(',\n')}\n}\n`;
}

/** Table entries the library now agrees with, or for codes no longer in countries.json. */
function staleEntries(codes: string[]): string[] {
	const known = new Set(codes);
	const stale: string[] = [];
	for (const lang of LANGS)
		for (const [iso3, name] of Object.entries(PREFERRED[lang])) {
			if (!known.has(iso3))
				stale.push(`PREFERRED_${lang.toUpperCase()}.${iso3}: not in countries.json`);
			else if (countries.getName(iso3, lang) === name)
				stale.push(`PREFERRED_${lang.toUpperCase()}.${iso3}: the library now has "${name}"`);
		}
	return stale;
}

function main(): void {
	const codes = readCountryCodes();
	const text = countryNamesFile(codes);
	writeFileSync(OUT, text);
	for (const line of staleEntries(codes)) console.warn(`warning: ${line}; remove the entry`);
	const exceptions = LANGS.map((l) => `${Object.keys(PREFERRED[l]).length} ${l}`).join(', ');
	console.log(
		`geodata/country-names.json: ${codes.length} countries in French and Arabic ` +
			`(i18n-iso-countries ${VERSION}; exceptions: ${exceptions})`
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
