/**
 * Numbers, months and lists as the interface writes them: the one place that formats, used by
 * every feature's strings, the components, the tables and the derivation's notes. The interface
 * language is set here once (LOCALE); other languages will format with Intl for their locale.
 *
 * English figures and months are written out without Intl: the first Intl object (or
 * localeCompare) a page uses loads the browser's locale data, 10–20 ms of main thread before the
 * map is ready. A number these cannot write exactly (not a whole number) falls back to Intl.
 * ./format.test.ts checks that both write exactly what Intl writes.
 */

/** The interface language (BCP 47). */
export const LOCALE = 'en';

const MONTHS =
	'January February March April May June July August September October November December'.split(
		' '
	);

let intlNumber: Intl.NumberFormat | undefined;

/** A number as Intl.NumberFormat writes it: whole numbers grouped by threes with commas. */
export function formatNumber(n: number): string {
	return Number.isSafeInteger(n) && !Object.is(n, -0)
		? String(n).replace(/\B(?=(\d{3})+$)/g, ',')
		: (intlNumber ??= new Intl.NumberFormat(LOCALE)).format(n);
}

/** 1 → "January". */
export function monthName(month: number): string {
	return MONTHS[month - 1];
}

/**
 * "2024-05" → "May 2024", as Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric' })
 * writes it; "2012" stays. Only months of the data reach it (their schema guarantees the form).
 */
export function monthYear(ym: string): string {
	return ym.length >= 7 ? `${monthName(Number(ym.slice(5, 7)))} ${ym.slice(0, 4)}` : ym;
}

let intlList: Intl.ListFormat | undefined;

/** "Pakistan, Indonesia and Bangladesh" (views loaded on demand only: it uses Intl). */
export function formatList(items: string[]): string {
	return (intlList ??= new Intl.ListFormat(LOCALE)).format(items);
}

/**
 * A percentage (0–100) with `digits` decimals: "35%", "34.7%". Whole percentages are rounded
 * half up (Math.round), decimals as toFixed writes them.
 */
export function formatPercent(percent: number, digits = 0): string {
	return `${digits === 0 ? Math.round(percent) : percent.toFixed(digits)}%`;
}
