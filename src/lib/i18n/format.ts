/**
 * Numbers, months and lists as the interface writes them: the one place that formats, used by
 * every feature's strings, the components, the tables and the derivation's notes, in the
 * page's language (LOCALE, ./lang.ts). Every language writes Western digits
 * (docs/translations.md).
 *
 * English figures and months are written out without Intl: the first Intl object (or
 * localeCompare) a page uses loads the browser's locale data, 10–20 ms of main thread before the
 * map is ready. A number these cannot write exactly (not a whole number) falls back to Intl.
 * French and Arabic use Intl throughout. ./format.test.ts checks that both write exactly what
 * Intl writes.
 */
import { LOCALE } from './lang';

export { LOCALE };

/** The formatters of one locale; the module's exports are the page's. */
export function formatters(locale: string) {
	const english = locale === 'en';
	const MONTHS = english
		? 'January February March April May June July August September October November December'.split(
				' '
			)
		: null;
	let number: Intl.NumberFormat | undefined;
	let month: Intl.DateTimeFormat | undefined;
	let monthAndYear: Intl.DateTimeFormat | undefined;
	let list: Intl.ListFormat | undefined;
	const percents = new Map<number, Intl.NumberFormat>();
	const utc = (year: number, m: number) => new Date(Date.UTC(year, m - 1, 15));

	/** A number as Intl.NumberFormat writes it ("1,234", "1 234", "1,234"). */
	const formatNumber = (n: number): string =>
		english && Number.isSafeInteger(n) && !Object.is(n, -0)
			? String(n).replace(/\B(?=(\d{3})+$)/g, ',')
			: (number ??= new Intl.NumberFormat(locale)).format(n);

	/** 1 → "January", "janvier", "يناير". */
	const monthName = (m: number): string =>
		MONTHS
			? MONTHS[m - 1]
			: (month ??= new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })).format(
					utc(2000, m)
				);

	/**
	 * "2024-05" → "May 2024", as Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' })
	 * writes it; "2012" stays. Only months of the data reach it (their schema guarantees the form).
	 */
	const monthYear = (ym: string): string => {
		if (ym.length < 7) return ym;
		const [year, m] = [Number(ym.slice(0, 4)), Number(ym.slice(5, 7))];
		if (MONTHS) return `${MONTHS[m - 1]} ${year}`;
		monthAndYear ??= new Intl.DateTimeFormat(locale, {
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		return monthAndYear.format(utc(year, m));
	};

	/** "Pakistan, Indonesia, and Bangladesh" (views loaded on demand only: it uses Intl). */
	const formatList = (items: string[]): string =>
		(list ??= new Intl.ListFormat(locale)).format(items);

	/**
	 * A percentage (0–100) with `digits` decimals: "35%", "35 %", "35%". Whole percentages are
	 * rounded half up (Math.round), decimals as toFixed writes them.
	 */
	const formatPercent = (percent: number, digits = 0): string => {
		const rounded = digits === 0 ? Math.round(percent) : Number(percent.toFixed(digits));
		if (english) return `${digits === 0 ? rounded : percent.toFixed(digits)}%`;
		let format = percents.get(digits);
		if (!format)
			percents.set(
				digits,
				(format = new Intl.NumberFormat(locale, {
					style: 'percent',
					minimumFractionDigits: digits,
					maximumFractionDigits: digits
				}))
			);
		return format.format(rounded / 100);
	};

	return { formatNumber, monthName, monthYear, formatList, formatPercent };
}

export const { formatNumber, monthName, monthYear, formatList, formatPercent } = formatters(LOCALE);

/**
 * Text of another direction inside a sentence (an English name or acronym in Arabic), wrapped in
 * Unicode's first-strong isolate (U+2068 … U+2069): invisible, and the sentence's punctuation
 * and numbers stay where they belong. Only the Arabic strings use it.
 */
export const isolate = (text: string | number): string => `\u2068${text}\u2069`;
