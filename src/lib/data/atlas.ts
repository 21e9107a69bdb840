/**
 * The atlas's data in memory, indexed for the questions the map and panels ask: who sent how
 * many in a year, which operations a country hosted, which missions were active.
 */
import type {
	Contributions,
	Country,
	Mission,
	MissionContribution,
	Monthly,
	Source,
	YearNote,
	YearRule
} from './decode';
import type { Oic } from './schema';
import { FIRST_FIGURE_YEAR, LAST_YEAR } from './years';

export interface AtlasFiles {
	countries: Country[];
	missions: Mission[];
	contributions: Contributions;
	sources: Source[];
}

/** A contributor's uniformed personnel in one year (peacekeeping operations only). */
export interface Personnel {
	troops: number | null;
	police: number | null;
	experts: number | null;
	total: number;
	women: number | null;
}

/** The OIC's personnel in a year; see Atlas.oicShare. */
export interface OicShare {
	/** Members' and observers' personnel together, and how many of them sent any. */
	oic: number;
	contributors: number;
	/** All contributors' personnel. */
	all: number;
	members: { personnel: number; contributors: number };
	observers: { personnel: number; contributors: number };
	/** Today's members and observers, counted in this year. */
	today: number;
}

/** How a country stands as a host in a year. */
export type OicStatus = Oic['status'];

export type HostState = 'hosting' | 'hosted-before' | 'none';

export class Atlas {
	readonly countries: Map<string, Country>;
	readonly missions: Map<string, Mission>;
	readonly missionsBySlug: Map<string, Mission>;
	readonly sources: Map<string, Source>;
	readonly rules: Map<number, YearRule>;
	readonly annualRule: string;
	/** Years whose shown month is not typical of all contributors' monthly reports. */
	readonly yearNotes: Map<number, YearNote>;
	/**
	 * Every month's figures, once loaded (setMonthly); null before. The atlas is otherwise
	 * immutable: a view passes a month to its questions only once this is here.
	 */
	monthly: Monthly | null = null;
	/** year → iso3 → personnel */
	private readonly byYear = new Map<number, Map<string, Personnel>>();
	/** "1995-08" → iso3 → personnel, filled from `monthly` as months are asked for. */
	private readonly byMonth = new Map<string, Map<string, Personnel>>();
	private readonly files: AtlasFiles;
	/** host iso3 → peacekeeping operations on its territory (OIC hosts only) */
	private readonly hostedBy = new Map<string, Mission[]>();

	constructor(files: AtlasFiles) {
		this.files = files;
		this.countries = new Map(files.countries.map((c) => [c.iso3, c]));
		this.missions = new Map(files.missions.map((m) => [m.id, m]));
		this.missionsBySlug = new Map(files.missions.map((m) => [m.slug, m]));
		this.sources = new Map(files.sources.map((s) => [s.id, s]));
		this.rules = new Map(files.contributions.years.map((r) => [r.year, r]));
		this.annualRule = files.contributions.rule;
		this.yearNotes = new Map(files.contributions.notes.map((n) => [n.year, n]));
		for (const { iso3, year, troops, police, experts, total, women } of files.contributions.rows) {
			const year_ = this.byYear.get(year) ?? this.byYear.set(year, new Map()).get(year)!;
			year_.set(iso3, { troops, police, experts, total: total ?? 0, women });
		}
		for (const m of files.missions) {
			if (m.kind !== 'pko') continue;
			for (const host of m.oicHosts) {
				(this.hostedBy.get(host) ?? this.hostedBy.set(host, []).get(host)!).push(m);
			}
		}
		for (const list of this.hostedBy.values()) list.sort(byStart);
	}

	/** Adds every month's figures (contributions-monthly.json): a reader may then pick a month. */
	setMonthly(file: Monthly): void {
		this.monthly = file;
		this.byMonth.clear();
	}

	/**
	 * The months (1–12) of a year whose figures a reader can pick: those of the monthly file
	 * (known before it loads, from contributions.json). None for a year without monthly reports.
	 */
	monthsOf(year: number): number[] {
		const { from, to } = this.files.contributions.months;
		const out: number[] = [];
		for (let m = 1; m <= 12; m++) {
			const key = monthKey(year, m);
			if (key >= from && key <= to) out.push(m);
		}
		return out;
	}

	/**
	 * The month a figure of the year is as of, and its source: the chosen month where the
	 * monthly figures have it (and have loaded), else the year's own month. Null before 1990.
	 */
	figureMonth(year: number, month: number | null = null): { asOf: string; source: string } | null {
		const key = this.monthKeyFor(year, month);
		if (key) {
			const stretch = this.monthly!.sources.find((s) => s.from <= key && key <= s.to);
			if (stretch) return { asOf: key, source: stretch.source };
		}
		const rule = this.rules.get(year);
		return rule ? { asOf: rule.asOf, source: rule.source } : null;
	}

	/** "1995-08" where a month other than the year's own is chosen and its figures are here. */
	private monthKeyFor(year: number, month: number | null): string | null {
		if (month === null || !this.monthly) return null;
		const key = monthKey(year, month);
		if (key === this.rules.get(year)?.asOf) return null;
		return key >= this.monthly.countriesFrom && key <= this.monthly.countriesTo ? key : null;
	}

	/** Every country's figures in one month of the monthly file. */
	private monthRows(key: string): Map<string, Personnel> {
		let rows = this.byMonth.get(key);
		if (rows) return rows;
		rows = new Map();
		const i = monthIndex(key) - monthIndex(this.monthly!.countriesFrom);
		for (const [iso3, series] of Object.entries(this.monthly!.countries)) {
			const r = series[i];
			if (!r) continue;
			const total = (r.troops ?? 0) + (r.police ?? 0) + (r.experts ?? 0);
			if (total > 0) rows.set(iso3, { ...r, total, women: null });
		}
		this.byMonth.set(key, rows);
		return rows;
	}

	/** The figures of a year, or of a chosen month of it (see figureMonth). */
	private rowsFor(year: number, month: number | null): Map<string, Personnel> | undefined {
		const key = this.monthKeyFor(year, month);
		return key ? this.monthRows(key) : this.byYear.get(year);
	}

	/**
	 * Personnel a country sent in a year (or a chosen month of it), or null where it sent none or
	 * no figures exist.
	 */
	personnel(iso3: string, year: number, month: number | null = null): Personnel | null {
		return this.rowsFor(year, month)?.get(iso3) ?? null;
	}

	/** A country's total in every month of the monthly file: [month "1995-08", total or null]. */
	monthlySeries(iso3: string): [string, number | null][] {
		if (!this.monthly) return [];
		const series = this.monthly.countries[iso3];
		const first = monthIndex(this.monthly.countriesFrom);
		const last = monthIndex(this.monthly.countriesTo);
		const out: [string, number | null][] = [];
		for (let i = 0; i <= last - first; i++) {
			const r = series?.[i];
			out.push([
				monthOfIndex(first + i),
				r ? (r.troops ?? 0) + (r.police ?? 0) + (r.experts ?? 0) : 0
			]);
		}
		return out;
	}

	/** All contributors of a year (or a chosen month of it), largest first. */
	contributors(year: number, month: number | null = null): [string, Personnel][] {
		return [...(this.rowsFor(year, month) ?? [])].sort((a, b) => b[1].total - a[1].total);
	}

	/** The largest yearly total of any country, over every year: the top of the colour scale. */
	maxPersonnel(): number {
		let max = 0;
		for (const year of this.byYear.values())
			for (const p of year.values()) max = Math.max(max, p.total);
		return max;
	}

	/** Peacekeeping operations hosted on a country's territory, earliest first. */
	hosted(iso3: string): Mission[] {
		return this.hostedBy.get(iso3) ?? [];
	}

	/**
	 * Every peacekeeping operation with the country among its hosts, OIC state or not (Israel:
	 * UNTSO's headquarters), earliest first: what its panel lists, as the operations table does.
	 */
	operationsIn(iso3: string): Mission[] {
		return [...this.missions.values()]
			.filter((m) => m.kind === 'pko' && m.hosts.value.includes(iso3))
			.sort(byStart);
	}

	hostState(iso3: string, year: number): { state: HostState; active: Mission[] } {
		const all = this.hosted(iso3);
		const active = all.filter((m) => isActive(m, year));
		if (active.length) return { state: 'hosting', active };
		if (all.some((m) => startYear(m) <= year)) return { state: 'hosted-before', active };
		return { state: 'none', active };
	}

	/** OIC member and observer states of today. */
	oicCodes(): string[] {
		return [...this.countries.values()].filter((c) => c.oic).map((c) => c.iso3);
	}

	/**
	 * A state's standing in the OIC in a year, as it was: from its joining year, and not while
	 * suspended at the month the year's figures are as of (December where there are none).
	 * Null before it joined, while suspended, and for states that never joined.
	 */
	oicIn(iso3: string, year: number): OicStatus | null {
		const oic = this.countries.get(iso3)?.oic;
		if (!oic || oic.joined > year) return null;
		const month = this.rules.get(year)?.asOf ?? `${year}-12`;
		for (const s of oic.suspended)
			if (s.from <= month && (s.to === null || month < s.to)) return null;
		return oic.status;
	}

	/**
	 * The year a state joined the OIC, if that came after `year`: how a view of an earlier year
	 * names a state of today's OIC that it does not count.
	 */
	joinedAfter(iso3: string, year: number): number | null {
		const joined = this.countries.get(iso3)?.oic?.joined;
		return joined && joined > year ? joined : null;
	}

	/**
	 * The number of peacekeeping operations hosted in OIC member and observer states (today's):
	 * the one count the README, the tour, the sources page and the panels give.
	 */
	hostedOperations(): Mission[] {
		return [...this.missions.values()].filter((m) => m.kind === 'pko' && m.oicHosts.length);
	}

	hostCodes(): string[] {
		return [...this.hostedBy.keys()].sort();
	}

	/**
	 * Peacekeeping operations active in a year in states that were OIC members or observers
	 * then, and (`later`) those active only in states that joined later.
	 */
	inOicStates(year: number): { then: Mission[]; later: Mission[] } {
		const then: Mission[] = [];
		const later: Mission[] = [];
		for (const m of this.activeMissions(year)) {
			if (!m.oicHosts.length) continue;
			(m.oicHosts.some((h) => this.oicIn(h, year)) ? then : later).push(m);
		}
		return { then, later };
	}

	/** Peacekeeping operations active in a year. */
	activeMissions(year: number, kind: Mission['kind'] = 'pko'): Mission[] {
		return [...this.missions.values()].filter((m) => m.kind === kind && isActive(m, year));
	}

	/** A mission's uniformed personnel in a year (or a chosen month of it), with its source. */
	missionPersonnel(
		m: Mission,
		year: number,
		month: number | null = null
	): { total: number; source: string } | null {
		const key = this.monthKeyFor(year, month);
		if (key && this.monthly) {
			const i = monthIndex(key) - monthIndex(this.monthly.countriesFrom);
			const total = this.monthly.missions[m.id]?.[i] ?? null;
			const stretch = this.monthly.missionSources.find((s) => s.from <= key && key <= s.to);
			return total && stretch ? { total, source: stretch.source } : null;
		}
		const hit = m.personnel.find((p) => p.year === year);
		return hit && hit.total !== null ? { total: hit.total, source: hit.source } : null;
	}

	/**
	 * The OIC's personnel in a year, counted with that year's members and observers (each apart
	 * and together), and the total of all contributors. `today` counts today's members and
	 * observers instead, for comparison. Null for a year without figures.
	 */
	oicShare(year: number, month: number | null = null): OicShare | null {
		const rows = this.rowsFor(year, month);
		if (!rows) return null;
		const out: OicShare = {
			oic: 0,
			contributors: 0,
			all: 0,
			members: { personnel: 0, contributors: 0 },
			observers: { personnel: 0, contributors: 0 },
			today: 0
		};
		for (const [iso3, p] of rows) {
			out.all += p.total;
			if (this.countries.get(iso3)?.oic) out.today += p.total;
			const status = this.oicIn(iso3, year);
			if (!status || !p.total) continue;
			const part = status === 'member' ? out.members : out.observers;
			part.personnel += p.total;
			part.contributors++;
			out.oic += p.total;
			out.contributors++;
		}
		return out;
	}

	countryName(iso3: string): string {
		return this.countries.get(iso3)?.name ?? iso3;
	}
}

/** "1995-08" for (1995, 8). */
export const monthKey = (year: number, month: number) =>
	`${year}-${String(month).padStart(2, '0')}`;
const monthIndex = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
const monthOfIndex = (i: number) => monthKey(Math.floor(i / 12), (i % 12) + 1);

// Ids are ASCII: compared by code unit, because localeCompare's first call loads the browser's
// collation data (10 ms or more) while the first view is being built.
const byId = (a: Mission, b: Mission) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byStart = (a: Mission, b: Mission) => startYear(a) - startYear(b) || byId(a, b);

/**
 * The years a mission is drawn as active: its dates (to the latest year while it is active);
 * for a mission no source dates, the years the sources report personnel in it; null for neither.
 */
export function yearsOf(m: Mission): [number, number] | null {
	if (m.start.year === null) {
		if (!m.reported) return null;
		const first = Number(m.reported.first.slice(0, 4));
		return [first, m.status === 'active' ? LAST_YEAR : Number(m.reported.last.slice(0, 4))];
	}
	return [m.start.year, m.end.year ?? (m.status === 'active' ? LAST_YEAR : m.start.year)];
}

/** A mission's first year (after every year for a mission that cannot be placed in time). */
export function startYear(m: Mission): number {
	return yearsOf(m)?.[0] ?? LAST_YEAR + 1;
}

export function endYear(m: Mission): number {
	return yearsOf(m)?.[1] ?? LAST_YEAR + 1;
}

/** The years with reported personnel, for a mission no source dates. */
export function reportedYears(m: Mission): [number, number] | null {
	return m.start.year === null && m.reported ? yearsOf(m) : null;
}

/**
 * Whether a mission is drawn as active in a year: within its dates, or in a year the sources
 * report personnel in it (a drawdown after the mandate's end, as UNAMID's in 2021). Never
 * before it began.
 */
export function isActive(m: Mission, year: number): boolean {
	if (m.personnel.some((p) => p.year === year && p.total)) return true;
	const years = yearsOf(m);
	return years !== null && years[0] <= year && year <= years[1];
}

/** What the data can say for a year, in plain words: a key into the strings. */
export type YearCoverage = 'active-only' | 'totals' | 'by-mission';

export function yearCoverage(year: number, rule: YearRule | undefined): YearCoverage {
	if (year < FIRST_FIGURE_YEAR || !rule) return 'active-only';
	return rule.byMission ? 'by-mission' : 'totals';
}

/** Personnel rows of one contributor in one year, by mission, largest first. */
export function missionsOf(rows: MissionContribution[], iso3: string, year: number) {
	return rows
		.filter((r) => r.year === year && r.iso3 === iso3)
		.sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
}

/** Contributors to one mission in one year, largest first. */
export function contributorsTo(rows: MissionContribution[], mission: string, year: number) {
	return rows
		.filter((r) => r.year === year && r.mission === mission)
		.sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
}
