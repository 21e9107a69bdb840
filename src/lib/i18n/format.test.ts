import { describe, expect, it } from 'vitest';
import { formatList, formatNumber, formatPercent, monthYear } from './format';

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
