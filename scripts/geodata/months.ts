/**
 * What a year's single month hides: for the years with monthly reports (IPI contributor totals,
 * November 1990 – March 2014), where the month a year shows differs from the mean of that year's
 * reports by more than a quarter, and where the source has a run of months without a figure
 * between two like figures (Türkiye's troops, July 1994 – March 1995). The panels and the year
 * overview say so in one sentence; nothing is filled in.
 */
import type { MonthlyFile, YearNote, YearRule } from '../../src/lib/data/schema.ts';

/** A country's reported components in one month; null where the source says NA. */
export interface MonthRow {
	troops: number | null;
	police: number | null;
	experts: number | null;
}

/** Below this mean a quarter is a handful of people: not worth a sentence. */
const MIN_MEAN = 20;
/** A gap: at least this many months without a component, between figures of at least this. */
const GAP_MONTHS = 2;
const GAP_FLOOR = 50;

const total = (r: MonthRow) => (r.troops ?? 0) + (r.police ?? 0) + (r.experts ?? 0);

export function monthsBetween(first: string, last: string): string[] {
	const out: string[] = [];
	let [y, m] = first.split('-').map(Number);
	const [ly, lm] = last.split('-').map(Number);
	while (y < ly || (y === ly && m <= lm)) {
		out.push(`${y}-${String(m).padStart(2, '0')}`);
		if (++m > 12) [y, m] = [y + 1, 1];
	}
	return out;
}

/**
 * @param byCountry iso3 → month → row, as the source reports
 * @param rules the year rules: the month each year shows
 */
export function yearNotes(
	byCountry: Map<string, Map<string, MonthRow>>,
	rules: YearRule[],
	[first, last]: [string, string]
): YearNote[] {
	const notes: YearNote[] = [];
	const months = monthsBetween(first, last);
	const all = new Map<string, number>();
	for (const rows of byCountry.values())
		for (const [month, r] of rows) all.set(month, (all.get(month) ?? 0) + total(r));

	const check = (iso3: string | null, totals: Map<string, number>) => {
		for (const rule of rules) {
			const inYear = months.filter((m) => m.startsWith(`${rule.year}-`));
			if (!inYear.includes(rule.asOf)) continue;
			const values = inYear.map((m) => totals.get(m) ?? 0);
			const mean = values.reduce((s, v) => s + v, 0) / values.length;
			const value = totals.get(rule.asOf) ?? 0;
			if (mean < MIN_MEAN || Math.abs(value - mean) <= mean / 4) continue;
			notes.push({
				iso3,
				year: rule.year,
				kind: 'unrepresentative',
				asOf: rule.asOf,
				value,
				mean: Math.round(mean),
				min: Math.min(...values),
				max: Math.max(...values),
				months: values.length,
				gap: null
			});
		}
	};
	check(null, all);

	for (const [iso3, rows] of [...byCountry].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
		const totals = new Map([...rows].map(([m, r]) => [m, total(r)]));
		check(iso3, totals);
		for (const what of ['troops', 'police', 'experts'] as const) {
			let i = 0;
			while (i < months.length) {
				const v = rows.get(months[i])?.[what] ?? null;
				if (v !== null) {
					i++;
					continue;
				}
				let j = i;
				while (j < months.length && (rows.get(months[j])?.[what] ?? null) === null) j++;
				const before = i > 0 ? rows.get(months[i - 1])?.[what] : null;
				const after = j < months.length ? rows.get(months[j])?.[what] : null;
				// Still a contributor all along (a row every month), like figures on both sides.
				const listed = months.slice(i, j).every((m) => rows.has(m));
				if (
					listed &&
					j - i >= GAP_MONTHS &&
					before != null &&
					after != null &&
					before >= GAP_FLOOR &&
					after >= GAP_FLOOR &&
					after / before >= 0.5 &&
					after / before <= 2
				) {
					const gap = { what, from: months[i], to: months[j - 1], before, after };
					for (const rule of rules) {
						if (rule.asOf < gap.from || rule.asOf > gap.to) continue;
						const inYear = months.filter((m) => m.startsWith(`${rule.year}-`));
						const values = inYear.map((m) => totals.get(m) ?? 0);
						notes.push({
							iso3,
							year: rule.year,
							kind: 'gap',
							asOf: rule.asOf,
							value: totals.get(rule.asOf) ?? 0,
							mean: Math.round(values.reduce((s, x) => s + x, 0) / values.length),
							min: Math.min(...values),
							max: Math.max(...values),
							months: values.length,
							gap
						});
					}
				}
				i = j;
			}
		}
	}
	return notes.sort(
		(a, b) =>
			(a.iso3 ?? '').localeCompare(b.iso3 ?? '') || a.year - b.year || a.kind.localeCompare(b.kind)
	);
}

/**
 * Every month's figures where the sources report monthly: contributor totals from IPI's
 * monthly totals until October 2009, then the sum of IPI's per-mission rows over peacekeeping
 * operations (as the years from 2009 are counted) until February 2014; mission totals from
 * IPI's monthly mission data, then the per-mission rows' sums. Null: no row that month.
 */
export function monthlyFile(
	totals: Map<string, Map<string, MonthRow>>,
	detail: Map<string, Map<string, MonthRow>>,
	missions: Map<string, Map<string, number>>,
	spans: { totals: [string, string]; detail: [string, string] },
	sources: { totals: string; detail: string; missions: string }
): MonthlyFile {
	const months = monthsBetween(spans.totals[0], spans.detail[1]);
	const fromDetail = (m: string) => m >= spans.detail[0];
	const countries: MonthlyFile['countries'] = {};
	const codes = [...new Set([...totals.keys(), ...detail.keys()])].sort();
	for (const iso3 of codes) {
		const series = months.map((m): [number | null, number | null, number | null] | null => {
			const r = (fromDetail(m) ? detail : totals).get(iso3)?.get(m);
			return r ? [r.troops, r.police, r.experts] : null;
		});
		if (series.some((r) => r && (r[0] ?? 0) + (r[1] ?? 0) + (r[2] ?? 0) > 0))
			countries[iso3] = series;
	}
	const missionSeries: MonthlyFile['missions'] = {};
	for (const [id, byMonth] of [...missions].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
		const series = months.map((m) => byMonth.get(m) ?? null);
		if (series.some((n) => n)) missionSeries[id] = series;
	}
	const before = monthBefore(spans.detail[0]);
	return {
		countriesFrom: months[0],
		countriesTo: months[months.length - 1],
		sources: [
			{ from: spans.totals[0], to: before, source: sources.totals },
			{ from: spans.detail[0], to: spans.detail[1], source: sources.detail }
		],
		countries,
		missionSources: [
			{ from: spans.totals[0], to: before, source: sources.missions },
			{ from: spans.detail[0], to: spans.detail[1], source: sources.detail }
		],
		missions: missionSeries
	};
}

function monthBefore(month: string): string {
	let [y, m] = month.split('-').map(Number);
	if (--m < 1) [y, m] = [y - 1, 12];
	return `${y}-${String(m).padStart(2, '0')}`;
}
