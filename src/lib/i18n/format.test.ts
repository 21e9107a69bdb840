import { describe, expect, it } from 'vitest';
import { formatList, formatNumber, formatPercent, formatters, monthYear } from './format';

describe('the formatters (English, most without Intl)', () => {
	const intl = new Intl.NumberFormat('en');
	it('writes numbers exactly as Intl.NumberFormat("en")', () => {
		const values = [0, 7, 42, 999, 1000, 1001, 12_345, 99_999, 100_000, 123_456, 1_234_567];
		for (const n of [...values, ...values.map((v) => -v), 2.5, 1234.5678, -0.25, NaN, Infinity])
			expect(formatNumber(n)).toBe(intl.format(n));
		for (let n = 1; n < 10_000_000; n = Math.floor(n * 1.37) + 3)
			expect(formatNumber(n)).toBe(intl.format(n));
	});
	it('writes months exactly as Intl.DateTimeFormat("en", month and year)', () => {
		const intlMonth = new Intl.DateTimeFormat('en', {
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		for (const asOf of ['2015-01', '2019-06', '2024-12', '1990-09'])
			expect(monthYear(asOf)).toBe(intlMonth.format(new Date(`${asOf}-15T00:00:00Z`)));
		expect(monthYear('2024-05')).toBe('May 2024');
	});
	it('writes percentages and lists as the panels show them', () => {
		expect([formatPercent(34.67), formatPercent(34.5), formatPercent(34.67, 1)]).toEqual([
			'35%',
			'35%',
			'34.7%'
		]);
		expect(formatList(['Pakistan', 'Indonesia', 'Bangladesh'])).toBe(
			'Pakistan, Indonesia, and Bangladesh'
		);
	});
});

describe('the formatters in French and Arabic (Western digits)', () => {
	const fr = formatters('fr');
	const ar = formatters('ar-u-nu-latn');
	it('groups and writes numbers for the locale', () => {
		expect(fr.formatNumber(12345)).toBe('12\u202f345');
		expect(ar.formatNumber(12345)).toBe('12,345');
		expect(ar.formatNumber(2.5)).toMatch(/^2[.٫]5$/);
	});
	it('names months in the language, with Western digits for the year', () => {
		expect(fr.monthYear('2024-05')).toBe('mai 2024');
		expect(fr.monthName(8)).toBe('août');
		expect(ar.monthYear('2024-05')).toMatch(/^\S+ 2024$/);
		expect(ar.monthYear('2024-05')).not.toMatch(/[٠-٩]/);
	});
	it('writes percentages and lists for the locale', () => {
		expect(fr.formatPercent(34.67)).toMatch(/^35[\u00a0\u202f]%$/);
		expect(fr.formatList(['Pakistan', 'Indonesie', 'Bangladesh'])).toBe(
			'Pakistan, Indonesie et Bangladesh'
		);
		expect(ar.formatPercent(34.67)).not.toMatch(/[٠-٩]/);
	});
});
