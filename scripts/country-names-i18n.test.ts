import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryNameIn, countryNamesFile, readCountryCodes } from './country-names-i18n';

const FILE = new URL('../geodata/country-names.json', import.meta.url);
const text = readFileSync(FILE, 'utf8');
const names = JSON.parse(text) as {
	about: string;
	fr: Record<string, string>;
	ar: Record<string, string>;
};
const countries = JSON.parse(
	readFileSync(new URL('../geodata/countries.json', import.meta.url), 'utf8')
) as { iso3: string; oic: unknown }[];

describe('geodata/country-names.json', () => {
	it('is what `npm run names` derives', () => {
		expect(text).toBe(countryNamesFile(readCountryCodes()));
	});

	it('names every country of countries.json in French and Arabic, and no other', () => {
		const codes = countries.map((c) => c.iso3).sort();
		for (const lang of ['fr', 'ar'] as const) {
			expect(Object.keys(names[lang]).sort(), lang).toEqual(codes);
			for (const iso3 of codes) expect(names[lang][iso3]?.trim(), `${lang} ${iso3}`).toBeTruthy();
		}
	});

	it('writes the Arabic names in Arabic script and the French ones in Latin script', () => {
		for (const [iso3, name] of Object.entries(names.ar)) {
			// Arabic letters, with the vowel marks (Script=Inherited) some names need: عُمان.
			expect(name, `ar ${iso3}`).toMatch(/^[\p{Script=Arabic}\p{M}\s()-]+$/u);
			expect(name, `ar ${iso3}`).toMatch(/\p{Script=Arabic}/u);
		}
		for (const [iso3, name] of Object.entries(names.fr))
			expect(name, `fr ${iso3}`).toMatch(/^[\p{Script=Latin}\s'()-]+$/u);
	});

	it('gives the OIC members and observers distinct names in each language', () => {
		const oic = countries.filter((c) => c.oic).map((c) => c.iso3);
		expect(oic).toHaveLength(62);
		for (const lang of ['fr', 'ar'] as const)
			expect(new Set(oic.map((iso3) => names[lang][iso3])).size, lang).toBe(oic.length);
	});

	it.each([
		['SYR', 'Syrie', 'سوريا'],
		['PSE', 'Palestine', 'فلسطين'],
		['TUR', 'Türkiye', 'تركيا'],
		['CYN', 'Chypre du Nord', 'شمال قبرص'],
		['XKX', 'Kosovo', 'كوسوفو'],
		['BIH', 'Bosnie-Herzégovine', 'البوسنة والهرسك'],
		['LBN', 'Liban', 'لبنان'],
		['SOM', 'Somalie', 'الصومال'],
		['MLI', 'Mali', 'مالي'],
		['COD', 'République démocratique du Congo', 'جمهورية الكونغو الديمقراطية']
	])('names %s "%s" and "%s"', (iso3, fr, ar) => {
		expect(names.fr[iso3]).toBe(fr);
		expect(names.ar[iso3]).toBe(ar);
	});
});

describe('countryNameIn', () => {
	it('stops on a code the library does not know, naming the code and the fix', () => {
		expect(() => countryNameIn('fr', 'ZZZ')).toThrow(
			/No French name for "ZZZ".*add it to PREFERRED_FR in scripts\/country-names-i18n\.ts/
		);
		expect(() => countryNameIn('ar', 'ZZZ')).toThrow(/No Arabic name for "ZZZ".*PREFERRED_AR/);
	});
});
