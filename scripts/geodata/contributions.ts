/**
 * Uniformed personnel by contributing country, year and mission, under one annual rule:
 * each year's figure is the one reported for a single month, December where the sources
 * have it (see YEAR_RULES), so every figure has an "as of" month.
 */
import type {
	ContributionsFile,
	Discrepancy,
	MissionContributionRow,
	YearNote,
	YearRule
} from '../../src/lib/data/schema.ts';
import type { MissionCodes } from './codes.ts';
import { yearNotes, type MonthRow } from './months.ts';
import { add, count, type SourceDir } from './read.ts';
import type { NameResolver } from './names.ts';
import { SOURCE } from './sources.ts';

export const ANNUAL_RULE =
	'Each year shows the uniformed personnel reported for one month: December where the sources have it; ' +
	'February 2014 (the last month both IPI files cover), February 2018 (the only 2018 UN report with a ' +
	'mission breakdown) and July 2025 (the latest report). 1990–2008: IPI monthly totals (all missions ' +
	'together). 2009–2014: IPI contributor-by-mission data. 2015–2025: UN DPO reports. Troops include ' +
	'staff officers; police include formed police units. Peacekeeping operations only: special political ' +
	'missions are counted apart.';

export function yearRules(): YearRule[] {
	const rules: YearRule[] = [];
	for (let year = 1990; year <= 2025; year++) {
		const month = year === 2014 ? '02' : year === 2018 ? '02' : year === 2025 ? '07' : '12';
		const source = year <= 2008 ? SOURCE.ipiTotals : year <= 2014 ? SOURCE.ipiGender : SOURCE.unDpo;
		rules.push({ year, asOf: `${year}-${month}`, source, byMission: year >= 2009 });
	}
	return rules;
}

/** Counts of one contributor in one mission: null where the source gives no such column. */
interface Detail {
	troops: number | null;
	staffOfficers: number | null;
	police: number | null;
	formedPolice: number | null;
	experts: number | null;
	total: number | null;
	women: number | null;
}

const empty = (): Detail => ({
	troops: null,
	staffOfficers: null,
	police: null,
	formedPolice: null,
	experts: null,
	total: null,
	women: null
});

type Key = `${number}|${string}|${string}`;

/** Per (year, contributor, mission) detail from the IPI gender file and the UN DPO reports. */
export function missionDetails(
	src: SourceDir,
	rules: YearRule[],
	codes: MissionCodes,
	/** Every month of the IPI per-mission file, by country and mission: for the monthly file. */
	everyMonth?: (month: string, iso3: string, mission: string, row: MonthRow) => void
): Map<Key, Detail> {
	const byMonth = new Map(rules.filter((r) => r.byMission).map((r) => [r.asOf, r]));
	const details = new Map<Key, Detail>();
	const at = (key: Key) => details.get(key) ?? details.set(key, empty()).get(key)!;

	const gender = 'ipi_gender_full_2009_2014.csv';
	src.csv(gender).forEach((row, i) => {
		const month = row.Date.slice(0, 7);
		const mission = codes.resolve(gender, row.Mission, month);
		const where = `${gender} row ${i + 2}`;
		if (!mission) return;
		// Each cell read once, for the month's row and for the year's figure.
		const police = count(row['Individual Police Total'], where);
		const formedPolice = count(row['Formed Police Units Total'], where);
		const experts = count(row['Experts on Mission Total'], where);
		const troops = count(row['Troops Total'], where);
		const iso3 = row['Contributor ISO-3'];
		everyMonth?.(month, iso3, mission, { troops, police: add(police, formedPolice), experts });
		const rule = byMonth.get(month);
		if (rule?.source !== SOURCE.ipiGender) return;
		const d = at(`${rule.year}|${iso3}|${mission}`);
		d.police = add(d.police, police);
		d.formedPolice = add(d.formedPolice, formedPolice);
		d.experts = add(d.experts, experts);
		d.troops = add(d.troops, troops);
		d.total = add(d.total, count(row['Total Total'], where));
		d.women = add(d.women, count(row['Total Female'], where));
	});

	const un = 'un_dpo_contributions_snapshots_2015_2025.csv';
	const field: Record<string, keyof Detail> = {
		troops: 'troops',
		staff_officer: 'staffOfficers',
		individual_police: 'police',
		formed_police_unit: 'formedPolice',
		experts_on_mission: 'experts'
	};
	src.csv(un).forEach((row, i) => {
		const rule = byMonth.get(row.date.slice(0, 7));
		const where = `${un} row ${i + 2}`;
		if (rule?.source !== SOURCE.unDpo) {
			throw new Error(`${where}: report date ${row.date} matches no year rule; update yearRules()`);
		}
		const kind = field[row.personnel_type_norm];
		if (!kind) throw new Error(`${where}: unknown personnel type "${row.personnel_type_norm}"`);
		const total = count(row.total, where);
		// Some reports list a type with nobody in it (302 rows from 2021): not a contribution.
		if (!total) return;
		const men = count(row.male, where);
		const women = count(row.female, where);
		if (total !== (men ?? 0) + (women ?? 0)) {
			throw new Error(`${where}: male ${men} + female ${women} is not the total ${total}`);
		}
		const mission = codes.resolve(un, row.mission, row.date.slice(0, 7));
		if (!mission) return;
		const d = at(`${rule.year}|${row.iso3}|${mission}`);
		d[kind] = add(d[kind], total);
		d.total = add(d.total, total);
		d.women = add(d.women, women);
	});
	return details;
}

export function missionRows(details: Map<Key, Detail>): MissionContributionRow[] {
	return [...details.entries()]
		.map(([key, d]) => {
			const [year, iso3, mission] = key.split('|');
			return [
				Number(year),
				iso3,
				mission,
				d.troops,
				d.staffOfficers,
				d.police,
				d.formedPolice,
				d.experts,
				d.total,
				d.women
			] as MissionContributionRow;
		})
		.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]));
}

export interface CountryYears {
	file: ContributionsFile;
	/** IPI's monthly totals: iso3 → month → row, and the months they span. */
	monthly: Map<string, Map<string, MonthRow>>;
	span: [string, string];
	/** Notes on single countries' years, for the on-demand detail file. */
	countryNotes: YearNote[];
	discrepancies: Discrepancy[];
}

/**
 * Country totals per year. 1990–2008 from IPI totals; from 2009 the sum of the per-mission
 * detail over peacekeeping operations, so a country's total equals the sum of its missions.
 */
export function countryYears(
	src: SourceDir,
	names: NameResolver,
	rules: YearRule[],
	details: Map<Key, Detail>,
	isPko: (mission: string) => boolean
): CountryYears {
	const rows: ContributionsFile['rows'] = [];
	const political: ContributionsFile['politicalMissions'] = [];
	const discrepancies: Discrepancy[] = [];

	const totalsFile = 'ipi_contributor_monthly_totals_1990_2014.csv';
	const ipiTotals = new Map<string, number>(); // `${month}|${iso3}` → total
	const monthly = new Map<string, Map<string, MonthRow>>(); // iso3 → month → row
	let span: [string, string] = ['9999-12', '0000-01'];
	src.csv(totalsFile).forEach((row, i) => {
		const where = `${totalsFile} row ${i + 2}`;
		const iso3 = names.resolve(row.Contributor, where);
		if (!iso3) throw new Error(`${where}: "${row.Contributor}" is not a country`);
		const troops = count(row.Troops, where);
		const police = count(row.Police, where);
		const experts = count(row.Experts, where);
		const total = add(add(troops, police), experts);
		const month = row.Date.slice(0, 7);
		ipiTotals.set(`${month}|${iso3}`, total ?? 0);
		const rowsOf = monthly.get(iso3) ?? monthly.set(iso3, new Map()).get(iso3)!;
		rowsOf.set(month, { troops, police, experts });
		if (month < span[0]) span = [month, span[1]];
		if (month > span[1]) span = [span[0], month];
		const rule = rules.find((r) => r.asOf === month);
		if (rule?.source !== SOURCE.ipiTotals || total === null) return;
		rows.push([iso3, rule.year, troops, police, experts, total, null]);
	});

	const sums = new Map<string, { pko: Detail; spm: number }>();
	for (const [key, d] of details) {
		const [year, iso3, mission] = key.split('|');
		const k = `${year}|${iso3}`;
		const s = sums.get(k) ?? sums.set(k, { pko: empty(), spm: 0 }).get(k)!;
		if (!isPko(mission)) {
			s.spm += d.total ?? 0;
			continue;
		}
		s.pko.troops = add(s.pko.troops, add(d.troops, d.staffOfficers));
		s.pko.police = add(s.pko.police, add(d.police, d.formedPolice));
		s.pko.experts = add(s.pko.experts, d.experts);
		s.pko.total = add(s.pko.total, d.total);
		s.pko.women = add(s.pko.women, d.women);
	}
	for (const [k, { pko, spm }] of sums) {
		const [yearText, iso3] = k.split('|');
		const year = Number(yearText);
		if (pko.total)
			rows.push([iso3, year, pko.troops, pko.police, pko.experts, pko.total, pko.women]);
		if (spm) political.push([iso3, year, spm]);

		// Where the IPI totals cover the same month, record any disagreement.
		const rule = rules.find((r) => r.year === year)!;
		const other = ipiTotals.get(`${rule.asOf}|${iso3}`);
		const all = (pko.total ?? 0) + spm;
		if (rule.source === SOURCE.ipiGender && other !== undefined && other !== all) {
			discrepancies.push({
				what: 'uniformed personnel in all missions',
				iso3,
				month: rule.asOf,
				values: [
					{ source: SOURCE.ipiGender, value: all },
					{ source: SOURCE.ipiTotals, value: other }
				],
				used: SOURCE.ipiGender
			});
		}
	}

	// Only the years whose figure is these monthly totals (1990–2008): from 2009 the figure shown
	// is the per-mission sum, which the totals (political missions included) would not match.
	const notes = yearNotes(
		monthly,
		rules.filter((r) => r.source === SOURCE.ipiTotals),
		span
	);
	rows.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
	political.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
	discrepancies.sort((a, b) => a.month.localeCompare(b.month) || a.iso3!.localeCompare(b.iso3!));
	return {
		file: {
			rule: ANNUAL_RULE,
			years: rules,
			columns: ['iso3', 'year', 'troops', 'police', 'experts', 'total', 'women'],
			rows,
			politicalMissions: political,
			notes: notes.filter((n) => n.iso3 === null),
			months: { from: span[0], to: span[1] }
		},
		countryNotes: notes.filter((n) => n.iso3 !== null),
		monthly,
		span,
		discrepancies
	};
}
