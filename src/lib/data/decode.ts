/**
 * The data boundary: every file of geodata/ the atlas reads (in the browser and at prerender)
 * is checked and turned into named records here, once. geodata/ stores tables as rows of values
 * to stay small; nothing outside this module reads a row by position.
 *
 * The check is the file's shape (lists, row lengths, field types), cheap enough for the first
 * view; the full schema and the joins between files are checked by the build (./validate.ts).
 * A file whose shape is wrong stops with its name, its first bad record and the fix, as the
 * build's check does, so a half-deployed or hand-edited file never draws a silently wrong map.
 *
 * This module holds the readers and the first view's files; ./decodeDetail.ts the files loaded
 * on demand, so the first view does not download their decoders. App code takes every record
 * type from here.
 */
import { DataLoadError } from './fetchJson';
import type { ContributionsFile, Country, MissionEntry, Source } from './schema';

/** A file of geodata/ that does not have the shape the atlas reads. */
export class DataShapeError extends DataLoadError {}

/** What a field should have been; thrown by a field reader, given its place by the caller. */
export class Expected {
	constructor(readonly what: string) {}
}
export const expected = (what: string): never => {
	throw new Expected(what);
};

export type Field<T> = (x: unknown) => T;

export const text: Field<string> = (x) => (typeof x === 'string' ? x : expected('a string'));
export const whole: Field<number> = (x) =>
	typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : expected('a whole number');
export const count: Field<number | null> = (x) =>
	x === null
		? null
		: typeof x === 'number' && Number.isInteger(x) && x >= 0
			? x
			: expected('a whole number of people or null');
export const year: Field<number> = (x) =>
	typeof x === 'number' && Number.isInteger(x) && x >= 1900 && x <= 2100
		? x
		: expected('a year like 1995');
export const iso3: Field<string> = (x) =>
	typeof x === 'string' && /^[A-Z]{3}$/.test(x) ? x : expected('an ISO alpha-3 code like "PAK"');
export const orNull =
	<T>(field: Field<T>): Field<T | null> =>
	(x) =>
		x === null ? null : field(x);
export const day: Field<string> = (x) =>
	typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? x : expected('a date like "1993-06-05"');
export const sex: Field<'M' | 'F' | null> = (x) =>
	x === null || x === 'M' || x === 'F' ? x : expected('"M", "F" or null');

/** The columns of a row: names in the file's order, each with its reader. */
export type Columns = readonly (readonly [string, Field<unknown>])[];
export type RecordOf<C extends Columns> = { [K in C[number] as K[0]]: ReturnType<K[1]> };

const CONTRIBUTION = [
	['iso3', iso3],
	['year', year],
	['troops', count],
	['police', count],
	['experts', count],
	['total', count],
	['women', count]
] as const;
const POLITICAL = [
	['iso3', iso3],
	['year', year],
	['total', count]
] as const;
const MISSION_YEAR = [
	['year', year],
	['total', count],
	['source', text]
] as const;
/** A contributor's uniformed personnel in a year, in peacekeeping operations (contributions.json). */
export type Contribution = RecordOf<typeof CONTRIBUTION>;
/** A contributor's personnel in special political missions in a year. */
export type PoliticalContribution = RecordOf<typeof POLITICAL>;
/** A mission's uniformed personnel in one year, and the source of the figure. */
export type MissionYear = RecordOf<typeof MISSION_YEAR>;
export type Mission = Omit<MissionEntry, 'personnel'> & { personnel: MissionYear[] };
export type Contributions = Omit<ContributionsFile, 'rows' | 'politicalMissions' | 'columns'> & {
	rows: Contribution[];
	politicalMissions: PoliticalContribution[];
};
export type {
	Fatalities,
	Fatality,
	MissionContribution,
	MissionContributions,
	Monthly,
	MonthParts,
	Presence,
	PresenceData
} from './decodeDetail';
export type {
	Country,
	Leader,
	LeadershipFile,
	Operation,
	Source,
	YearNote,
	YearRule
} from './schema';

const FIX = 'the file does not match this version of the atlas: redeploy the whole build/ folder';

/** "record 12 (2010, PAK, UNMIS)": where a reader of the file finds the record. */
export function place(what: string, index: number, record: unknown): string {
	const shown = Array.isArray(record)
		? record.slice(0, 3).map(String).join(', ')
		: record && typeof record === 'object'
			? String(
					(record as Record<string, unknown>).id ?? (record as Record<string, unknown>).iso3 ?? ''
				)
			: '';
	return `${what ? `${what} ` : ''}record ${index}${shown ? ` (${shown})` : ''}`;
}

export function shapeError(file: string, where: string, problem: string): DataShapeError {
	return new DataShapeError(`${file}${where ? ` ${where}` : ''}: ${problem}; ${FIX}`);
}

export const got = (x: unknown) => JSON.stringify(x)?.slice(0, 40) ?? 'nothing';

export function object(file: string, where: string, x: unknown, keys: readonly string[]) {
	if (!x || typeof x !== 'object' || Array.isArray(x))
		throw shapeError(file, where, `should be an object, got ${got(x)}`);
	const missing = keys.find((k) => !(k in x));
	if (missing) throw shapeError(file, where, `has no "${missing}"`);
	return x as Record<string, unknown>;
}

/** One value read by `field`, named by `where` in an error. */
export function value<T>(file: string, where: string, x: unknown, field: Field<T>): T {
	try {
		return field(x);
	} catch (e) {
		if (!(e instanceof Expected)) throw e;
		throw shapeError(file, where, `should be ${e.what}, got ${got(x)}`);
	}
}

export function list(file: string, where: string, x: unknown): unknown[] {
	if (!Array.isArray(x)) throw shapeError(file, where, `should be a list, got ${got(x)}`);
	return x;
}

/** One row of values → a record with the columns' names; `where` names it in an error. */
export function row<C extends Columns>(
	file: string,
	where: string,
	r: unknown,
	columns: C
): RecordOf<C> {
	if (!Array.isArray(r) || r.length !== columns.length)
		throw shapeError(file, where, `should be a row of ${columns.length} values, got ${got(r)}`);
	const out: Record<string, unknown> = {};
	for (let i = 0; i < columns.length; i++) {
		const [name, read] = columns[i];
		try {
			out[name] = read(r[i]);
		} catch (e) {
			if (!(e instanceof Expected)) throw e;
			throw shapeError(file, where, `"${name}" should be ${e.what}, got ${got(r[i])}`);
		}
	}
	return out as RecordOf<C>;
}

/** A list of rows (`what` names it: '"rows"') → records; the first bad row stops with its place. */
export function rows<C extends Columns>(
	file: string,
	what: string,
	x: unknown,
	columns: C
): RecordOf<C>[] {
	const input = list(file, what, x);
	const out = new Array<RecordOf<C>>(input.length);
	for (let i = 0; i < input.length; i++)
		out[i] = row(file, place(what, i, input[i]), input[i], columns);
	return out;
}

/** A list of objects with these keys, each named by `id` in an error. */
export function records<T>(file: string, x: unknown, keys: readonly string[]): T[] {
	const input = list(file, '', x);
	input.forEach((r, i) => object(file, place('', i, r), r, keys));
	return input as T[];
}

export function decodeCountries(x: unknown): Country[] {
	return records<Country>('countries.json', x, ['iso3', 'name', 'altNames', 'oic', 'hasShape']);
}

export function decodeSources(x: unknown): Source[] {
	return records<Source>('sources.json', x, ['id', 'title', 'publisher', 'citation']);
}

export function decodeMissions(x: unknown): Mission[] {
	const file = 'missions.json';
	const keys = ['id', 'slug', 'kind', 'name', 'start', 'end', 'hosts', 'oicHosts', 'hq'];
	return list(file, '', x).map((m, i) => {
		const where = place('', i, m);
		const entry = object(file, where, m, [...keys, 'personnel']);
		return {
			...(entry as unknown as MissionEntry),
			personnel: rows(file, `${where} "personnel"`, entry.personnel, MISSION_YEAR)
		};
	});
}

export function decodeContributions(x: unknown): Contributions {
	const file = 'contributions.json';
	const f = object(file, '', x, ['rule', 'years', 'rows', 'politicalMissions', 'notes', 'months']);
	list(file, '"years"', f.years);
	list(file, '"notes"', f.notes);
	object(file, '"months"', f.months, ['from', 'to']);
	return {
		rule: value(file, '"rule"', f.rule, text),
		years: f.years as Contributions['years'],
		notes: f.notes as Contributions['notes'],
		months: f.months as Contributions['months'],
		rows: rows(file, '"rows"', f.rows, CONTRIBUTION),
		politicalMissions: rows(file, '"politicalMissions"', f.politicalMissions, POLITICAL)
	};
}
