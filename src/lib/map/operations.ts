/**
 * Other bodies' operations on the map (the `operations` layer): NATO's, the EU's, the AU's,
 * ECOWAS's, the Arab League's… at their headquarters in the years they were active. They are
 * told apart from the UN's circles by shape: a diamond, an SDF image drawn here at run time
 * (no sprite, no network), in its own colour with an outline in every scheme. Sized by the
 * same square-root scale as the UN's circles, at the same area (a diamond of half-diagonal
 * r·√(π/2) covers what a circle of radius r does), so sizes compare; where no size is reported
 * for the year, a small hollow diamond.
 *
 * Loaded after the map is ready, with operations.json: the first view carries none of it. The
 * operations are few (15), so a year step re-sends the year's points (their size is layout,
 * which feature state cannot drive).
 */
import type {
	ExpressionSpecification,
	GeoJSONSource,
	Map as MapLibreMap,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { operationActive, operationSize } from '$lib/data/beyond';
import type { Operation } from '$lib/data/decode';
import { MISSION_NO_FIGURE_RADIUS, sqrtExpression, type SizeScale } from '$lib/scales/size';
import { LABEL_FONT, OPERATION_LAYER, SOURCE } from './ids';
import type { MapTheme } from './theme';

/** The images' names in the map's image store. */
export const OPERATION_IMAGE = { filled: 'operation-diamond', hollow: 'operation-ring' } as const;
/** Half-diagonal of the diamond in the image, px; the image adds BUFFER px on each side. */
export const DIAMOND_HALF = 16;
const BUFFER = 8;
/** Width of the hollow diamond's line in the image, px. */
const RING = 5;
/** A diamond's half-diagonal for the circle radius r of the same area. */
export const DIAMOND_PER_RADIUS = Math.sqrt(Math.PI / 2);
/** Half-diagonal on screen (px) of an operation with no size reported in the year. */
export const NO_SIZE_HALF = 8;

/**
 * A signed-distance image as MapLibre's SDF icons read it: the alpha falls by 1/8 per pixel
 * out from the edge, which sits at 0.75 (so an outline, `icon-halo-width`, can reach 6 px of the
 * image outwards). `distance` is positive outside the shape.
 */
export function sdfImage(distance: (x: number, y: number) => number): {
	width: number;
	height: number;
	data: Uint8Array;
} {
	const size = 2 * (DIAMOND_HALF + BUFFER);
	const data = new Uint8Array(size * size * 4);
	for (let j = 0; j < size; j++)
		for (let i = 0; i < size; i++) {
			const d = distance(i + 0.5 - size / 2, j + 0.5 - size / 2);
			const a = Math.round(255 * Math.min(1, Math.max(0, 0.75 - d / 8)));
			data.fill(a, (j * size + i) * 4, (j * size + i) * 4 + 4);
		}
	return { width: size, height: size, data };
}

/** Distance to the edge of a diamond (a square on its corner) of half-diagonal `half`. */
export const diamondDistance = (half: number) => (x: number, y: number) =>
	(Math.abs(x) + Math.abs(y) - half) / Math.SQRT2;

/** Distance to a diamond's outline of width `line`, its outer edge at half-diagonal `half`. */
export const hollowDistance = (half: number, line: number) => (x: number, y: number) =>
	Math.abs(diamondDistance(half - line / 2)(x, y)) - line / 2;

export interface OperationProps {
	id: string;
	slug: string;
	body: Operation['body'];
	/** Personnel at the last report month of the year; 0 where none is reported. */
	total: number;
	reported: boolean;
	selected: boolean;
	/** Side by side where two share a headquarters in a year (IFOR and SFOR in 1996), in image px. */
	offset: [number, number];
}

/** The year's active operations as points at their headquarters. */
export function operationPoints(
	operations: Operation[],
	year: number,
	selected: string | null
): FeatureCollection<Point, OperationProps> {
	const active = operations
		.filter((o) => operationActive(o, year))
		.sort(
			(a, b) =>
				a.start.value[0] - b.start.value[0] || (a.start.value[1] ?? 0) - (b.start.value[1] ?? 0)
		);
	const at = new Map<string, Operation[]>();
	for (const o of active) {
		const key = o.hq.value.point.join();
		at.set(key, [...(at.get(key) ?? []), o]);
	}
	const features: Feature<Point, OperationProps>[] = active.map((o) => {
		const size = operationSize(o, year);
		const same = at.get(o.hq.value.point.join())!;
		const dx = (same.indexOf(o) - (same.length - 1) / 2) * DIAMOND_HALF;
		return {
			type: 'Feature',
			id: o.id,
			properties: {
				id: o.id,
				slug: o.slug,
				body: o.body,
				total: size?.total ?? 0,
				reported: size !== null,
				selected: o.id === selected,
				offset: [dx, 0]
			},
			geometry: { type: 'Point', coordinates: [...o.hq.value.point] }
		};
	});
	return { type: 'FeatureCollection', features };
}

const reported: ExpressionSpecification = ['==', ['get', 'reported'], true];
const selected: ExpressionSpecification = ['==', ['get', 'selected'], true];

/**
 * The icon's size: the UN circles' radius for the same personnel (at least their "no figure"
 * size), as a diamond of the same area, against the image's diamond.
 */
export function iconSize(radius: SizeScale): ExpressionSpecification {
	const r: ExpressionSpecification = [
		'max',
		MISSION_NO_FIGURE_RADIUS,
		sqrtExpression(radius, ['to-number', ['get', 'total'], 0])
	];
	return [
		'case',
		reported,
		['*', DIAMOND_PER_RADIUS / DIAMOND_HALF, r],
		NO_SIZE_HALF / DIAMOND_HALF
	];
}

export function operationPaint(theme: MapTheme): NonNullable<SymbolLayerSpecification['paint']> {
	return {
		'icon-color': theme.operation,
		'icon-opacity': 0.7,
		'icon-halo-color': ['case', selected, theme.selectedOutline, theme.operationStroke],
		'icon-halo-width': ['case', selected, 3, 1.25]
	};
}

export function operationLayers(
	theme: MapTheme,
	radius: SizeScale,
	visible: boolean
): SymbolLayerSpecification[] {
	const visibility = visible ? 'visible' : 'none';
	return [
		{
			id: OPERATION_LAYER.symbols,
			type: 'symbol',
			source: SOURCE.operations,
			layout: {
				visibility,
				'icon-image': ['case', reported, OPERATION_IMAGE.filled, OPERATION_IMAGE.hollow],
				'icon-size': iconSize(radius),
				'icon-offset': ['array', 'number', 2, ['get', 'offset']] as ExpressionSpecification,
				'icon-allow-overlap': true,
				'icon-ignore-placement': true,
				// The larger drawn first: a small operation beside a large one stays visible.
				'symbol-sort-key': ['-', 0, ['to-number', ['get', 'total'], 0]]
			},
			paint: operationPaint(theme)
		},
		{
			id: OPERATION_LAYER.label,
			type: 'symbol',
			source: SOURCE.operations,
			minzoom: 3,
			layout: {
				visibility,
				'text-field': ['get', 'id'],
				'text-font': [LABEL_FONT],
				'text-size': 12,
				'text-offset': [0, 1.6],
				'text-anchor': 'top',
				'text-optional': true
			},
			paint: {
				'text-color': theme.operation,
				'text-halo-color': theme.labelHalo,
				'text-halo-width': 1.4
			}
		}
	];
}

/**
 * Adds the images, the source and the layers: the symbols under the selection's lines and the
 * UN's circles (`before`), which stay in sight over them (UNMIBH inside IFOR); labels on top.
 */
export function addOperations(
	map: MapLibreMap,
	theme: MapTheme,
	radius: SizeScale,
	visible: boolean,
	before: string
): void {
	if (!map.hasImage(OPERATION_IMAGE.filled))
		map.addImage(OPERATION_IMAGE.filled, sdfImage(diamondDistance(DIAMOND_HALF)), { sdf: true });
	if (!map.hasImage(OPERATION_IMAGE.hollow))
		map.addImage(OPERATION_IMAGE.hollow, sdfImage(hollowDistance(DIAMOND_HALF, RING)), {
			sdf: true
		});
	if (!map.getSource(SOURCE.operations))
		map.addSource(SOURCE.operations, {
			type: 'geojson',
			data: { type: 'FeatureCollection', features: [] },
			promoteId: 'id'
		});
	const [symbols, label] = operationLayers(theme, radius, visible);
	if (!map.getLayer(symbols.id)) map.addLayer(symbols, before);
	if (!map.getLayer(label.id)) map.addLayer(label);
}

export function setOperations(
	map: MapLibreMap,
	operations: Operation[],
	year: number,
	selectedId: string | null
): void {
	const source = map.getSource(SOURCE.operations) as GeoJSONSource | undefined;
	if (!source) return;
	const points = operationPoints(operations, year, selectedId);
	// Most year steps leave the operations as they were (none began, ended or changed size):
	// those skip the worker's round trip, and the map is idle in the frame after the key.
	const key = JSON.stringify(points.features);
	if (sent.get(source) === key) return;
	sent.set(source, key);
	source.setData(points);
}

/** What each map's operations source last received. */
const sent = new WeakMap<GeoJSONSource, string>();

/** A theme change: the operations' colours follow. */
export function paintOperations(map: MapLibreMap, theme: MapTheme): void {
	const set = map.setPaintProperty.bind(map) as (id: string, k: string, v: unknown) => void;
	for (const [k, v] of Object.entries(operationPaint(theme))) set(OPERATION_LAYER.symbols, k, v);
	set(OPERATION_LAYER.label, 'text-color', theme.operation);
	set(OPERATION_LAYER.label, 'text-halo-color', theme.labelHalo);
}
