/**
 * Missions: the operations hosted in OIC states (the fact table, every fact with its source),
 * every other operation of the UN's list, and every other mission a source reports personnel in
 * (catalogue.ts, completed from IPI and Geo-PKO). Dates come from the UN's list. Special
 * political missions stay in the file with kind "spm", never counted as PKOs.
 */
import type { MissionEntry as Mission, YearRule } from '../../src/lib/data/schema.ts';
import { CATALOGUE } from './catalogue.ts';
import { CODE_RULES, type MissionCodes } from './codes.ts';
import type { CodedDates } from './coverage.ts';
import { count, type SourceDir } from './read.ts';
import { SOURCE } from './sources.ts';
import { monthText, UN_LIST_FILE, type UnListRow } from './unlist.ts';
import { monthYear as monthYearEn } from '../../src/lib/i18n/format.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1 || null;

export const slugOf = (id: string) => id.toLowerCase().replace(/\s+/g, '-');

interface Observed {
	first: string; // YYYY-MM
	last: string;
	source: string;
}

export interface MissionInputs {
	rules: YearRule[];
	oicCodes: Set<string>;
	codes: MissionCodes;
	list: Map<string, UnListRow>;
	/** Total personnel per mission and year, from the per-mission detail (2009 on). */
	detailTotals: Map<string, Map<number, number>>;
	/** Missions with personnel in the latest UN report. */
	activeNow: Set<string>;
	/** Years with personnel per mission in the yearly per-mission snapshots (2009 on). */
	detailYears: Map<string, number[]>;
	/** Start and end months from the leadership dataset, for missions the UN list lacks. */
	coded: Map<string, CodedDates>;
	/** Receives every month's mission total of IPI's monthly mission data. */
	everyMonth?: (mission: string, month: string, total: number) => void;
}

const FACTS_FILE = 'oic_hosted_missions.csv';
const UN_LIST_SOURCE =
	'UN Peace and Security Data Hub, list of peacekeeping operations (February 2024)';
const LEADERSHIP_SOURCE =
	'Leadership positions in UN peace operations, 1948–2019 (mission start and end months)';

/**
 * The ids of missions.json: the fact table's operations, the UN list's (less the rows that
 * CODE_RULES excludes or folds into another) and the catalogue's. Every UN list row must be in
 * the fact table or the catalogue, which give its hosts.
 */
export function missionIds(src: SourceDir, list: Map<string, UnListRow>): Set<string> {
	const facts = new Set(src.csv(FACTS_FILE).map((r) => r.acronym));
	const ids = new Set([...facts, ...Object.keys(CATALOGUE)]);
	for (const row of list.values()) {
		if (CODE_RULES[UN_LIST_FILE][row.acronym]) continue;
		if (!ids.has(row.acronym)) {
			throw new Error(
				`${UN_LIST_FILE} row ${row.row}: ${row.acronym} is neither in ${FACTS_FILE} nor in scripts/geodata/catalogue.ts; add it to the catalogue with its hosts, or exclude it in scripts/geodata/codes.ts`
			);
		}
	}
	for (const id of facts)
		if (id in CATALOGUE)
			throw new Error(
				`scripts/geodata/catalogue.ts: ${id} is in the fact table already; remove it`
			);
	return ids;
}

/** A month of the UN list as the schema's { year, month }. */
const listDate = (d: [number, number, number]) => ({ year: d[0], month: d[1] });

export function missions(src: SourceDir, inputs: MissionInputs): Mission[] {
	const { rules, oicCodes, codes, list, coded, detailTotals, activeNow, detailYears } = inputs;
	const ipiMissions =
		src.json<
			Record<string, { country_id: string; hq: string; mission_loc: { x: number; y: number } }>
		>('ipi_missions.json');

	for (const row of list.values())
		codes.resolve(UN_LIST_FILE, row.acronym, row.start ? monthText(row.start) : 'undated');

	// IPI monthly mission totals: observed months and the as-of figures for 1990–2008.
	const monthly = 'ipi_data_mission_1990_2017.csv';
	const observed = new Map<string, Observed>();
	const ipiPersonnel = new Map<string, Map<number, number>>();
	const ipiRuleMonths = new Map(
		rules.filter((r) => r.source === SOURCE.ipiTotals).map((r) => [r.asOf, r.year])
	);
	src.csv(monthly).forEach((row, i) => {
		const month = row.Date.slice(0, 7);
		const total = count(row.Total, `${monthly} row ${i + 2}`);
		if (!total) return;
		const id = codes.resolve(monthly, row.Mission, month);
		if (!id) return;
		inputs.everyMonth?.(id, month, total);
		note(observed, id, month, 'months with personnel in IPI mission data');
		const year = ipiRuleMonths.get(month);
		if (year !== undefined) {
			const byYear = ipiPersonnel.get(id) ?? ipiPersonnel.set(id, new Map()).get(id)!;
			byYear.set(year, (byYear.get(year) ?? 0) + total);
		}
	});

	// Geo-PKO mission headquarters (hq = 3): the location coded in the most years, latest on ties.
	const front = 'geopko_v2.3_frontmap.csv';
	const geoHq = new Map<string, Map<string, { years: number[]; lon: number; lat: number }>>();
	const geoYears = new Map<string, number[]>();
	src.csv(front).forEach((row) => {
		const id = codes.resolve(front, row.mission, row.year);
		if (!id) return;
		const year = Number(row.year);
		(geoYears.get(id) ?? geoYears.set(id, []).get(id)!).push(year);
		if (row.hq !== '3') return;
		const places = geoHq.get(id) ?? geoHq.set(id, new Map()).get(id)!;
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

	/** Months (IPI) or years (Geo-PKO, yearly snapshots) with personnel in the sources. */
	const reportedOf = (id: string): Mission['reported'] => {
		const seen = observed.get(id);
		const years = [...(geoYears.get(id) ?? []), ...(detailYears.get(id) ?? [])];
		if (!seen && !years.length) return null;
		const firstYear = Math.min(...years);
		const lastYear = Math.max(...years);
		const first =
			seen && (!years.length || Number(seen.first.slice(0, 4)) <= firstYear)
				? seen.first
				: String(firstYear);
		const last =
			seen && (!years.length || Number(seen.last.slice(0, 4)) >= lastYear)
				? seen.last
				: String(lastYear);
		return {
			first,
			last,
			source:
				'months with personnel in IPI mission data (November 1990 – March 2017); years with personnel in the yearly IPI and UN DPO snapshots (2009–2025) and in Geo-PKO v2.3 (1994–2024)'
		};
	};

	const facts = new Map(factRows(src, oicCodes).map((m) => [m.id, m]));
	const out: Mission[] = [];
	for (const id of missionIds(src, list)) {
		const fact = facts.get(id);
		const entry = CATALOGUE[id];
		const listed = list.get(id);
		const ipi = ipiMissions[id];
		const active = activeNow.has(id);
		const reported = reportedOf(id);
		if (!listed && !reported && !coded.has(id)) {
			throw new Error(
				`scripts/geodata/catalogue.ts: ${id} is neither in the UN list nor has personnel in any source; remove it`
			);
		}

		// The list's own name, unless the catalogue mends it (DOMREP's is cut short in the file).
		const name: Mission['name'] =
			listed && !entry?.name
				? { value: listed.name.replace(/^The /, ''), source: UN_LIST_SOURCE, verified: true }
				: fact
					? fact.name
					: {
							value: entry.name!,
							source: listed
								? 'general knowledge; the UN list’s name is cut short'
								: 'general knowledge; no stored source gives the full name',
							verified: false
						};

		const { start, end, status } = datesOf(id, listed, fact, active, coded.get(id));

		const hosts = fact
			? fact.hosts
			: {
					value: entry.hosts,
					source:
						ipi && entry.hosts.includes(ipi.country_id)
							? 'IPI missions.json'
							: 'general knowledge; no stored source',
					verified: Boolean(ipi && entry.hosts.includes(ipi.country_id))
				};
		const hq =
			fact?.hq ??
			geoPkoHq(id) ??
			(ipi?.hq
				? {
						name: ipi.hq,
						point: point(ipi.mission_loc.x, ipi.mission_loc.y),
						source: 'IPI missions.json',
						verified: true
					}
				: listed?.hq
					? {
							name: listed.hq.name,
							point: point(listed.hq.lon, listed.hq.lat),
							source: UN_LIST_SOURCE,
							verified: true
						}
					: entry?.hq
						? {
								name: entry.hq[0],
								point: point(entry.hq[1], entry.hq[2]),
								source: 'city centre from general knowledge; no stored source',
								verified: false
							}
						: null);
		if (!hq) throw new Error(`scripts/geodata/catalogue.ts: ${id} needs an hq: no source has one`);

		const personnel = personnelOf(id);
		const notes = sentences(fact?.note ?? entry?.note, outsideDates(start, end, status, reported));
		out.push({
			id,
			slug: slugOf(id),
			kind: fact ? 'pko' : entry.kind,
			name,
			start,
			end,
			status,
			reported,
			hosts,
			oicHosts: hosts.value.filter((h) => oicCodes.has(h)),
			hq,
			personnel,
			note: notes
		});
	}
	return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A mission's dates: the UN list's wherever it has them. Where it gives no end, the mission is
 * active if the latest UN report has personnel in it, and otherwise ended where the fact table
 * says (MINUSMA: the list predates its close). Missions the list does not have (political
 * missions, a few short ones) have no dates from any source: they say so, and the map draws
 * them in the years with reported personnel only.
 */
function datesOf(
	id: string,
	listed: UnListRow | undefined,
	fact: Mission | undefined,
	active: boolean,
	coded?: CodedDates
): Pick<Mission, 'start' | 'end' | 'status'> {
	const unknown = (what: string) => ({
		year: null,
		month: null,
		source: `no stored source gives its ${what}`,
		verified: false
	});
	const start = listed?.start
		? { ...listDate(listed.start), source: UN_LIST_SOURCE, verified: true }
		: fact && fact.start.verified
			? fact.start
			: coded
				? { year: coded.start[0], month: coded.start[1], source: LEADERSHIP_SOURCE, verified: true }
				: unknown('start');
	if (active) {
		if (listed?.end)
			throw new Error(
				`${UN_LIST_FILE} row ${listed.row}: ${id} ends in ${monthText(listed.end)}, yet the latest UN report has personnel in it; check the report's mission codes`
			);
		return {
			start,
			end: {
				year: null,
				month: null,
				source: 'personnel in the July 2025 UN DPO report',
				verified: true
			},
			status: 'active'
		};
	}
	const end = listed?.end
		? { ...listDate(listed.end), source: UN_LIST_SOURCE, verified: true }
		: fact && fact.end.year !== null
			? fact.end
			: coded?.end
				? { year: coded.end[0], month: coded.end[1], source: LEADERSHIP_SOURCE, verified: true }
				: unknown('end');
	if (!listed?.end && fact?.end.year === null)
		throw new Error(
			`${FACTS_FILE}: ${id} is "present" there, but neither the UN list gives an end nor has the latest UN report personnel in it`
		);
	return { start, end, status: 'closed' };
}

/** "1992-04" → "April 1992"; "1992" stays. */
const spoken = monthYearEn;

/** "1992-04", or "1992" where only the year is known. */
const ym = (d: { year: number | null; month: number | null }) =>
	d.year === null
		? null
		: d.month === null
			? String(d.year)
			: `${d.year}-${String(d.month).padStart(2, '0')}`;

/** Compares "1992", "1992-04" at the precision both have. */
function before(a: string, b: string): boolean {
	const n = Math.min(a.length, b.length);
	return a.slice(0, n) < b.slice(0, n);
}

/** A sentence where the sources report personnel outside a mission's official dates. */
function outsideDates(
	start: Mission['start'],
	end: Mission['end'],
	status: Mission['status'],
	reported: Mission['reported']
): string | null {
	if (!reported || start.year === null) return null;
	const said: string[] = [];
	const from = ym(start)!;
	if (before(reported.first, from))
		said.push(`from ${spoken(reported.first)}, before its start in the UN list (${spoken(from)})`);
	const to = status === 'active' ? null : ym(end);
	if (to && before(to, reported.last))
		said.push(`until ${spoken(reported.last)}, after its end (${spoken(to)})`);
	return said.length ? `The sources report personnel ${said.join(' and ')}.` : null;
}

/** Notes joined as sentences. */
export function sentences(...parts: (string | null | undefined)[]): string | null {
	const text = parts
		.filter((p): p is string => Boolean(p && p.trim()))
		.map((p) => (/[.!?)]$/.test(p.trim()) ? p.trim() : `${p.trim()}.`))
		.join(' ');
	return text || null;
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
		const notes = sentences(
			row.notes,
			row.host_iso3 !== hosts.join(';') ? `Hosts as recorded: ${row.host_iso3}.` : ''
		);
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
			reported: null,
			personnel: [],
			note: notes
		};
	});
}
