/**
 * Other bodies' operations on the map (the `operations` layer): NATO's, the EU's, the AU's,
 * ECOWAS's, the Arab League's… at their headquarters in the years they were active. They are
 * told apart from the UN's circles by shape: a diamond, an SDF image drawn here at run time
 * (no sprite, no network), in its own colour with an outline in every scheme. Sized by the
 * same square-root scale as the UN's circles, at the same area (a diamond of half-diagonal
 * r·√(π/2) covers what a circle of radius r does), so sizes compare; where no size is reported
 * for the year, a small hollow diamond.
 *
 * Loaded after the map is ready, with operations.json: the first view carries none of it. A
 * year step re-sends nothing: every size an operation has over the years is a drawing of its
 * own, and the step switches drawings on and off in feature state (see `operationDrawings`).
 */
import type {
	ExpressionSpecification,
	GeoJSONSource,
	Map as MapLibreMap,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { operationActive, operationSize, operationYears } from '$lib/data/beyond';
import type { Operation } from '$lib/data/decode';
import { MISSION_NO_FIGURE_RADIUS, sqrtExpression, type SizeScale } from '$lib/scales/size';
import { LABEL_FONT, OPERATION_LAYER, SOURCE } from './ids';
import type { FeatureStates } from './featureState';
import type { MapTheme } from './theme';
import { missionLabel } from '$lib/data/missionLabels';

/** The operations' labels show from this zoom: the world view has no room for them. */
export const LABEL_MINZOOM = 3;

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
	/** The drawing's id: the operation, its size and its place beside others (see `drawingKey`). */
	key: string;
	id: string;
	slug: string;
	body: Operation['body'];
	/** Personnel at the last report month of the year; 0 where none is reported. */
	total: number;
	reported: boolean;
	/** Side by side where two share a headquarters in a year (IFOR and SFOR in 1996), in image px. */
	offset: [number, number];
}

/** An operation drawn one way: a drawing serves every year with the same size and place. */
const drawingKey = (p: Omit<OperationProps, 'key'>) =>
	`${p.id}|${p.reported ? p.total : '-'}|${p.offset[0]}`;

/** The year's active operations as points at their headquarters. */
export function operationPoints(
	operations: Operation[],
	year: number
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
		const props = {
			id: o.id,
			slug: o.slug,
			body: o.body,
			total: size?.total ?? 0,
			reported: size !== null,
			offset: [dx, 0] as [number, number]
		};
		const key = drawingKey(props);
		return {
			type: 'Feature',
			id: key,
			properties: { key, ...props, label: missionLabel(o.id) },
			geometry: { type: 'Point', coordinates: [...o.hq.value.point] }
		};
	});
	return { type: 'FeatureCollection', features };
}

/**
 * Every drawing of every year, and which are shown in each year. A symbol's size is layout,
 * which feature state cannot drive, and a source given new data re-lays out its tiles in the
 * worker over several frames (130–200 ms a year step here). So the symbols' source holds each
 * operation once per size and place it ever has, sent once, and a year step only switches
 * drawings on and off in feature state (`on`), as it does the countries' classes.
 */
export interface OperationDrawings {
	features: FeatureCollection<Point, OperationProps>;
	/** The keys of the drawings shown in each year with any operation. */
	shown: Map<number, string[]>;
}

export function operationDrawings(operations: Operation[]): OperationDrawings {
	const drawings = new Map<string, Feature<Point, OperationProps>>();
	const shown = new Map<number, string[]>();
	const years = operations.map(operationYears);
	const [first, last] = [Math.min(...years.map((y) => y[0])), Math.max(...years.map((y) => y[1]))];
	for (let year = first; year <= last; year++) {
		const points = operationPoints(operations, year).features;
		for (const f of points) drawings.set(f.properties.key, f);
		shown.set(
			year,
			points.map((f) => f.properties.key)
		);
	}
	return { features: { type: 'FeatureCollection', features: [...drawings.values()] }, shown };
}

const reported: ExpressionSpecification = ['==', ['get', 'reported'], true];
/** Feature state: the drawing is the one its operation has in the year shown. */
const on: ExpressionSpecification = ['boolean', ['feature-state', 'on'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

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
		'icon-opacity': ['case', on, 0.7, 0],
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
			source: SOURCE.operationLabels,
			minzoom: LABEL_MINZOOM,
			layout: {
				visibility,
				// The acronym in the page's language (FINUL for UNIFIL), the id where it is the same.
				'text-field': ['coalesce', ['get', 'label'], ['get', 'id']],
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
	operations: Operation[],
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
	// The drawings come with their source: added empty and filled after, the source's tiles were
	// laid out twice, and the map drawn once for each batch of them (docs/performance.md).
	if (!map.getSource(SOURCE.operations)) {
		const drawings = operationDrawings(operations);
		map.addSource(SOURCE.operations, {
			type: 'geojson',
			data: drawings.features,
			promoteId: 'key'
		});
		const source = map.getSource(SOURCE.operations) as GeoJSONSource | undefined;
		if (source) sent.set(source, { operations, drawings, year: Number.NaN, labels: '' });
	}
	if (!map.getSource(SOURCE.operationLabels))
		map.addSource(SOURCE.operationLabels, {
			type: 'geojson',
			data: { type: 'FeatureCollection', features: [] },
			promoteId: 'key'
		});
	const [symbols, label] = operationLayers(theme, radius, visible);
	if (!map.getLayer(symbols.id)) map.addLayer(symbols, before);
	if (!map.getLayer(label.id)) {
		map.addLayer(label);
		// Labels held back below their zoom come when the map reaches it.
		map.on('zoom', () => {
			const source = map.getSource(SOURCE.operations) as GeoJSONSource | undefined;
			const last = source && sent.get(source);
			if (last) sendLabels(map, last);
		});
	}
}

/** What a map's operations sources hold: the drawings, and the labels of `year`. */
interface Sent {
	operations: Operation[];
	drawings: OperationDrawings;
	year: number;
	/** The operations the labels' source holds, as ids. */
	labels: string;
}
const sent = new WeakMap<GeoJSONSource, Sent>();

/**
 * Shows the year's operations and the selected one's outline: feature state on the drawings,
 * sent once, written through the map's `FeatureStates` (which skips what the map holds, so a
 * step writes only the drawings that change). The labels' source holds the year's operations
 * (labels are placed clear of each other, which transparent ones would not be), re-sent only
 * when one begins or ends.
 */
export function setOperations(
	map: MapLibreMap,
	states: FeatureStates,
	operations: Operation[],
	year: number,
	selectedId: string | null
): void {
	const source = map.getSource(SOURCE.operations) as GeoJSONSource | undefined;
	if (!source) return;
	let last = sent.get(source);
	if (!last || last.operations !== operations) {
		const drawings = operationDrawings(operations);
		source.setData(drawings.features);
		last = { operations, drawings, year, labels: '' };
		sent.set(source, last);
	}
	const on = new Set(last.drawings.shown.get(year));
	for (const { properties: p } of last.drawings.features.features)
		states.set(SOURCE.operations, p.key, { on: on.has(p.key), selected: p.id === selectedId });
	last.year = year;
	sendLabels(map, last);
}

/**
 * The labels' source gets the year's operations when they differ from what it holds, and only
 * at a zoom that shows them: new data re-lays out the source's tiles in the worker, a few frames
 * of work (about 150 ms a year step here) for labels no one could see.
 */
function sendLabels(map: MapLibreMap, last: Sent): void {
	if (map.getZoom() < LABEL_MINZOOM) return;
	const labels = map.getSource(SOURCE.operationLabels) as GeoJSONSource | undefined;
	const points = operationPoints(last.operations, last.year);
	const ids = points.features.map((f) => f.properties.id).join();
	if (!labels || ids === last.labels) return;
	labels.setData(points);
	last.labels = ids;
}

/** A theme change: the operations' colours follow. */
export function paintOperations(map: MapLibreMap, theme: MapTheme): void {
	const set = map.setPaintProperty.bind(map) as (id: string, k: string, v: unknown) => void;
	for (const [k, v] of Object.entries(operationPaint(theme))) set(OPERATION_LAYER.symbols, k, v);
	set(OPERATION_LAYER.label, 'text-color', theme.operation);
	set(OPERATION_LAYER.label, 'text-halo-color', theme.labelHalo);
}
