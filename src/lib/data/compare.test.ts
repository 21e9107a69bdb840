import { describe, expect, it } from 'vitest';
import { geodataAtlas } from '../../../tests/unit/geodataAtlas';
import { hasFigures, runs, spread, yearlyTotals, type YearValue } from './compare';

const atlas = geodataAtlas();

describe('yearlyTotals', () => {
	const pak = new Map(yearlyTotals(atlas, 'PAK'));
	it('gives every year with figures, 1990–2025, as the panel and the map give them', () => {
		expect([...pak.keys()]).toEqual(Array.from({ length: 36 }, (_, i) => 1990 + i));
		expect(pak.get(2024)).toBe(atlas.personnel('PAK', 2024)!.total);
		expect(pak.get(2024)).toBe(2607);
		expect(pak.get(2025)).toBe(2674); // July 2025, the year's own month
	});

	it('leaves a year the report lists no personnel for empty, never zero', () => {
		expect(pak.get(1990)).toBeNull();
		const lbn = yearlyTotals(atlas, 'LBN').filter(([, v]) => v !== null);
		expect(lbn).toEqual([
			[2004, 2],
			[2005, 2]
		]);
	});

	it.each([
		{ iso3: 'IDN', expected: true },
		{ iso3: 'LBN', expected: true },
		{ iso3: 'XYZ', expected: false }
	])('says whether $iso3 ever reported personnel', ({ iso3, expected }) => {
		expect(hasFigures(atlas, iso3)).toBe(expected);
	});
});

describe('runs', () => {
	it.each([
		{ values: [], expected: [] },
		{
			values: [
				[1990, null],
				[1991, 5],
				[1992, 7]
			],
			expected: [
				[
					[1991, 5],
					[1992, 7]
				]
			]
		},
		{
			values: [
				[2003, 1],
				[2004, null],
				[2005, 2],
				[2006, null]
			],
			expected: [[[2003, 1]], [[2005, 2]]]
		},
		{
			// A year without a rule breaks the line too.
			values: [
				[2013, 4],
				[2015, 6]
			],
			expected: [[[2013, 4]], [[2015, 6]]]
		},
		{
			// Zero is a figure, drawn on the line.
			values: [
				[2000, 0],
				[2001, 3]
			],
			expected: [
				[
					[2000, 0],
					[2001, 3]
				]
			]
		}
	] as { values: YearValue[]; expected: [number, number][][] }[])(
		'draws %# through its unbroken years',
		({ values, expected }) => {
			expect(runs(values)).toEqual(expected);
		}
	);
});

describe('spread', () => {
	it.each([
		{ wanted: [10, 50], gap: 12, min: 0, max: 100, expected: [10, 50] },
		{ wanted: [50, 45], gap: 12, min: 0, max: 100, expected: [57, 45] },
		{ wanted: [40, 40, 40], gap: 10, min: 0, max: 100, expected: [40, 50, 60] },
		{ wanted: [98, 99], gap: 10, min: 0, max: 100, expected: [90, 100] },
		{ wanted: [-5], gap: 10, min: 0, max: 100, expected: [0] },
		{ wanted: [], gap: 10, min: 0, max: 100, expected: [] }
	])('places $wanted at least $gap apart', ({ wanted, gap, min, max, expected }) => {
		expect(spread(wanted, gap, min, max)).toEqual(expected);
	});
});
