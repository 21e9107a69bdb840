import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Operation } from '$lib/data/decode';
import { MISSION_NO_FIGURE_RADIUS } from '$lib/scales/size';
import { missionRadiusScale, sizes } from '$lib/scales/sizeScales';
import {
	DIAMOND_HALF,
	DIAMOND_PER_RADIUS,
	NO_SIZE_HALF,
	addOperations,
	diamondDistance,
	hollowDistance,
	iconSize,
	operationDrawings,
	operationLayers,
	operationPoints,
	sdfImage,
	setOperations
} from './operations';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { FeatureStates } from './featureState';
import { SOURCE } from './ids';
import { lightTheme } from './theme';
import { evaluate as evaluateAs } from './expression.testing';

const evaluate = (
	expr: unknown,
	properties: Record<string, unknown>,
	type: 'number' | 'string' = 'number',
	state: Record<string, unknown> = {}
) => evaluateAs(expr, type, { properties, state });

const operations = JSON.parse(readFileSync('geodata/operations.json', 'utf8')) as Operation[];
const PEAK = 25000;
const radius = sizes(PEAK, 10000).radius;

describe('other bodies’ operations on the map', () => {
	it('draws the operations active in a year, IFOR and SFOR side by side in 1996', () => {
		const points = operationPoints(operations, 1996).features;
		const ids = points.map((f) => f.properties.id);
		expect(ids).toEqual(expect.arrayContaining(['IFOR', 'SFOR', 'ECOMOG Liberia', 'MFO']));
		expect(ids).not.toContain('EUFOR Althea');
		const ifor = points.find((f) => f.properties.id === 'IFOR')!;
		const sfor = points.find((f) => f.properties.id === 'SFOR')!;
		expect(ifor.geometry.coordinates).toEqual(sfor.geometry.coordinates);
		// IFOR came first: to the west; SFOR to the east.
		expect(ifor.properties.offset[0]).toBeLessThan(0);
		expect(sfor.properties.offset[0]).toBeGreaterThan(0);
		expect(ifor.properties).toMatchObject({ total: 40000, reported: true });
	});

	it('draws each year from drawings sent once: a step switches them on and off', () => {
		const { features, shown } = operationDrawings(operations);
		const keys = features.features.map((f) => f.id);
		expect(new Set(keys).size, 'one feature per drawing').toBe(keys.length);
		for (const year of [1960, 1982, 1996, 2004, 2013, 2025]) {
			const year_ = operationPoints(operations, year).features;
			const on = shown.get(year) ?? [];
			// The year's drawings, each with the year's size and place.
			expect(on).toEqual(year_.map((f) => f.properties.key));
			for (const f of year_)
				expect(features.features.find((d) => d.id === f.properties.key)?.properties).toEqual(
					f.properties
				);
		}
		// IFOR's 60,000 of 1995 and its 40,000 beside SFOR in 1996 are two drawings.
		expect(keys.filter((k) => String(k).startsWith('IFOR|'))).toHaveLength(2);
	});

	it('joins the map with its drawings in its source: laid out once, not empty and then full', () => {
		type Source = { data: { features: unknown[] }; sets: number; setData(): void };
		const sources = new Map<string, Source>();
		const map = {
			hasImage: () => false,
			addImage: () => {},
			getSource: (id: string) => sources.get(id),
			addSource: (id: string, spec: { data: { features: unknown[] } }) => {
				const source: Source = { data: spec.data, sets: 0, setData: () => void source.sets++ };
				sources.set(id, source);
			},
			getLayer: () => undefined,
			addLayer: () => {},
			on: () => {},
			getZoom: () => 2,
			setFeatureState: () => {}
		} as unknown as MapLibreMap;
		addOperations(map, operations, lightTheme, radius, true, 'links');
		const drawn = sources.get(SOURCE.operations)!;
		expect(drawn.data.features.length).toBe(operationDrawings(operations).features.features.length);
		setOperations(map, new FeatureStates(map), operations, 1996, null);
		expect(drawn.sets).toBe(0);
	});

	it('marks a year without a reported size', () => {
		const oic = operationPoints(operations, 1997).features.find(
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
		const as = (state: Record<string, boolean>, e: unknown, t: 'number' | 'string' = 'number') =>
			evaluate(e, {}, t, state);
		expect(as({ selected: true }, halo, 'string')).toBe(lightTheme.selectedOutline);
		expect(as({ selected: false }, halo, 'string')).toBe(lightTheme.operationStroke);
		expect(as({ selected: true }, symbols.paint!['icon-halo-width'])).toBe(3);
		expect(as({}, symbols.paint!['icon-halo-width'])).toBe(1.25);
	});

	it('shows a drawing only in its years: the others are transparent', () => {
		const [symbols] = operationLayers(lightTheme, radius, true);
		const opacity = symbols.paint!['icon-opacity'];
		expect(evaluate(opacity, {}, 'number', { on: true })).toBe(0.7);
		expect(evaluate(opacity, {}, 'number', { on: false })).toBe(0);
		expect(evaluate(opacity, {}, 'number', {})).toBe(0);
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
