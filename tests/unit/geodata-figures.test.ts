/**
 * Real figures pinned from the sources (worked out from ../shared/data, and cross-checked
 * independently): if the derivation changes any of them, these fail.
 */
import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../scripts/lib/geodata-files';
import { geodata } from './geodataAtlas';

const { problems } = readGeodata('geodata');
const g = geodata();
const row = (iso3: string, year: number) =>
	g.contributions.rows.find((r) => r.iso3 === iso3 && r.year === year);
const rule = (year: number) => g.contributions.years.find((r) => r.year === year)!;
const mission = (id: string) => g.missions.find((m) => m.id === id)!;
const members = new Set(g.countries.filter((c) => c.oic?.status === 'member').map((c) => c.iso3));

describe('geodata/ as committed', () => {
	it('validates: schema and joins', () => {
		expect(problems).toEqual([]);
	});

	it('Bangladesh, December 2024 UN DPO report: 5,687 uniformed personnel in PKOs, 444 women', () => {
		expect(row('BGD', 2024)).toEqual({
			iso3: 'BGD',
			year: 2024,
			troops: 5427,
			police: 206,
			experts: 54,
			total: 5687,
			women: 444
		});
		expect(rule(2024)).toMatchObject({ asOf: '2024-12', source: 'un-dpo', byMission: true });
	});

	it('Pakistan, December 1994 (IPI): 9,110, the largest contributor that month', () => {
		expect(row('PAK', 1994)?.total).toBe(9110);
		expect(rule(1994)).toMatchObject({ asOf: '1994-12', source: 'ipi-totals', byMission: false });
		const largest = g.contributions.rows
			.filter((r) => r.year === 1994)
			.sort((a, b) => b.total! - a.total!)[0];
		expect(largest.iso3).toBe('PAK');
	});

	it.each([
		{ iso3: 'BGD', year: 1994, total: 4271 },
		{ iso3: 'JOR', year: 1994, total: 3667 },
		{ iso3: 'MYS', year: 1994, total: 2848 },
		{ iso3: 'BGD', year: 2005, total: 9529 },
		{ iso3: 'PAK', year: 2005, total: 8999 },
		{ iso3: 'JOR', year: 2005, total: 3703 }
	])('$iso3 in December $year (IPI): $total', ({ iso3, year, total }) => {
		expect(row(iso3, year)?.total).toBe(total);
	});

	it('the OIC members supplied 34.67% of uniformed peacekeepers in December 2024', () => {
		const rows = g.contributions.rows.filter((r) => r.year === 2024);
		const all = rows.reduce((s, r) => s + r.total!, 0);
		const oic = rows.filter((r) => members.has(r.iso3)).reduce((s, r) => s + r.total!, 0);
		expect([oic, all]).toEqual([20764, 59887]);
		expect(((100 * oic) / all).toFixed(2)).toBe('34.67');
		expect(rows.filter((r) => members.has(r.iso3)).length).toBe(33);
	});

	it('ranks the largest OIC contributors of December 2024 as the UN report does', () => {
		const top = g.contributions.rows
			.filter((r) => r.year === 2024 && members.has(r.iso3))
			.sort((a, b) => b.total! - a.total!)
			.slice(0, 8)
			.map((r) => `${r.iso3} ${r.total}`);
		expect(top).toEqual([
			'BGD 5687',
			'IDN 2755',
			'PAK 2607',
			'MAR 1712',
			'SEN 1293',
			'EGY 1240',
			'CMR 1123',
			'TUN 926'
		]);
	});

	it('a country-year total equals the sum of its peacekeeping missions (2009 on)', () => {
		const pko = new Set(g.missions.filter((m) => m.kind === 'pko').map((m) => m.id));
		const sum = g.byMission.rows
			.filter((r) => r.year === 2024 && r.iso3 === 'BGD' && pko.has(r.mission))
			.reduce((s, r) => s + r.total!, 0);
		expect(sum).toBe(5687);
		const monusco = g.byMission.rows.find(
			(r) => r.year === 2024 && r.iso3 === 'BGD' && r.mission === 'MONUSCO'
		);
		expect(monusco?.total).toBe(1955);
	});

	it('UNIFIL: hosted by Lebanon since 1978, still active, headquarters at Naqoura', () => {
		const m = mission('UNIFIL');
		expect(m.hosts.value).toEqual(['LBN']);
		expect(m.start.year).toBe(1978);
		expect(m.status).toBe('active');
		expect(m.hq.name).toBe('Naqoura');
		expect(m.hq.point.coordinates).toEqual([35.1256, 33.1118]);
	});

	it('UNMIBH: Bosnia and Herzegovina, December 1995 to December 2002 (the UN list)', () => {
		const m = mission('UNMIBH');
		expect(m.hosts.value).toEqual(['BIH']);
		expect([m.start.year, m.start.month, m.end.year, m.end.month]).toEqual([1995, 12, 2002, 12]);
		expect(m.oicHosts).toEqual(['BIH']);
	});

	it('carries the fact table’s 34 operations, 33 of them hosted in OIC states, from UNTSO (1948) on', () => {
		const facts = g.missions.filter((m) => m.hosts.source === 'oic-hosted-missions');
		expect(facts).toHaveLength(34);
		expect(g.missions.filter((m) => m.kind === 'pko' && m.oicHosts.length)).toHaveLength(33);
		expect(mission('UNTSO').start.year).toBe(1948);
		expect(mission('UNTSO').oicHosts).toEqual(['EGY', 'JOR', 'LBN', 'SYR']);
		expect(mission('MINURSO').oicHosts).toEqual([]);
	});

	it('keeps what FACTS.md marks unverified unverified', () => {
		// The UN list now confirms UNPROFOR's name and UNYOM's dates; the rest stays unverified.
		expect(mission('UNPROFOR').name.verified).toBe(true);
		expect(mission('UNYOM').start).toMatchObject({ year: 1963, month: 7, verified: true });
		expect(mission('UNEF I').hq.verified).toBe(false);
		expect(mission('UNTMIH').name.verified).toBe(false);
		expect(mission('UNIOGBIS').start).toMatchObject({ year: null, verified: false });
		expect(mission('UNIFIL').name.verified).toBe(true);
	});

	it('keeps special political missions apart from peacekeeping operations', () => {
		for (const id of ['UNAMA', 'UNAMI', 'UNSOM', 'UNTMIS', 'UNVMC', 'BINUH', 'UNMC']) {
			expect(mission(id).kind, id).toBe('spm');
		}
		const bgdPolitical = g.contributions.politicalMissions.find(
			(r) => r.iso3 === 'BGD' && r.year === 2024
		);
		expect(bgdPolitical?.total).toBe(1);
	});

	it('lists the OIC with joining years, alternatives and suspensions', () => {
		const oic = g.countries.filter((c) => c.oic);
		expect(oic.filter((c) => c.oic!.status === 'member')).toHaveLength(57);
		expect(oic.filter((c) => c.oic!.status === 'observer').map((c) => c.iso3)).toEqual([
			'BIH',
			'CAF',
			'CYN',
			'RUS',
			'THA'
		]);
		const byCode = new Map(g.countries.map((c) => [c.iso3, c]));
		expect(byCode.get('UZB')!.oic).toMatchObject({ joined: 1996, joinedAlt: 1995 });
		// Suspended at the Mecca summit in August 2012, reinstated in March 2025 (fact check).
		expect(byCode.get('SYR')!.oic!.suspended[0]).toMatchObject({ from: '2012-08', to: '2025-03' });
		expect(byCode.get('AFG')!.oic!.suspended[0]).toMatchObject({ from: '1980-01', to: '1989-03' });
		expect(byCode.get('CAF')!.oic).toMatchObject({ status: 'observer', joined: 1996 });
		expect(byCode.get('BIH')!.oic).toMatchObject({ status: 'observer', joined: 1994 });
		expect(byCode.get('TUR')!.altNames).toContain('Turkey');
		expect(byCode.get('CIV')!.altNames).toContain('Ivory Coast');
	});

	it('keeps Geo-PKO presence as presence: Bangladesh in UNMIL in 2004, no invented totals', () => {
		const rows = g.presence.rows.filter(
			(r) => r.mission === 'UNMIL' && r.year === 2004 && r.iso3 === 'BGD'
		);
		expect(rows).toHaveLength(1);
		expect(g.contributions.years.find((y) => y.year === 2004)!.byMission).toBe(false);
	});

	it('states the as-of month of every year with figures, 1990–2025', () => {
		expect(g.contributions.years.map((y) => y.year)).toEqual(
			Array.from({ length: 36 }, (_, i) => 1990 + i)
		);
		expect(rule(2018).asOf).toBe('2018-02');
		expect(rule(2025).asOf).toBe('2025-07');
		expect(rule(2014).asOf).toBe('2014-02');
	});

	it('records where two sources disagree for the same month', () => {
		expect(g.discrepancies.length).toBeGreaterThan(0);
		for (const d of g.discrepancies) expect(d.values.length).toBeGreaterThanOrEqual(2);
	});
});
