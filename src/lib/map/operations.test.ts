import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Operation } from '$lib/data/decode';
import { MISSION_NO_FIGURE_RADIUS } from '$lib/scales/size';
import { missionRadiusScale, sizes } from '$lib/scales/sizeScales';
import {
	DIAMOND_HALF,
	DIAMOND_PER_RADIUS,
	NO_SIZE_HALF,
	diamondDistance,
	hollowDistance,
	iconSize,
	operationLayers,
	operationPoints,
	sdfImage
} from './operations';
import { lightTheme } from './theme';
import { evaluate as evaluateAs } from './expression.testing';

const evaluate = (
	expr: unknown,
	properties: Record<string, unknown>,
	type: 'number' | 'string' = 'number'
) => evaluateAs(expr, type, { properties });

const operations = JSON.parse(readFileSync('geodata/operations.json', 'utf8')) as Operation[];
const PEAK = 25000;
const radius = sizes(PEAK, 10000).radius;

describe('other bodies’ operations on the map', () => {
	it('draws the operations active in a year, IFOR and SFOR side by side in 1996', () => {
		const points = operationPoints(operations, 1996, 'IFOR').features;
		const ids = points.map((f) => f.properties.id);
		expect(ids).toEqual(expect.arrayContaining(['IFOR', 'SFOR', 'ECOMOG Liberia', 'MFO']));
		expect(ids).not.toContain('EUFOR Althea');
		const ifor = points.find((f) => f.properties.id === 'IFOR')!;
		const sfor = points.find((f) => f.properties.id === 'SFOR')!;
		expect(ifor.geometry.coordinates).toEqual(sfor.geometry.coordinates);
		// IFOR came first: to the west; SFOR to the east.
		expect(ifor.properties.offset[0]).toBeLessThan(0);
		expect(sfor.properties.offset[0]).toBeGreaterThan(0);
		expect(ifor.properties).toMatchObject({ total: 40000, reported: true, selected: true });
		expect(sfor.properties.selected).toBe(false);
	});

	it('marks a year without a reported size', () => {
		const oic = operationPoints(operations, 1997, null).features.find(
			(f) => f.properties.id === 'OIC MT'
		)!;
		expect(oic.properties).toMatchObject({ total: 0, reported: false });
	});

	it.each([100, 1000, 6439, 25000, 40000])(
		'sizes %i personnel as the UN circle of the same area (d3 sqrt scale)',
		(total) => {
			const size = evaluate(iconSize(radius), { total, reported: true }) as number;
			const r = Math.max(MISSION_NO_FIGURE_RADIUS, missionRadiusScale(PEAK)(total));
			// A diamond of half-diagonal h has area 2h²: the circle's πr².
			const half = size * DIAMOND_HALF;
			expect(half).toBeCloseTo(r * DIAMOND_PER_RADIUS, 6);
			expect(2 * half * half).toBeCloseTo(Math.PI * r * r, 4);
		}
	);

	it('gives an operation with no size a fixed small hollow diamond', () => {
		expect(evaluate(iconSize(radius), { total: 0, reported: false })).toBe(
			NO_SIZE_HALF / DIAMOND_HALF
		);
		const [symbols] = operationLayers(lightTheme, radius, true);
		const image = symbols.layout!['icon-image'];
		expect(evaluate(image, { reported: true }, 'string')).toBe('operation-diamond');
		expect(evaluate(image, { reported: false }, 'string')).toBe('operation-ring');
	});

	it('outlines the selected operation in the selection colour', () => {
		const [symbols] = operationLayers(lightTheme, radius, true);
		const halo = symbols.paint!['icon-halo-color'];
		expect(evaluate(halo, { selected: true }, 'string')).toBe(lightTheme.selectedOutline);
		expect(evaluate(halo, { selected: false }, 'string')).toBe(lightTheme.operationStroke);
		expect(evaluate(symbols.paint!['icon-halo-width'], { selected: true })).toBe(3);
		expect(evaluate(symbols.paint!['icon-halo-width'], { selected: false })).toBe(1.25);
	});

	it('makes a diamond, corners on the axes, as a signed-distance image', () => {
		const { width, data } = sdfImage(diamondDistance(DIAMOND_HALF));
		const alpha = (x: number, y: number) =>
			data[((y + width / 2) * width + (x + width / 2)) * 4 + 3];
		const edge = Math.round(255 * 0.75);
		// Inside along the axis up to the corner; outside on the diagonal at the same distance.
		expect(alpha(DIAMOND_HALF - 3, 0)).toBeGreaterThan(edge);
		expect(alpha(0, -(DIAMOND_HALF - 3))).toBeGreaterThan(edge);
		expect(alpha(10, 10)).toBeLessThan(edge);
		expect(alpha(0, 0)).toBe(255);
		const ring = sdfImage(hollowDistance(DIAMOND_HALF, 5));
		expect(ring.data[((width / 2) * width + width / 2) * 4 + 3]).toBe(0);
	});
});
