/**
 * Every operation of the sources is in missions.json with the UN's own dates, every mission code
 * of every source file is accounted for, and no figure falls between missions and contributors.
 * Each test names a defect that a reader met, so its return fails here.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MissionCodes } from '../../scripts/geodata/codes';
import { SourceDir } from '../../scripts/geodata/read';
import { unList } from '../../scripts/geodata/unlist';
import { isActive, reportedYears } from '../../src/lib/data/atlas';
import { decodeMonthly } from '../../src/lib/data/decodeDetail';
import { FIRST_YEAR, LAST_YEAR } from '../../src/lib/data/years';
import { detailText as t } from '../../src/lib/i18n/details';
import { geodata, geodataAtlas } from './geodataAtlas';

const g = geodata();
const mission = (id: string) => {
	const m = g.missions.find((m) => m.id === id);
	if (!m) throw new Error(`${id} is not in missions.json`);
	return m;
};
const personnelIn = (id: string, year: number) =>
	mission(id).personnel.find((p) => p.year === year)?.total ?? null;

const SOURCES = '../shared/data';
const haveSources = existsSync(`${SOURCES}/PROVENANCE.md`);

describe('every operation in the sources is in missions.json', () => {
	it('has the operations that had no record before (UNTAC, UNTAET, ONUSAL, UNAVEM I–III…)', () => {
		for (const id of [
			'UNTAC',
			'UNTAET',
			'ONUSAL',
			'UNAVEM I',
			'UNAVEM II',
			'UNAVEM III',
			'UNOMIL',
			'UNOMIG',
			'UNMOP',
			'MINUGUA',
			'MIPONUH',
			'ONUC',
			'DOMREP',
			// Only in the fatality and leadership records: Namibia, 1989–1990.
			'UNTAG'
		])
			expect(mission(id).kind, id).toBe('pko');
	});

	it('keeps the figures of codes IPI writes differently (ONUCI, UNAVEM, UNOSOM, IPTF)', () => {
		// UNOCI in December 2005: IPI writes ONUCI from May 2005 to June 2006.
		expect(personnelIn('UNOCI', 2005)).toBe(7589);
		// UNAVEM III: IPI's UNAVEM from February 1995.
		expect(personnelIn('UNAVEM III', 1995)).toBeGreaterThan(6000);
		expect(personnelIn('UNAVEM II', 1992)).toBeGreaterThan(0);
		// UNOSOM in December 1992 is UNOSOM I; in December 1993, UNOSOM II.
		expect(personnelIn('UNOSOM I', 1992)).toBeGreaterThan(0);
		expect(personnelIn('UNOSOM II', 1993)).toBeGreaterThan(20000);
		expect(personnelIn('UNOSOM I', 1993)).toBeNull();
	});

	it('accounts for every mission code of every source file', () => {
		const files = new Set(g.missionCodes.map((c) => c.file));
		expect([...files].sort()).toEqual([
			'bara_hultman_un_nonun_pko_1993_2016.csv',
			'geopko_v2.3_frontmap.csv',
			'geopko_v2.3_tccmap.csv',
			'ipi_data_mission_1990_2017.csv',
			'ipi_gender_full_2009_2014.csv',
			'un_dpo_contributions_snapshots_2015_2025.csv',
			'un_fatalities_1948_2025.csv',
			'un_mission_leadership_1948_2019.csv',
			'un_pko_missions_2024.csv'
		]);
		const ids = new Set(g.missions.map((m) => m.id));
		for (const c of g.missionCodes) {
			if (c.rule === 'excluded') {
				expect(c.missions, `${c.file} ${c.code}`).toEqual([]);
				expect(c.why, `${c.file} ${c.code} needs a reason`).toMatch(/\w+ \w+ \w+/);
			} else {
				expect(c.missions.length, `${c.file} ${c.code}`).toBeGreaterThan(0);
				for (const id of c.missions) expect(ids.has(id), `${c.file} ${c.code} → ${id}`).toBe(true);
			}
		}
		const code = (file: string, c: string) =>
			g.missionCodes.find((x) => x.file === file && x.code === c);
		expect(code('ipi_data_mission_1990_2017.csv', 'ONUCI')?.missions).toEqual(['UNOCI']);
		expect(code('ipi_data_mission_1990_2017.csv', 'UNAVEM')?.missions).toEqual([
			'UNAVEM I',
			'UNAVEM II',
			'UNAVEM III'
		]);
		expect(code('un_pko_missions_2024.csv', 'UNOSOM')?.rule).toBe('excluded');
	});

	it('stops the derivation on a code that is neither a record nor an exclusion, naming both', () => {
		const starts: Record<string, string> = {
			'UNOSOM I': '1992-04',
			'UNOSOM II': '1993-03',
			'UNAVEM I': '1989-01',
			'UNAVEM II': '1991-06',
			'UNAVEM III': '1995-02',
			'UNEF I': '1956-11',
			'UNEF II': '1973-10'
		};
		const ids = new Set(['UNIFIL', 'UNOCI', 'UNMIBH', 'UNOWAS', 'UNPSG', ...Object.keys(starts)]);
		const codes = new MissionCodes(ids, (id) => starts[id] ?? null);
		expect(codes.resolve('ipi_data_mission_1990_2017.csv', 'UNIFIL', '1990-11')).toBe('UNIFIL');
		expect(codes.resolve('ipi_data_mission_1990_2017.csv', 'UNOSOM', '1993-02')).toBe('UNOSOM I');
		expect(codes.resolve('ipi_data_mission_1990_2017.csv', 'UNOSOM', '1993-03')).toBe('UNOSOM II');
		expect(() => codes.resolve('some_file.csv', 'UNXYZ', '2001-01')).toThrow(
			/some_file\.csv: mission code "UNXYZ".*catalogue\.ts.*codes\.ts/
		);
	});

	it('adds up: every year, the missions’ personnel equal the contributors’', () => {
		for (const rule of g.contributions.years) {
			const byMission = g.missions.reduce(
				(s, m) => s + (m.personnel.find((p) => p.year === rule.year)?.total ?? 0),
				0
			);
			const byContributor =
				g.contributions.rows
					.filter((r) => r.year === rule.year)
					.reduce((s, r) => s + (r.total ?? 0), 0) +
				g.contributions.politicalMissions
					.filter((r) => r.year === rule.year)
					.reduce((s, r) => s + (r.total ?? 0), 0);
			expect(byMission, `${rule.asOf}`).toBe(byContributor);
		}
	});
});

describe('dates from the UN’s own list', () => {
	it.skipIf(!haveSources)('gives every listed operation the list’s start and end months', () => {
		const list = unList(new SourceDir(SOURCES));
		let checked = 0;
		for (const row of list.values()) {
			const m = g.missions.find((m) => m.id === row.acronym);
			if (!m) continue;
			checked++;
			if (row.start)
				expect([m.start.year, m.start.month], `${m.id} start`).toEqual([
					row.start[0],
					row.start[1]
				]);
			if (row.end)
				expect([m.end.year, m.end.month], `${m.id} end`).toEqual([row.end[0], row.end[1]]);
		}
		expect(checked).toBeGreaterThan(65);
	});

	it('corrects the dates readers met: UNFICYP 1964, UNMIH 1993, UNGOMAP, UNOSOM I, UNAMID', () => {
		expect(mission('UNFICYP').start).toMatchObject({ year: 1964, month: 3, verified: true });
		expect(mission('UNMIH').start).toMatchObject({ year: 1993, month: 9 });
		expect(mission('UNGOMAP').start).toMatchObject({ year: 1988, month: 5 });
		expect(mission('UNOSOM I').start).toMatchObject({ year: 1992, month: 4 });
		expect(mission('UNAMID').start).toMatchObject({ year: 2007, month: 7 });
		expect(mission('UNMIBH').end).toMatchObject({ year: 2002, month: 12 });
	});

	it('gives political missions no dates the sources do not have', () => {
		for (const id of ['UNIOGBIS', 'UNSMIL', 'UNAMI', 'UNSOM', 'UNITAMS']) {
			const m = mission(id);
			expect(m.kind).toBe('spm');
			expect([m.start.year, m.start.verified], id).toEqual([null, false]);
			expect(t.missionYears(m.start.year, m.end.year, reportedYears(m))).toMatch(
				/^dates not in the sources; personnel reported \d{4}/
			);
		}
	});

	it('never draws a mission as active before it began (UNFICYP in 1948, “before 1990”)', () => {
		for (const m of g.missions) {
			for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
				if (!isActive(m, year)) continue;
				const began = m.start.year ?? Number(m.reported!.first.slice(0, 4));
				const reportedThen = m.personnel.some((p) => p.year === year && p.total);
				expect(year >= began || reportedThen, `${m.id} active in ${year}`).toBe(true);
			}
		}
		expect(isActive(mission('UNFICYP'), 1963)).toBe(false);
		expect(isActive(mission('UNFICYP'), 1964)).toBe(true);
		for (const m of g.missions)
			expect(t.missionYears(m.start.year, m.end.year, null)).not.toMatch(/before 1990/);
	});
});

describe('one count of operations hosted in OIC states', () => {
	it('is derived once and the README, the sources and the tour agree with it', async () => {
		const atlas = geodataAtlas();
		const n = atlas.hostedOperations().length;
		expect(n).toBe(33);
		const { readFileSync } = await import('node:fs');
		const readme = readFileSync('README.md', 'utf8');
		const counts = [...readme.matchAll(/(\d+) UN\s+peacekeeping\s+operations\s+hosted/g)].map((m) =>
			Number(m[1])
		);
		expect(counts.length).toBeGreaterThan(0);
		for (const c of counts) expect(c).toBe(n);
		const sources = JSON.parse(readFileSync('geodata/sources.json', 'utf8'));
		const hosted = sources.find((s: { id: string }) => s.id === 'oic-hosted-missions');
		expect(hosted.coverage).toContain(`${n} of them hosted in OIC`);
	});
});

describe('contributors for the seeds’ missions beyond the UN’s monthly reports', () => {
	it('content/contingents.json validates and names OIC contingents of UNPROFOR, UNMIBH and UNOSOM', async () => {
		const { readFileSync } = await import('node:fs');
		const { contingentProblems } = await import('../../src/lib/content/contingents');
		const file = JSON.parse(readFileSync('content/contingents.json', 'utf8'));
		const countries = new Set(g.countries.map((c) => c.iso3));
		const ids = new Set(g.missions.map((m) => m.id));
		expect(contingentProblems(file, countries, ids)).toEqual([]);
		const by = (m: string) =>
			file.facts
				.filter((f: { mission: string }) => f.mission === m)
				.map((f: { iso3: string }) => f.iso3);
		expect(by('UNPROFOR')).toEqual(expect.arrayContaining(['PAK', 'TUR', 'BGD', 'IDN']));
		expect(by('UNOSOM I')).toEqual(expect.arrayContaining(['PAK', 'EGY', 'MAR', 'JOR']));
		expect(by('UNOSOM II')).toEqual(expect.arrayContaining(['PAK', 'MYS']));
		expect(by('UNMIBH').length).toBeGreaterThan(5);
		for (const f of file.facts) {
			expect(f.source.url, `${f.mission} ${f.iso3}`).toMatch(/^https?:\/\//);
			// Every OIC contingent listed is an OIC state today.
			expect(g.countries.find((c) => c.iso3 === f.iso3)?.oic, f.iso3).toBeTruthy();
		}
	});

	it('rejects a fact naming an unknown mission or country, saying which', async () => {
		const { contingentProblems } = await import('../../src/lib/content/contingents');
		const fact = {
			mission: 'UNXYZ',
			iso3: 'QQQ',
			figure: null,
			approx: null,
			asOf: null,
			note: null,
			source: { title: 't', publisher: 'p', url: 'https://example.org/' },
			quote: 'A sentence of twenty letters or more.',
			quoteLang: 'en'
		};
		const problems = contingentProblems(
			{ about: '', checked: '', facts: [fact] },
			new Set(['PAK']),
			new Set(['UNPROFOR'])
		);
		expect(problems).toEqual([
			'content/contingents.json fact 0 (UNXYZ, QQQ): "UNXYZ" is not in missions.json',
			'content/contingents.json fact 0 (UNXYZ, QQQ): "QQQ" is not in countries.json'
		]);
	});
});

describe('a year is not its December', () => {
	it('the monthly figures agree with each year’s own month, and pick out a month', async () => {
		const { readFileSync } = await import('node:fs');
		const atlas = geodataAtlas();
		atlas.setMonthly(
			decodeMonthly(JSON.parse(readFileSync('geodata/contributions-monthly.json', 'utf8')))
		);
		// Every year with monthly reports: its own month, asked for as a month, is its figure.
		for (const year of [1991, 1995, 2005, 2010, 2013]) {
			for (const [iso3, p] of atlas.contributors(year)) {
				const month = Number(atlas.rules.get(year)!.asOf.slice(5, 7));
				expect(atlas.personnel(iso3, year, month)?.total, `${iso3} ${year}`).toBe(p.total);
			}
		}
		// Malaysia, August 1995, with its battalion in Bosnia; December 1995, 81.
		expect(atlas.personnel('MYS', 1995, 8)?.total).toBe(1658);
		expect(atlas.personnel('MYS', 1995)?.total).toBe(81);
		expect(atlas.figureMonth(1995, 8)).toEqual({ asOf: '1995-08', source: 'ipi-totals' });
		expect(atlas.figureMonth(2011, 6)).toEqual({ asOf: '2011-06', source: 'ipi-gender' });
		expect(atlas.monthsOf(1990)).toEqual([11, 12]);
		expect(atlas.monthsOf(2014)).toEqual([1, 2]);
		expect(atlas.monthsOf(2020)).toEqual([]);
		// UNPROFOR in June 1995, before the December handover.
		expect(atlas.missionPersonnel(atlas.missions.get('UNPROFOR')!, 1995, 6)!.total).toBeGreaterThan(
			20000
		);
	});

	it('notes December 1995 for all contributors, Malaysia’s 1995 and Türkiye’s 1994 gap', async () => {
		const { readFileSync } = await import('node:fs');
		const all = g.contributions.notes.find((n) => n.year === 1995);
		expect(all).toMatchObject({ kind: 'unrepresentative', value: 31101, mean: 60032 });
		const detail = JSON.parse(readFileSync('geodata/contributions-by-mission.json', 'utf8'));
		const mys = detail.notes.find(
			(n: { iso3: string; year: number }) => n.iso3 === 'MYS' && n.year === 1995
		);
		expect(mys).toMatchObject({ kind: 'unrepresentative', value: 81, mean: 1491 });
		const tur = detail.notes.find(
			(n: { iso3: string; year: number; kind: string }) =>
				n.iso3 === 'TUR' && n.year === 1994 && n.kind === 'gap'
		);
		expect(tur.gap).toEqual({
			what: 'troops',
			from: '1994-07',
			to: '1995-03',
			before: 1497,
			after: 1477
		});
		// A steady year says nothing: Bangladesh 2005.
		expect(
			detail.notes.some((n: { iso3: string; year: number }) => n.iso3 === 'BGD' && n.year === 2005)
		).toBe(false);
	});
});
