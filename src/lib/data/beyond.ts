/**
 * Questions the panels and the map ask of the files beyond head counts: the fallen
 * (fatalities.json), who led (leadership.json) and other bodies' operations (operations.json).
 * Pure functions of the files, so each is tested against the sources' own figures.
 */
import type { Atlas } from './atlas';
import { isActive, startYear as missionStart, endYear as missionEnd } from './atlas';
import type { Fatalities, Fatality, Leader, LeadershipFile, Mission, Operation } from './decode';
import { LAST_YEAR } from './years';

export interface Fallen {
	total: number;
	/** [year, count] for every year with a death, in order. */
	byYear: [number, number][];
	/** Largest first; `id` is a mission record's id or the UN's code. */
	byMission: { id: string; count: number; first: number; last: number }[];
	/** As the UN names them, largest first. */
	byCause: { cause: string; count: number }[];
	byType: { type: string; count: number }[];
	first: number | null;
	last: number | null;
}

function summarise(rows: Fatality[]): Fallen {
	const years = new Map<number, number>();
	const missions = new Map<string, { count: number; first: number; last: number }>();
	const causes = new Map<string, number>();
	const types = new Map<string, number>();
	for (const r of rows) {
		const y = r.year;
		years.set(y, (years.get(y) ?? 0) + 1);
		const m = missions.get(r.mission) ?? { count: 0, first: y, last: y };
		m.count++;
		m.first = Math.min(m.first, y);
		m.last = Math.max(m.last, y);
		missions.set(r.mission, m);
		causes.set(r.cause, (causes.get(r.cause) ?? 0) + 1);
		types.set(r.type, (types.get(r.type) ?? 0) + 1);
	}
	const byYear = [...years].sort((a, b) => a[0] - b[0]);
	return {
		total: rows.length,
		byYear,
		byMission: [...missions]
			.map(([id, m]) => ({ id, ...m }))
			.sort((a, b) => b.count - a.count || a.first - b.first),
		byCause: [...causes].sort((a, b) => b[1] - a[1]).map(([cause, count]) => ({ cause, count })),
		byType: [...types].sort((a, b) => b[1] - a[1]).map(([type, count]) => ({ type, count })),
		first: byYear[0]?.[0] ?? null,
		last: byYear[byYear.length - 1]?.[0] ?? null
	};
}

/** A nationality's fallen in UN peace operations, every year of the record. */
export function fallenOf(file: Fatalities, iso3: string): Fallen {
	return summarise(file.rows.filter((r) => r.iso3 === iso3));
}

/** A mission's fallen, and by nationality (largest first; null iso3: as the UN names it). */
export function fallenIn(
	file: Fatalities,
	mission: string
): Fallen & { byNationality: { iso3: string | null; name: string | null; count: number }[] } {
	const rows = file.rows.filter((r) => r.mission === mission);
	const by = new Map<string, { iso3: string | null; name: string | null; count: number }>();
	for (const r of rows) {
		const key = r.iso3 ?? `?${r.nationality ?? ''}`;
		const e = by.get(key) ?? { iso3: r.iso3, name: r.iso3 ? null : r.nationality, count: 0 };
		e.count++;
		by.set(key, e);
	}
	return {
		...summarise(rows),
		byNationality: [...by.values()].sort((a, b) => b.count - a.count)
	};
}

export type FallenMode = 'cumulative' | 'year';

/** Deaths by nationality up to and including `year`, or in `year` only: the fallen map. */
export function fallenByCountry(
	file: Fatalities,
	year: number,
	mode: FallenMode
): Map<string, number> {
	const out = new Map<string, number>();
	for (const { iso3, year: y } of file.rows) {
		if (!iso3) continue;
		if (mode === 'year' ? y !== year : y > year) continue;
		out.set(iso3, (out.get(iso3) ?? 0) + 1);
	}
	return out;
}

/** The appointments of a nationality's citizens, or of a mission's leaders, in order. */
export function leadersOf(file: LeadershipFile, by: { iso3?: string; mission?: string }): Leader[] {
	return file.rows
		.filter(
			(l) =>
				(by.iso3 === undefined || l.nationality.includes(by.iso3)) &&
				(by.mission === undefined || l.mission === by.mission)
		)
		.sort(
			(a, b) =>
				a.from[0] - b.from[0] || (a.from[1] ?? 0) - (b.from[1] ?? 0) || a.posts[0] - b.posts[0]
		);
}

/** One row of a host's timeline: a UN operation or another body's, in one list. */
export type HostEntry =
	| {
			kind: 'un';
			id: string;
			body: 'UN';
			start: number;
			end: number;
			/** Start month (1–12; 12 where the source gives only the year), for the order. */
			month: number;
			mission: Mission;
	  }
	| {
			kind: 'other';
			id: string;
			body: Operation['body'];
			start: number;
			end: number;
			month: number;
			operation: Operation;
	  };

export function operationYears(o: Operation): [number, number] {
	return [o.start.value[0], o.end.value?.[0] ?? LAST_YEAR];
}

export function operationActive(o: Operation, year: number): boolean {
	const [a, b] = operationYears(o);
	return a <= year && year <= b;
}

/** The personnel a source reports for an operation in a year: its last report month of the year. */
export function operationSize(o: Operation, year: number): Operation['sizes'][number] | null {
	const inYear = o.sizes.filter((s) => s.month.startsWith(`${year}-`));
	return inYear[inYear.length - 1] ?? null;
}

/**
 * Every operation on a state's soil, the UN's and other bodies', by start (then end): Bosnia
 * and Herzegovina's UNPROFOR, UNMIBH, IFOR, SFOR, EUFOR Althea.
 */
export function hostTimeline(
	atlas: Atlas,
	iso3: string,
	operations: Operation[] | null
): HostEntry[] {
	const un: HostEntry[] = atlas.operationsIn(iso3).map((m) => ({
		kind: 'un',
		id: m.id,
		body: 'UN',
		start: missionStart(m),
		end: missionEnd(m),
		month: m.start.year === missionStart(m) ? (m.start.month ?? 12) : 12,
		mission: m
	}));
	const others: HostEntry[] = (operations ?? [])
		.filter((o) => o.hosts.includes(iso3))
		.map((o) => {
			const [start, end] = operationYears(o);
			const month = o.start.value[1] ?? 12;
			return { kind: 'other', id: o.id, body: o.body, start, end, month, operation: o };
		});
	// By start month; in the same month the UN's first (UNMIBH and IFOR, December 1995).
	return [...un, ...others].sort(
		(a, b) =>
			a.start - b.start ||
			a.month - b.month ||
			(a.kind === b.kind ? 0 : a.kind === 'un' ? -1 : 1) ||
			a.end - b.end
	);
}

export function entryActive(e: HostEntry, year: number): boolean {
	return e.kind === 'un' ? isActive(e.mission, year) : operationActive(e.operation, year);
}

/**
 * Women's share of a contributor's uniformed personnel, and of all contributors' (the UN's
 * overall share), in every year the sources split by sex (2009 on).
 */
export function womenShares(
	atlas: Atlas,
	iso3: string
): { year: number; women: number; total: number; share: number; unShare: number }[] {
	const out = [];
	for (const year of atlas.rules.keys()) {
		const all = atlas.contributors(year);
		let women = 0;
		let total = 0;
		let split = false;
		for (const [, p] of all) {
			if (p.women === null) continue;
			split = true;
			women += p.women;
			total += p.total;
		}
		if (!split || !total) continue;
		const own = atlas.personnel(iso3, year);
		if (!own || own.women === null || !own.total) continue;
		out.push({
			year,
			women: own.women,
			total: own.total,
			share: own.women / own.total,
			unShare: women / total
		});
	}
	return out.sort((a, b) => a.year - b.year);
}
