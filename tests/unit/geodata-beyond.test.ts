/**
 * The files beyond head counts, checked against their sources: the fallen (counted afresh from
 * the UN's CSV here, deduplicated on casualty_id), who led (every COW code read), and other
 * bodies' operations with a host's one timeline.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { COW, cowStates } from '../../scripts/geodata/cow';
import {
	fallenByCountry,
	fallenIn,
	fallenOf,
	hostTimeline,
	leadersOf,
	operationSize,
	womenShares
} from '../../src/lib/data/beyond';
import { decodeCountries } from '../../src/lib/data/decode';
import {
	decodeFatalities,
	decodeLeadership,
	decodeOperations
} from '../../src/lib/data/decodeDetail';
import { geodataAtlas, geodataFile } from './geodataAtlas';

const countries = geodataFile('countries.json', decodeCountries);
const fatalities = geodataFile('fatalities.json', decodeFatalities);
const leadership = geodataFile('leadership.json', decodeLeadership);
const operations = geodataFile('operations.json', decodeOperations);
const SOURCES = process.env.GEODATA_SOURCES ?? '../shared/data';
const csv = (f: string) => csvParse(readFileSync(`${SOURCES}/${f}`, 'utf8'));

// Nationalities the file gives without a code (checked by hand against the names).
const SPELT: Record<string, string> = {
	'Côte dIvoire': 'CIV',
	Türkiye: 'TUR',
	Mauritius: 'MUS',
	'Viet Nam': 'VNM'
};
// The UN's rows, once each, as the source gives them.
const unRows = (() => {
	const seen = new Set<string>();
	return csv('un_fatalities_1948_2025.csv').filter((r) => {
		if (seen.has(r.casualty_id!)) return false;
		seen.add(r.casualty_id!);
		return true;
	});
})();

describe('fatalities.json against the UN’s records', () => {
	it('has every person once: 4,423 of 4,429 rows', () => {
		expect(fatalities.rows).toHaveLength(4423);
		expect(unRows).toHaveLength(4423);
	});

	it.each(['PAK', 'BGD', 'NGA', 'JOR', 'EGY', 'MYS', 'TUR', 'SEN', 'IDN'])(
		'%s: its fallen, by mission code, are the source’s',
		(iso3) => {
			const source = unRows.filter(
				(r) => r.isocode3 === iso3 || (iso3 === 'TUR' && r.casualty_nationality === 'Türkiye')
			);
			const mine = fallenOf(fatalities, iso3);
			expect(mine.total).toBe(source.length);
			// by year
			const years = new Map<number, number>();
			for (const r of source) {
				const y = Number(r.incident_date!.slice(0, 4));
				years.set(y, (years.get(y) ?? 0) + 1);
			}
			expect(new Map(mine.byYear)).toEqual(years);
		}
	);

	it('Pakistan: 171 fallen, 40 of them in UNOSOM II, 22 on 5 June 1993', () => {
		const pak = fallenOf(fatalities, 'PAK');
		expect(pak.total).toBe(171);
		expect(pak.byMission[0]).toMatchObject({ id: 'UNOSOM II', count: 40 });
		const ambush = unRows.filter(
			(r) => r.isocode3 === 'PAK' && r.incident_date === '1993-06-05'
		).length;
		expect(ambush).toBe(22);
		expect(fatalities.rows.filter((r) => r.iso3 === 'PAK' && r.date === '1993-06-05')).toHaveLength(
			22
		);
	});

	it('UNOSOM is split by the day: 6 before 26 March 1993 (UNOSOM I), the rest UNOSOM II', () => {
		const all = unRows.filter((r) => r.mission_acronym === 'UNOSOM');
		const before = all.filter((r) => r.incident_date! < '1993-03-26').length;
		expect(fallenIn(fatalities, 'UNOSOM I').total).toBe(before);
		expect(before).toBe(6);
		expect(fallenIn(fatalities, 'UNOSOM II').total).toBe(all.length - before);
	});

	it.each(['UNIFIL', 'MINUSMA', 'UNPROFOR', 'UNAMID'])(
		'%s: its fallen by nationality are the source’s',
		(id) => {
			const source = unRows.filter((r) => r.mission_acronym === id);
			const mine = fallenIn(fatalities, id);
			expect(mine.total).toBe(source.length);
			const byIso = new Map<string, number>();
			for (const r of source) {
				const iso3 = r.isocode3 || SPELT[r.casualty_nationality!];
				if (iso3) byIso.set(iso3, (byIso.get(iso3) ?? 0) + 1);
			}
			for (const n of mine.byNationality)
				if (n.iso3 && !['YUG', 'SCG'].includes(n.iso3)) expect(n.count).toBe(byIso.get(n.iso3));
		}
	);

	it('the map counts to the year shown, or in it', () => {
		const to1995 = fallenByCountry(fatalities, 1995, 'cumulative').get('PAK');
		const in1993 = fallenByCountry(fatalities, 1993, 'year').get('PAK');
		expect(to1995).toBe(
			unRows.filter((r) => r.isocode3 === 'PAK' && r.incident_date! < '1996').length
		);
		expect(in1993).toBe(
			unRows.filter((r) => r.isocode3 === 'PAK' && r.incident_date!.startsWith('1993')).length
		);
	});

	it('names causes and personnel types as the UN does', () => {
		expect(fatalities.causes).toContain('Malicious Act');
		const pak = fallenOf(fatalities, 'PAK');
		const hostile = unRows.filter(
			(r) => r.isocode3 === 'PAK' && r.type_of_incident === 'Malicious Act'
		).length;
		expect(pak.byCause.find((c) => c.cause === 'Malicious Act')?.count).toBe(hostile);
	});
});

describe('leadership.json and the COW table', () => {
	it('reads every nationality code of the file, and each to a country of the atlas', () => {
		const iso = new Set(countries.map((c) => c.iso3));
		const cells = new Set(csv('un_mission_leadership_1948_2019.csv').map((r) => r.Nationality!));
		for (const cell of cells) {
			const states = cowStates(cell, 'test');
			for (const { state } of states) if (state.iso3) expect(iso.has(state.iso3)).toBe(true);
		}
		// and the table has nothing the file does not use but Mullenbach's lead states
		expect(Object.keys(COW).length).toBeGreaterThanOrEqual(cells.size - 1);
	});

	it('throws, naming the place, for a code it does not know', () => {
		expect(() => cowStates('999', 'file row 7')).toThrow(/file row 7.*999.*cow\.ts/);
	});

	it('UNOSOM II’s force commanders: Çevik Bir of Türkiye, then Aboo Samah Aboo Bakar of Malaysia', () => {
		const fc = leadersOf(leadership, { mission: 'UNOSOM II' }).filter((l) => l.posts.includes(3));
		expect(fc.map((l) => [l.nationality, l.from[0]])).toEqual([
			[['TUR'], 1993],
			[['MYS'], 1994]
		]);
	});

	it('Pakistan’s nationals led 18 operations, UNOSOM I’s Imtiaz Shaheen among them', () => {
		const pak = leadersOf(leadership, { iso3: 'PAK' });
		expect(new Set(pak.map((l) => l.mission)).size).toBeGreaterThan(10);
		expect(pak.find((l) => l.mission === 'UNOSOM I')?.name).toBe('Imtiaz Shaheen');
	});
});

describe('operations.json', () => {
	const atlas = geodataAtlas();

	it('Bosnia and Herzegovina: UNPROFOR, UNMIBH, IFOR, SFOR, EUFOR Althea in one timeline', () => {
		const line = hostTimeline(atlas, 'BIH', operations);
		expect(line.map((e) => [e.id, e.body])).toEqual([
			['UNPROFOR', 'UN'],
			['UNMIBH', 'UN'],
			['IFOR', 'NATO'],
			['SFOR', 'NATO'],
			['EUFOR Althea', 'EU']
		]);
	});

	it('sizes are SIPRI’s at its report months: IFOR 60,000 in December 1995', () => {
		const ifor = operations.find((o) => o.id === 'IFOR')!;
		expect(operationSize(ifor, 1995)).toMatchObject({
			month: '1995-12',
			total: 60000,
			source: 'sipri-sizes'
		});
		expect(ifor.authorised.value).toEqual({
			un: true,
			resolution: expect.stringContaining('1031')
		});
	});

	it('every fact names a source: a dataset or a page with its words', () => {
		for (const o of operations) {
			for (const f of [o.name, o.start, o.end, o.authorised, o.hq])
				if (f.verified) expect(f.source ?? f.page?.url).toBeTruthy();
			for (const s of o.sizes) expect(s.source ?? s.page?.url).toBeTruthy();
			for (const c of o.contingents) expect(c.page.url && c.quote).toBeTruthy();
		}
	});
});

describe('women’s share', () => {
	it('Bangladesh 2024: 444 of 5,687, beside all contributors’ share', () => {
		const s = womenShares(geodataAtlas(), 'BGD').find((r) => r.year === 2024)!;
		expect(s.women).toBe(444);
		expect(s.share).toBeCloseTo(444 / 5687, 5);
		expect(s.unShare).toBeGreaterThan(0.05);
		expect(s.unShare).toBeLessThan(0.15);
	});
});

describe('the operations a link may name', () => {
	it('are the operations of operations.json, slug for slug, with their bodies', async () => {
		const { OPERATIONS } = await import('../../src/lib/data/operationIds');
		expect([...OPERATIONS].map(([slug, o]) => [slug, o.id, o.body]).sort()).toEqual(
			operations
				.map((o: { slug: string; id: string; body: string }) => [o.slug, o.id, o.body])
				.sort()
		);
	});
});
