/**
 * Missions: the operations hosted in OIC states (the fact table, every fact with its source)
 * and every other mission an OIC state sent personnel to (catalogue.ts, completed from IPI and
 * Geo-PKO). Special political missions stay in the file with kind "spm", never counted as PKOs.
 */
import type { Mission, YearRule } from '../../src/lib/data/schema.ts';
import { CATALOGUE } from './catalogue.ts';
import { count, type SourceDir } from './read.ts';
import { SOURCE } from './sources.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1 || null;

export const slugOf = (id: string) => id.toLowerCase().replace(/\s+/g, '-');

/** IPI's mission codes that name two of ours: UNOSOM covers UNOSOM I (1992) and II (from 1993). */
function ipiToOurs(code: string, year: number): string {
	if (code === 'UNOSOM') return year <= 1992 ? 'UNOSOM I' : 'UNOSOM II';
	return code;
}

interface Observed {
	first: string; // YYYY-MM
	last: string;
	source: string;
}

export interface MissionInputs {
	rules: YearRule[];
	oicCodes: Set<string>;
	/** Total personnel per mission and year, from the per-mission detail (2009 on). */
	detailTotals: Map<string, Map<number, number>>;
	/** Missions with personnel in the latest UN report. */
	activeNow: Set<string>;
	/** Years with personnel per mission in the yearly per-mission snapshots (2009 on). */
	detailYears: Map<string, number[]>;
}

export function missions(src: SourceDir, inputs: MissionInputs): Mission[] {
	const { rules, oicCodes, detailTotals, activeNow, detailYears } = inputs;
	const ipiMissions =
		src.json<
			Record<string, { country_id: string; hq: string; mission_loc: { x: number; y: number } }>
		>('ipi_missions.json');

	// IPI monthly mission totals: observed months and the as-of figures for 1990–2008.
	const monthly = 'ipi_data_mission_1990_2017.csv';
	const observed = new Map<string, Observed>();
	const ipiPersonnel = new Map<string, Map<number, number>>();
	const ipiRuleMonths = new Map(
		rules.filter((r) => r.source === SOURCE.ipiTotals).map((r) => [r.asOf, r.year])
	);
	src.csv(monthly).forEach((row, i) => {
		const month = row.Date.slice(0, 7);
		const id = ipiToOurs(row.Mission, Number(month.slice(0, 4)));
		const total = count(row.Total, `${monthly} row ${i + 2}`);
		if (!total) return;
		note(observed, id, month, 'months with personnel in IPI mission data');
		const year = ipiRuleMonths.get(month);
		if (year !== undefined) {
			(ipiPersonnel.get(id) ?? ipiPersonnel.set(id, new Map()).get(id)!).set(year, total);
		}
	});

	// Geo-PKO mission headquarters (hq = 3): the location coded in the most years, latest on ties.
	const geoHq = new Map<string, Map<string, { years: number[]; lon: number; lat: number }>>();
	const geoYears = new Map<string, number[]>();
	src.csv('geopko_v2.3_frontmap.csv').forEach((row) => {
		const year = Number(row.year);
		(geoYears.get(row.mission) ?? geoYears.set(row.mission, []).get(row.mission)!).push(year);
		if (row.hq !== '3') return;
		const places = geoHq.get(row.mission) ?? geoHq.set(row.mission, new Map()).get(row.mission)!;
		const place = places.get(row.location) ?? {
			years: [],
			lon: Number(row.longitude),
			lat: Number(row.latitude)
		};
		place.years.push(year);
		places.set(row.location, place);
	});
	const geoPkoHq = (id: string): Mission['hq'] | null => {
		const places = geoHq.get(id);
		if (!places) return null;
		const [name, place] = [...places.entries()].sort(
			(a, b) =>
				b[1].years.length - a[1].years.length || Math.max(...b[1].years) - Math.max(...a[1].years)
		)[0];
		const years = [...new Set(place.years)].sort();
		return {
			name,
			point: point(place.lon, place.lat),
			source: `Geo-PKO v2.3 mission HQ (hq=3), ${years[0]}–${years[years.length - 1]}`,
			verified: true
		};
	};

	const personnelOf = (id: string): Mission['personnel'] => {
		const out: Mission['personnel'] = [];
		for (const rule of rules) {
			const value =
				rule.source === SOURCE.ipiTotals
					? ipiPersonnel.get(id)?.get(rule.year)
					: detailTotals.get(id)?.get(rule.year);
			if (value)
				out.push([
					rule.year,
					value,
					rule.source === SOURCE.ipiTotals ? SOURCE.ipiMissions : rule.source
				]);
		}
		return out;
	};

	const out: Mission[] = [];
	const fromFacts = factRows(src, oicCodes);
	for (const m of fromFacts) {
		m.personnel = personnelOf(m.id);
		out.push(m);
	}

	const known = new Set(out.map((m) => m.id));
	for (const [id, entry] of Object.entries(CATALOGUE)) {
		if (known.has(id))
			throw new Error(
				`scripts/geodata/catalogue.ts: ${id} is in the fact table already; remove it`
			);
		const ipi = ipiMissions[id];
		const seen = observed.get(id);
		// Years seen in Geo-PKO and in the yearly snapshots carry no month.
		const years = [...(geoYears.get(id) ?? []), ...(detailYears.get(id) ?? [])];
		const active = activeNow.has(id);
		const span = observedSpan(id, seen, years, active);
		const hq =
			geoPkoHq(id) ??
			(ipi?.hq
				? {
						name: ipi.hq,
						point: point(ipi.mission_loc.x, ipi.mission_loc.y),
						source: 'IPI missions.json',
						verified: true
					}
				: entry.hq
					? {
							name: entry.hq[0],
							point: point(entry.hq[1], entry.hq[2]),
							source: 'city centre from general knowledge; no stored source',
							verified: false
						}
					: null);
		if (!hq) throw new Error(`scripts/geodata/catalogue.ts: ${id} needs an hq: no source has one`);
		const hosts = entry.hosts;
		out.push({
			id,
			slug: slugOf(id),
			kind: entry.kind,
			name: {
				value: entry.name,
				source: 'general knowledge; no stored source gives the full name',
				verified: false
			},
			start: span.start,
			end: span.end,
			status: active ? 'active' : 'closed',
			hosts: {
				value: hosts,
				source:
					ipi && hosts.includes(ipi.country_id)
						? 'IPI missions.json'
						: 'general knowledge; no stored source',
				verified: Boolean(ipi && hosts.includes(ipi.country_id))
			},
			oicHosts: hosts.filter((h) => oicCodes.has(h)),
			hq,
			personnel: personnelOf(id),
			note: entry.note ?? null
		});
	}
	return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Where the IPI monthly mission data end: a mission still there then may have gone on. */
const IPI_LAST_MONTH = '2017-03';
const IPI_FIRST_MONTH = '1990-11';

/**
 * Start and end of a mission no fact table covers, from what the data observed: IPI's
 * monthly mission totals where they cover it (with months), otherwise the years of Geo-PKO and
 * the yearly snapshots. A start at the first month of IPI's data is unknown, not 1990.
 */
function observedSpan(
	id: string,
	seen: Observed | undefined,
	years: number[],
	active: boolean
): { start: Mission['start']; end: Mission['end'] } {
	if (!seen && !years.length) {
		throw new Error(
			`scripts/geodata/catalogue.ts: ${id} has no personnel in any source; remove it`
		);
	}
	const yearly = 'the yearly IPI/UN DPO snapshots or Geo-PKO v2.3';
	const start: Mission['start'] = !seen
		? {
				year: Math.min(...years),
				month: null,
				source: `first year with personnel in ${yearly}`,
				verified: true
			}
		: seen.first === IPI_FIRST_MONTH
			? {
					year: null,
					month: null,
					source: 'before November 1990, when the IPI data begin; no stored source gives the start',
					verified: false
				}
			: {
					year: Number(seen.first.slice(0, 4)),
					month: Number(seen.first.slice(5)),
					source: `first of the ${seen.source}`,
					verified: true
				};
	const end: Mission['end'] = active
		? {
				year: null,
				month: null,
				source: 'personnel in the July 2025 UN DPO report',
				verified: true
			}
		: seen && seen.last < IPI_LAST_MONTH
			? {
					year: Number(seen.last.slice(0, 4)),
					month: Number(seen.last.slice(5)),
					source: `last of the ${seen.source}`,
					verified: true
				}
			: {
					year: Math.max(...years, seen ? Number(seen.last.slice(0, 4)) : -Infinity),
					month: null,
					source: `last year with personnel in ${yearly}`,
					verified: true
				};
	return { start, end };
}

function note(observed: Map<string, Observed>, id: string, month: string, source: string) {
	const o = observed.get(id);
	if (!o) observed.set(id, { first: month, last: month, source });
	else {
		if (month < o.first) [o.first, o.source] = [month, source];
		if (month > o.last) o.last = month;
	}
}

function point(lon: number, lat: number): Mission['hq']['point'] {
	const round = (n: number) => Math.round(n * 1e4) / 1e4;
	return { type: 'Point', coordinates: [round(lon), round(lat)] };
}

/** "1963 unverified" → { year: 1963, verified: false }; "present" → active. */
function yearCell(cell: string, where: string): { year: number | null; verified: boolean } {
	if (cell === 'present') return { year: null, verified: true };
	const m = /^(\d{4})( unverified)?$/.exec(cell.trim());
	if (!m) throw new Error(`${where}: "${cell}" should be a year, "YYYY unverified" or "present"`);
	return { year: Number(m[1]), verified: !m[2] };
}

/** Months stated in the sources' words: "(Apr 1991 - Oct 2003)", "Apr - Aug 2012", "from Jul 2013". */
export function monthsIn(text: string): {
	start: [number, number] | null;
	end: [number, number] | null;
} {
	const word =
		'(jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)';
	const range = new RegExp(`${word}\\s+(\\d{4})\\s*-\\s*${word}\\s+(\\d{4})`, 'i').exec(text);
	if (range) {
		return {
			start: [Number(range[2]), monthOf(range[1])!],
			end: [Number(range[4]), monthOf(range[3])!]
		};
	}
	const sameYear = new RegExp(`${word}\\s*-\\s*${word}\\s+(\\d{4})`, 'i').exec(text);
	if (sameYear) {
		const year = Number(sameYear[3]);
		return { start: [year, monthOf(sameYear[1])!], end: [year, monthOf(sameYear[2])!] };
	}
	const from = new RegExp(`from ${word}\\s+(\\d{4})`, 'i').exec(text);
	const last = new RegExp(`last ${word}\\s+(\\d{4})`, 'i').exec(text);
	const start = new RegExp(`\\(${word}\\s+(\\d{4})\\)`, 'i').exec(text);
	return {
		start: from
			? [Number(from[2]), monthOf(from[1])!]
			: start
				? [Number(start[2]), monthOf(start[1])!]
				: null,
		end: last ? [Number(last[2]), monthOf(last[1])!] : null
	};
}

function factRows(src: SourceDir, oicCodes: Set<string>): Mission[] {
	const file = 'oic_hosted_missions.csv';
	return src.csv(file).map((row, i) => {
		const where = `${file} row ${i + 2} (${row.acronym})`;
		const start = yearCell(row.start_year, `${where} start_year`);
		const end = yearCell(row.end_year, `${where} end_year`);
		// Months from the dates' own source first; the notes fill what it leaves open.
		const stated = monthsIn(row.dates_source);
		const noted = monthsIn(row.notes);
		const months = { start: stated.start ?? noted.start, end: stated.end ?? noted.end };
		const monthFor = (year: number | null, found: [number, number] | null) =>
			year !== null && found && found[0] === year ? found[1] : null;
		// Codes in brackets are remarks ("SRB/MNE (FRY)", "SDN (incl. present-day SSD)"), not hosts.
		const hosts = [
			...new Set(row.host_iso3.replace(/\([^)]*\)/g, '').match(/\b[A-Z]{3}\b/g) ?? [])
		];
		if (!hosts.length) throw new Error(`${where}: host_iso3 "${row.host_iso3}" names no ISO code`);
		const lon = Number(row.hq_lon);
		const lat = Number(row.hq_lat);
		if (!Number.isFinite(lon) || !Number.isFinite(lat))
			throw new Error(`${where}: hq_lat/hq_lon are not numbers`);
		const nameUnverified = /unverified/i.test(row.full_name_source);
		const hqCityUnverified = /unverified/i.test(row.hq_city);
		const hqCoordsUnverified = row.hq_coord_source === 'unverified';
		const notes = [
			row.notes,
			row.host_iso3 !== hosts.join(';') ? `Hosts as recorded: ${row.host_iso3}.` : ''
		]
			.filter(Boolean)
			.join(' ');
		return {
			id: row.acronym,
			slug: slugOf(row.acronym),
			kind: 'pko' as const,
			name: {
				value: row.full_name,
				source: nameUnverified ? row.full_name_source : `${row.full_name_source}`,
				verified: !nameUnverified
			},
			start: {
				year: start.year,
				month: monthFor(start.year, months.start),
				source: row.dates_source,
				verified: start.verified
			},
			end: {
				year: end.year,
				month: monthFor(end.year, months.end),
				source: row.dates_source,
				verified: end.verified
			},
			status: end.year === null ? ('active' as const) : ('closed' as const),
			hosts: { value: hosts, source: SOURCE.hosted, verified: true },
			oicHosts: hosts.filter((h) => oicCodes.has(h)),
			hq: {
				name: row.hq_city.replace(/\s*unverified\s*/i, '').trim(),
				point: point(lon, lat),
				source: hqCoordsUnverified
					? 'approximate city centre; no stored source'
					: row.hq_coord_source,
				verified: !hqCoordsUnverified && !hqCityUnverified
			},
			personnel: [],
			note: notes || null
		};
	});
}
