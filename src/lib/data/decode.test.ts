import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	DataShapeError,
	decodeContributions,
	decodeCountries,
	decodeMissions,
	decodeSources
} from './decode';
import {
	decodeByMission,
	decodeFatalities,
	decodeLeadership,
	decodeMonthly,
	decodeOperations,
	decodePresence
} from './decodeDetail';

const raw = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));
/** A copy of a committed file with one change made to it. */
const edited = (file: string, edit: (f: never) => void) => {
	const f = raw(file);
	edit(f as never);
	return f;
};
const REDEPLOY = 'redeploy the whole build/ folder';

describe('the data boundary', () => {
	it('decodes every committed file the app reads', () => {
		expect(decodeCountries(raw('countries.json')).length).toBeGreaterThan(190);
		expect(decodeSources(raw('sources.json')).length).toBeGreaterThan(5);
		expect(decodeLeadership(raw('leadership.json')).rows.length).toBeGreaterThan(100);
		expect(decodeOperations(raw('operations.json')).length).toBeGreaterThan(10);
		expect(decodePresence(raw('presence.json')).rows[0]).toEqual({
			mission: expect.any(String),
			year: expect.any(Number),
			iso3: expect.stringMatching(/^[A-Z]{3}$/),
			troops: expect.toSatisfy((n: unknown) => n === null || typeof n === 'number')
		});
		const monthly = decodeMonthly(raw('contributions-monthly.json'));
		expect(Object.values(monthly.countries)[0].find(Boolean)).toHaveProperty('troops');
		const unifil = decodeMissions(raw('missions.json')).find((m) => m.id === 'UNIFIL')!;
		expect(unifil.personnel.find((p) => p.year === 2024)).toMatchObject({ year: 2024 });
	});

	it('names the fields of a row: Bangladesh in MONUSCO, December 2024', () => {
		const rows = decodeByMission(raw('contributions-by-mission.json')).rows;
		expect(
			rows.find((r) => r.year === 2024 && r.iso3 === 'BGD' && r.mission === 'MONUSCO')
		).toEqual(expect.objectContaining({ total: 1955 }));
	});

	it('gives the fallen their type and cause by name and their year', () => {
		const file = decodeFatalities(raw('fatalities.json'));
		const first = file.rows.find((r) => r.iso3 === 'PAK' && r.date === '1993-06-05')!;
		expect(first.year).toBe(1993);
		expect(file.types).toContain(first.type);
		expect(file.causes).toContain(first.cause);
	});

	it.each([
		{
			what: 'a year written as text',
			decode: () =>
				decodeContributions(
					edited('contributions.json', (f: { rows: unknown[][] }) => (f.rows[3][1] = '1995'))
				),
			message:
				/^contributions\.json "rows" record 3 \([A-Z]{3}, 1995, .*\): "year" should be a year like 1995, got "1995"; /
		},
		{
			what: 'a row cut short',
			decode: () =>
				decodeByMission(
					edited('contributions-by-mission.json', (f: { rows: unknown[][] }) =>
						f.rows[10].splice(8)
					)
				),
			message:
				/^contributions-by-mission\.json "rows" record 10 \(.*\): should be a row of 10 values, got /
		},
		{
			what: 'a negative head count',
			decode: () =>
				decodePresence(edited('presence.json', (f: { rows: unknown[][] }) => (f.rows[0][3] = -5))),
			message:
				/^presence\.json "rows" record 0 \(.*\): "troops" should be a whole number of people or null, got -5/
		},
		{
			what: 'a cause the file does not list',
			decode: () =>
				decodeFatalities(
					edited('fatalities.json', (f: { rows: unknown[][] }) => (f.rows[7][4] = 99))
				),
			message: /^fatalities\.json "rows" record 7 \(.*\): "cause" 99 is not in "causes"/
		},
		{
			what: 'a mission year without its source',
			decode: () =>
				decodeMissions(
					edited('missions.json', (f: { personnel: unknown[][] }[]) => f[0].personnel[0]?.pop())
				),
			message:
				/^missions\.json record 0 \([A-Z].*\) "personnel" record 0 .*: should be a row of 3 values/
		},
		{
			what: 'a country without its name',
			decode: () =>
				decodeCountries(edited('countries.json', (f: { name?: string }[]) => delete f[2].name)),
			message: /^countries\.json record 2 \([A-Z]{3}\): has no "name"/
		},
		{
			what: 'a monthly figure that is not a number',
			decode: () =>
				decodeMonthly(
					edited('contributions-monthly.json', (f: { missions: Record<string, unknown[]> }) => {
						Object.values(f.missions)[0][0] = 'many';
					})
				),
			message:
				/^contributions-monthly\.json "missions" "[A-Z ]+" month 0: should be a number or null, got "many"/
		},
		{
			what: 'an object where a list should be',
			decode: () => decodeOperations({ rows: [] }),
			message: /^operations\.json: should be a list, got \{"rows":\[\]\}/
		}
	])('stops at $what, naming the file, the record and the fix', ({ decode, message }) => {
		expect(decode).toThrow(DataShapeError);
		expect(decode).toThrow(message);
		expect(decode).toThrow(REDEPLOY);
	});
});
