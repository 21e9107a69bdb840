/**
 * Countries side by side on one chart: each one's yearly totals, the unbroken runs a line is
 * drawn through, and where the lines' end labels go so that none overlaps another.
 */
import type { Atlas } from './atlas';

/** [year, total, or null where the year's report lists no personnel from the country] */
export type YearValue = [number, number | null];

/**
 * A country's uniformed personnel in every year with figures, earliest first: each year as of
 * its own month (December where the sources have it), as the map, panel and tables show it.
 * A year whose report lists none stays null: nothing is filled in.
 */
export function yearlyTotals(atlas: Atlas, iso3: string): YearValue[] {
	return [...atlas.rules.keys()]
		.sort((a, b) => a - b)
		.map((year): YearValue => [year, atlas.personnel(iso3, year)?.total ?? null]);
}

/** True where a country reported personnel in any year: one the picker offers. */
export function hasFigures(atlas: Atlas, iso3: string): boolean {
	return yearlyTotals(atlas, iso3).some(([, v]) => v !== null);
}

/**
 * The runs of consecutive years with a figure: a line is drawn through each run and breaks
 * where a year has none (a lone year is a run of one, drawn as its marker alone).
 */
export function runs(values: YearValue[]): [number, number][][] {
	const out: [number, number][][] = [];
	let current: [number, number][] = [];
	let last: number | null = null;
	for (const [year, value] of values) {
		if (value === null || (last !== null && year !== last + 1)) {
			if (current.length) out.push(current);
			current = [];
		}
		if (value !== null) current.push([year, value]);
		last = year;
	}
	if (current.length) out.push(current);
	return out;
}

/**
 * Positions for labels wanted at `wanted` (one axis, in any order), at least `gap` apart and
 * within [min, max], each as near its own place as that allows; the order is kept.
 */
export function spread(wanted: number[], gap: number, min: number, max: number): number[] {
	const order = wanted.map((_, i) => i).sort((a, b) => wanted[a] - wanted[b] || a - b);
	const placed = order.map((i) => Math.min(max, Math.max(min, wanted[i])));
	for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
	// Pushed past the end: move back up, as far as needed.
	if (placed.length && placed[placed.length - 1] > max) {
		placed[placed.length - 1] = max;
		for (let k = placed.length - 2; k >= 0; k--)
			placed[k] = Math.min(placed[k], placed[k + 1] - gap);
	}
	const out = new Array<number>(wanted.length);
	order.forEach((i, k) => (out[i] = placed[k]));
	return out;
}
