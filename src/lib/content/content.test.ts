import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import countries from '$geodata/countries.json';
import missions from '$geodata/missions.json';
import { THEMES } from '$content/themes';
import { buildCorpus, gazetteer, readArticles } from './corpus';
import { CorpusIndex, type Role } from './corpusIndex';
import { linkPassages, passageYear, yearsIn } from './links';
import { inlineSegments, splitArticle } from './passages';
import { passageKey } from './types';

const corpus = buildCorpus();
const linksOf = (key: string) =>
	corpus.links.filter((l) => l.passage === key).map((l) => `${l.target.kind}:${l.target.id}`);

describe('the articles', () => {
	it.each(readArticles().map((a) => [a.slug, a] as const))(
		'%s is carried unchanged, with title and attribution',
		(_, a) => {
			expect(a.title.length).toBeGreaterThan(10);
			expect(a.attribution).toMatch(/source article/);
			const original = `../shared/articles/${a.source}`;
			if (existsSync(original)) expect(a.text).toBe(readFileSync(original, 'utf8'));
		}
	);

	it('splits into paragraphs and list items with their sections', () => {
		const ids = corpus.passages.map(passageKey);
		expect(ids).toHaveLength(17);
		expect(new Set(ids).size).toBe(17);
		const item = corpus.passages.find(
			(p) => p.id === 'islamic-nations-and-peacekeeping-operations-2'
		)!;
		expect(item).toMatchObject({
			kind: 'item',
			number: 1,
			section: 'Islamic Nations and Peacekeeping Operations'
		});
		expect(item.text).toMatch(/^\*\*Interposition Forces:\*\* Islamic nations have witnessed/);
	});

	it('keeps ids stable: the same text splits the same way', () => {
		const [a] = readArticles();
		expect(splitArticle(a.slug, a.text).passages).toEqual(a.passages);
	});

	it('reads bold runs without their markers', () => {
		expect(inlineSegments('**Global Peacekeeping:** Apart from')).toEqual([
			{ text: 'Global Peacekeeping:', strong: true },
			{ text: ' Apart from', strong: false }
		]);
	});
});

describe('the gazetteer', () => {
	it.each([
		{ text: 'the UN peacekeeping mission in Bosnia and Herzegovina', expected: ['country:BIH'] },
		{ text: 'post the Bosnian War', expected: ['country:BIH'] },
		{ text: 'troops from Türkiye and Turkey', expected: ['country:TUR', 'country:TUR'] },
		{ text: 'in Ivory Coast, or Côte d’Ivoire', expected: ['country:CIV', 'country:CIV'] },
		{ text: "in Côte d'Ivoire", expected: ['country:CIV'] },
		{
			text: 'UNIFIL and the UN Interim Force in Lebanon',
			expected: ['mission:UNIFIL', 'mission:UNIFIL']
		},
		{ text: 'UNOSOM II followed UNOSOM I', expected: ['mission:UNOSOM II', 'mission:UNOSOM I'] },
		{ text: 'the Islamic ummah and Islamic nations', expected: ['oic:OIC', 'oic:OIC'] },
		{ text: 'Lebanese and Malian officers', expected: ['country:LBN', 'country:MLI'] },
		{ text: 'Nigeria is not Niger', expected: ['country:NGA', 'country:NER'] },
		{ text: 'under the mandate, unanimously', expected: [] }
	])('finds $expected in "$text"', ({ text, expected }) => {
		expect(gazetteer.find(text).map((m) => `${m.target.kind}:${m.target.id}`)).toEqual(expected);
	});

	it('finds every country the articles name explicitly: Bosnia and Herzegovina, twice', () => {
		const named = corpus.passages.flatMap((p) =>
			gazetteer
				.find(p.text)
				.filter((m) => m.target.kind === 'country')
				.map((m) => `${p.id}: ${m.text}`)
		);
		expect(named).toEqual(['opening-3: Bosnia and Herzegovina', 'opening-3: Bosnian']);
	});
});

describe('links', () => {
	it('links the Bosnia passage to BIH, UNPROFOR and UNMIBH', () => {
		expect(linksOf('role-of-islamic-nations/opening-3')).toEqual(
			expect.arrayContaining([
				'country:BIH',
				'mission:UNPROFOR',
				'mission:UNMIBH',
				'theme:contributing'
			])
		);
	});

	it('reads decades and years', () => {
		expect(yearsIn('during the 1990s, and in 2004')).toEqual([
			[1990, 1999],
			[2004, 2004]
		]);
	});

	it('gives a place link the year its passage speaks of, within a mission’s own years', () => {
		const text = 'during the 1990s, Islamic nations were part of the UN mission in Bosnia';
		expect(passageYear(text, [1948, 2025])).toBe(1999);
		expect(passageYear(text, [1948, 2025], [1992, 1995])).toBe(1995);
		expect(passageYear(text, [1948, 2025], [1995, 2002])).toBe(1999);
		expect(passageYear(text, [1948, 2025], [2003, 2025])).toBe(null);
		expect(passageYear('no years here', [1948, 2025])).toBe(null);
		expect(passageYear('in 1900 and in 2031', [1948, 2025])).toBe(null);
	});

	it('leaves no passage unreachable from a country, mission or theme', () => {
		const orphans = corpus.passages
			.map(passageKey)
			.filter((key) => !corpus.links.some((l) => l.passage === key && l.target.kind !== 'oic'));
		expect(orphans).toEqual([]);
	});

	it('applies reviewed additions', () => {
		expect(
			linksOf('vital-aspect-of-cooperation/islamic-nations-and-peacekeeping-operations-2')
		).toEqual(expect.arrayContaining(['mission:UNIFIL', 'mission:UNDOF', 'theme:hosting']));
	});

	const vocab = {
		countries: new Set(countries.map((c) => c.iso3)),
		missions: new Map(
			missions.map((m) => [
				m.id,
				{
					id: m.id,
					kind: m.kind as 'pko',
					hosts: m.hosts.value,
					start: m.start.year,
					end: m.end.year
				}
			])
		),
		themes: THEMES
	};
	it.each([
		{
			review: {
				add: [
					{
						passage: 'role-of-islamic-nations/opening-3',
						target: { kind: 'country' as const, id: 'XYZ' },
						why: ''
					}
				],
				remove: []
			},
			error: /content\/links.review.json "add" entry 0: country "XYZ" does not exist/
		},
		{
			review: {
				add: [
					{
						passage: 'role-of-islamic-nations/nowhere-9',
						target: { kind: 'mission' as const, id: 'UNIFIL' },
						why: ''
					}
				],
				remove: []
			},
			error: /"add" entry 0: passage "role-of-islamic-nations\/nowhere-9" does not exist/
		},
		{
			review: {
				add: [],
				remove: [
					{
						passage: 'role-of-islamic-nations/opening-3',
						target: { kind: 'mission' as const, id: 'UNNOPE' },
						why: ''
					}
				]
			},
			error: /"remove" entry 0: mission "UNNOPE" does not exist/
		}
	])('stops on a reviewed link to something that does not exist', ({ review, error }) => {
		expect(() => linkPassages(corpus.passages, gazetteer, vocab, review)).toThrow(error);
	});

	it('stops on a theme lead that is not one of its passages', () => {
		const themes = [{ ...THEMES[0], lead: { host: 'role-of-islamic-nations/opening-5' } }];
		expect(() =>
			linkPassages(corpus.passages, gazetteer, { ...vocab, themes }, { add: [], remove: [] })
		).toThrow(
			/content\/themes.ts theme "understanding-peacekeeping" lead for host: "role-of-islamic-nations\/opening-5" is not one of the theme's passages/
		);
	});

	it('stops on a theme passage that does not exist', () => {
		const themes = [{ ...THEMES[0], passages: ['role-of-islamic-nations/opening-99'] }];
		expect(() =>
			linkPassages(corpus.passages, gazetteer, { ...vocab, themes }, { add: [], remove: [] })
		).toThrow(
			/content\/themes.ts theme "understanding-peacekeeping" passage 0: "role-of-islamic-nations\/opening-99" is not a passage/
		);
	});
});

describe('the passages a country panel quotes', () => {
	const index = new CorpusIndex(corpus);
	const VITAL = 'vital-aspect-of-cooperation';
	const quotes = (roles: Role[]) =>
		Object.fromEntries(
			index
				.quotesFor(index.themesFor(roles), roles)
				.map(({ theme, passage }) => [theme.id, passageKey(passage)])
		);

	it.each([
		{
			what: 'a contributor quotes “Global Peacekeeping”, not the section’s opening',
			roles: ['contributor', 'oic'] as Role[],
			expected: { contributing: `${VITAL}/islamic-nations-and-peacekeeping-operations-3` }
		},
		{
			what: 'a host quotes “Interposition Forces”',
			roles: ['host', 'oic'] as Role[],
			expected: { hosting: `${VITAL}/islamic-nations-and-peacekeeping-operations-2` }
		},
		{
			what: 'a host that also contributes quotes each role’s passage',
			roles: ['host', 'contributor', 'oic'] as Role[],
			expected: {
				hosting: `${VITAL}/islamic-nations-and-peacekeeping-operations-2`,
				contributing: `${VITAL}/islamic-nations-and-peacekeeping-operations-3`
			}
		}
	])('$what', ({ roles, expected }) => {
		const got = quotes(roles);
		expect(got).toMatchObject(expected);
		// No passage is quoted twice in one panel.
		expect(new Set(Object.values(got)).size).toBe(Object.values(got).length);
	});

	it('quotes a theme’s next passage when its lead is already quoted above', () => {
		const global = index.passage(`${VITAL}/islamic-nations-and-peacekeeping-operations-3`)!;
		const [quote] = index.quotesFor([index.theme('contributing')!], ['contributor'], [global]);
		expect(passageKey(quote.passage)).toBe(
			`${VITAL}/islamic-nations-and-peacekeeping-operations-1`
		);
	});
});
