import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../scripts/lib/geodata-files';
import { joinProblems, schemaProblems } from './validate';

const good = readGeodata('geodata').data!;
const missions = JSON.parse(readFileSync('geodata/missions.json', 'utf8'));
const clone = <T>(x: T): T => structuredClone(x);

describe('schemaProblems: a broken file is named with its record, field and fix', () => {
	const unifil = missions.findIndex((m: { id: string }) => m.id === 'UNIFIL');
	const cases = [
		{
			what: 'a year written as "78"',
			file: 'missions.json' as const,
			break: (d: typeof missions) => (d[unifil].start.year = '78'),
			expected: new RegExp(
				`geodata/missions.json record ${unifil} \\(UNIFIL\\) field "start.year": .*got "78"`
			)
		},
		{
			what: 'a year out of range',
			file: 'missions.json' as const,
			break: (d: typeof missions) => (d[unifil].start.year = 1900),
			expected: /\(UNIFIL\) field "start.year": use a year from 1948 to 2025, got 1900/
		},
		{
			what: 'a missing field',
			file: 'missions.json' as const,
			break: (d: typeof missions) => delete d[unifil].hq,
			expected: /\(UNIFIL\) field "hq"/
		},
		{
			what: 'a lower-case ISO code',
			file: 'missions.json' as const,
			break: (d: typeof missions) => (d[unifil].hosts.value = ['lbn']),
			expected:
				/field "hosts.value.0": use an ISO 3166-1 alpha-3 code in capitals, like "BGD", got "lbn"/
		}
	];
	it.each(cases)('$what', ({ file, break: breakIt, expected }) => {
		const data = clone(missions);
		breakIt(data);
		const problems = schemaProblems(file, data);
		expect(problems.join('\n')).toMatch(expected);
	});

	it('a negative count in contributions.json', () => {
		const data = clone(good.contributions);
		data.rows[0][5] = -4;
		expect(schemaProblems('contributions.json', data).join('\n')).toMatch(
			/geodata\/contributions.json "rows" record 0 \(\w{3}, \d{4}, .*\) field "0.5": use a whole number of people, 0 or more.*got -4/
		);
	});

	it('a file that is not what it should be at all', () => {
		expect(schemaProblems('sources.json', { not: 'a list' })[0]).toMatch(
			/^geodata\/sources.json: /
		);
	});
});

describe('joinProblems: files that do not fit together', () => {
	it('passes the committed data', () => {
		expect(joinProblems(good)).toEqual([]);
	});

	it('names a contributor missing from countries.json', () => {
		const g = clone(good);
		g.contributions.rows[0][0] = 'ZZZ';
		g.contributions.rows[0][5] =
			(g.contributions.rows[0][2] ?? 0) +
			(g.contributions.rows[0][3] ?? 0) +
			(g.contributions.rows[0][4] ?? 0);
		expect(joinProblems(g)).toContain(
			`geodata/contributions.json record 0 (ZZZ, ${g.contributions.rows[0][1]}): "ZZZ" is not in countries.json`
		);
	});

	it('names a mission missing from missions.json', () => {
		const g = clone(good);
		g.byMission.rows[0][2] = 'UNNOWHERE';
		expect(joinProblems(g).join('\n')).toMatch(
			/contributions-by-mission.json record 0 .*: mission "UNNOWHERE" is not in missions.json/
		);
	});

	it('catches a total that is not the sum of its parts', () => {
		const g = clone(good);
		g.contributions.rows[3][5]! += 1;
		expect(joinProblems(g).join('\n')).toMatch(
			/contributions.json record 3 .*: total \d+ is not troops \+ police \+ experts/
		);
	});

	it('catches an active mission with an end year', () => {
		const g = clone(good);
		const m = g.missions.find((x) => x.id === 'UNIFIL')!;
		m.end.year = 2020;
		expect(joinProblems(g).join('\n')).toMatch(/\(UNIFIL\): status and end year disagree/);
	});
});
