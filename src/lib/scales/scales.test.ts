import { describe, expect, it } from 'vitest';
import { hostBins, hostExpression, hostScale, HOST_COLOURS, HOSTED_BEFORE_COLOUR } from './hosts';
import { contrastTheme, darkTheme, lightTheme } from '$lib/map/theme';
import { contrastRatio } from './contrast.testing';
import {
	personnelBins,
	personnelClass as personnelClassOf,
	personnelExpression,
	personnelScale,
	PERSONNEL_COLOURS
} from './personnel';
import { radiusExpression, sqrtExpression, MISSION_NO_FIGURE_RADIUS } from './size';
import { linkWidthScale, missionRadiusScale, sizeScale, sizes } from './sizeScales';
import { colour, evaluate } from '$lib/map/expression.testing';

/** A colour no scale uses: what an expression falls back to. */
const FALLBACK = '#010203';
const state = (state: Record<string, unknown>) => ({ state });

describe('personnel scale', () => {
	const scale = personnelScale();

	it('has classes for a skewed distribution', () => {
		expect(personnelBins(scale)).toEqual([
			{ colour: PERSONNEL_COLOURS.light[0], from: 1, to: 100 },
			{ colour: PERSONNEL_COLOURS.light[1], from: 100, to: 500 },
			{ colour: PERSONNEL_COLOURS.light[2], from: 500, to: 1000 },
			{ colour: PERSONNEL_COLOURS.light[3], from: 1000, to: 2500 },
			{ colour: PERSONNEL_COLOURS.light[4], from: 2500, to: 5000 },
			{ colour: PERSONNEL_COLOURS.light[5], from: 5000, to: null }
		]);
	});

	it.each([0, 1, 99, 100, 499, 500, 2607, 5687, 9110, 25000])(
		'the map expression colours %i personnel as the scale does',
		(n) => {
			const expr = personnelExpression(scale, 'personnelClass', FALLBACK);
			const personnelClass = personnelClassOf(scale, n);
			expect(evaluate(expr, 'color', state({ personnelClass }))).toBe(
				colour(n === 0 ? FALLBACK : scale(n))
			);
		}
	);

	it('every legend bin is the colour the map gives its lower bound', () => {
		const expr = personnelExpression(scale, 'personnelClass', FALLBACK);
		for (const bin of personnelBins(scale))
			expect(
				evaluate(expr, 'color', state({ personnelClass: personnelClassOf(scale, bin.from) }))
			).toBe(colour(bin.colour));
	});

	it('one class per colour, in order, and 0 for no personnel', () => {
		expect([0, 1, 100, 500, 1000, 2500, 5000, 9110].map((n) => personnelClassOf(scale, n))).toEqual(
			[0, 1, 2, 3, 4, 5, 6, 6]
		);
	});
});

describe('host scale', () => {
	const scale = hostScale();
	it('colours 1, 2 and 3+ operations', () => {
		expect(hostBins(scale).map((b) => [b.count, b.orMore])).toEqual([
			[1, false],
			[2, false],
			[3, true]
		]);
	});
	it.each([
		{ state: {}, expected: FALLBACK },
		{ state: { hosting: 1 }, expected: scale(1) },
		{ state: { hosting: 2 }, expected: scale(2) },
		{ state: { hosting: 4 }, expected: scale(3) },
		{ state: { hostedBefore: true }, expected: HOSTED_BEFORE_COLOUR }
	])('map expression for $state', ({ state, expected }) => {
		expect(evaluate(hostExpression(scale, FALLBACK), 'color', { state })).toBe(colour(expected));
	});
});

describe('host outlines stand out from the land they are drawn on', () => {
	it.each([
		['light', lightTheme],
		['dark', darkTheme],
		['contrast', contrastTheme]
	] as const)('%s: every class at least 3:1 against OIC and other land', (scheme, theme) => {
		for (const colour of HOST_COLOURS[scheme])
			for (const land of [theme.oicLand, theme.land])
				expect(contrastRatio(colour, land), `${colour} on ${land}`).toBeGreaterThanOrEqual(3);
	});
	it('dark: more operations are lighter, as the contributors’ dark ramp runs', () => {
		const dark = hostBins(hostScale('dark')).map((b) => b.colour);
		const toBg = dark.map((c) => contrastRatio(c, darkTheme.oicLand));
		expect(toBg).toEqual([...toBg].sort((a, b) => a - b));
	});
});

describe('mission radius', () => {
	const scale = missionRadiusScale(25000);
	const spec = sizeScale(scale);
	it.each([100, 1000, 6439, 25000, 40000])(
		'expression radius for %i equals the d3 sqrt scale',
		(n) => {
			const r = evaluate(
				radiusExpression(spec, 'personnel'),
				'number',
				state({ personnel: n })
			) as number;
			expect(r).toBeCloseTo(Math.max(MISSION_NO_FIGURE_RADIUS, scale(n)), 6);
		}
	);
	it('gives active missions without a figure a small fixed size', () => {
		expect(evaluate(radiusExpression(spec, 'personnel'), 'number')).toBe(MISSION_NO_FIGURE_RADIUS);
	});
	it.each([
		{ peak: 25000, expected: [1000, 10000] },
		{ peak: 5000, expected: [1000] }
	])('legend circles for a peak of $peak are the d3 scale at $expected', ({ peak, expected }) => {
		const radius = missionRadiusScale(peak);
		const legend = sizes(peak, 100).radius.legend;
		expect(legend.map(([value]) => value)).toEqual(expected);
		for (const [value, r] of legend) expect(r).toBe(radius(value));
	});
});

describe('link width', () => {
	const scale = linkWidthScale(6000);
	it.each([0, 10, 500, 1955, 6000, 9000])(
		'expression width for %i equals the d3 sqrt scale',
		(n) => {
			const direct = evaluate(
				sqrtExpression(sizeScale(scale), ['to-number', ['feature-state', 'x'], 0]),
				'number',
				state({ x: n })
			) as number;
			expect(direct).toBeCloseTo(scale(n), 6);
		}
	);
	it('is read from the largest contribution', () => {
		expect(sizes(25000, 6000).linkWidth).toEqual({ max: 6000, range: [0.75, 9], legend: [] });
	});
});
