/**
 * The map style as pure functions of a theme and the scales: no network, no glyph server.
 * Per-year values live in feature state (set by ./featureState.ts), so moving through the
 * years restyles features without re-uploading any shape.
 */
import type {
	BackgroundLayerSpecification,
	CircleLayerSpecification,
	ExpressionSpecification,
	FillLayerSpecification,
	LayerSpecification,
	LineLayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { hostExpression, type HostScale } from '$lib/scales/hosts';
import { personnelExpression, type PersonnelScale } from '$lib/scales/personnel';
import { radiusExpression, sqrtExpression, type SizeScale } from '$lib/scales/size';
import { LABEL_FONT, LAYER, SOURCE } from './ids';
import type { LabelFace } from '$lib/i18n/fonts';
import type { MapTheme } from './theme';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

const state = (key: string): ExpressionSpecification => ['feature-state', key];
const flag = (key: string): ExpressionSpecification => ['boolean', state(key), false];
const isSelected = flag('selected');
/**
 * A constant written as a per-feature value. MapLibre compiles one shader program per set of
 * properties that vary by feature: layers that differ only in which of them are constant share a
 * program once these match. Each program costs a compile on the reader's first load (about 0.15 s
 * each in software WebGL, docs/testing.md).
 */
const perFeature = <T extends string | number>(value: T): ExpressionSpecification => [
	'case',
	isSelected,
	value,
	value
];
/**
 * Today's OIC members and observers carry `oic` in their properties (other states an empty
 * string): only the labels' priority reads it, because layout cannot read feature state.
 */
const isOic: ExpressionSpecification = ['!=', ['get', 'oic'], ''];
/**
 * The OIC as it was in the year shown: feature state `oic` is 1 for a member, 2 for an observer,
 * 0 before a state joined, while it was suspended, and for states that never joined.
 */
const oicThen: ExpressionSpecification = ['to-number', state('oic'), 0];
const isOicThen: ExpressionSpecification = ['>', oicThen, 0];
export const OIC_STATE = { none: 0, member: 1, observer: 2 } as const;

/** Below this area (km²) a country is drawn as a dot too, so it can be seen and clicked. */
export const SMALL_COUNTRY_KM2 = 3000;

/** Country names appear as the zoom makes room: OIC states and large countries first. */
const labelByArea: ExpressionSpecification = [
	'step',
	['zoom'],
	[
		'case',
		['any', ['>=', ['get', 'area'], 600000], ['all', isOic, ['>=', ['get', 'area'], 100000]]],
		['get', 'name'],
		''
	],
	2,
	['case', ['any', ['>=', ['get', 'area'], 60000], isOic], ['get', 'name'], ''],
	3.5,
	['case', ['>=', ['get', 'area'], 2000], ['get', 'name'], ''],
	5,
	['get', 'name']
];

export interface Scales {
	personnel: PersonnelScale;
	hosts: HostScale;
	radius: SizeScale;
	linkWidth: SizeScale;
}

export interface StyleOptions {
	theme: MapTheme;
	scales: Scales;
	/** The self-hosted label faces (woff2, absolute URLs): MapLibre's `font-faces` entry. */
	labelFaces: string | LabelFace[];
	/** Whether the fill shows contributors' personnel or only the OIC lens. */
	contributors: boolean;
	/** A theme of the articles is chosen: its countries stand out, the others recede. */
	highlighting?: boolean;
	/**
	 * Labels' size against the explorer's (1): a lecture hall reads the map from far away, so a
	 * presentation scales them with the window. Larger labels also collide sooner: fewer show.
	 */
	labelScale?: number;
	/**
	 * The fill when the map colours the fallen (?measure=fallen): built by ./fallen.ts, loaded
	 * with the fatalities. Null or absent: personnel, as `contributors` says.
	 */
	fallenFill?: ExpressionSpecification | null;
}

export function backgroundLayer(theme: MapTheme): BackgroundLayerSpecification {
	return { id: LAYER.background, type: 'background', paint: { 'background-color': theme.sea } };
}

/** Land where no personnel colour applies: the year's OIC states in their own tint. */
export function landColour(theme: MapTheme): ExpressionSpecification {
	return ['case', isOicThen, theme.oicLand, theme.land];
}

/**
 * The fill colour: while contributors show, the year's OIC states by personnel sent and every
 * other state plain land, whatever it sent: the map's subject stands on a background that
 * carries no data colour (a faded ramp still read as a class). Land only, otherwise.
 */
export function fillColour(
	o: Pick<StyleOptions, 'theme' | 'scales' | 'contributors' | 'fallenFill'>
): ExpressionSpecification {
	if (o.fallenFill) return o.fallenFill;
	return o.contributors
		? [
				'case',
				isOicThen,
				personnelExpression(o.scales.personnel, 'personnelClass', o.theme.oicLand),
				o.theme.land
			]
		: landColour(o.theme);
}

export function countryFillLayer(o: StyleOptions): FillLayerSpecification {
	return {
		id: LAYER.countryFill,
		type: 'fill',
		source: SOURCE.countries,
		paint: {
			// The borders' line layer already draws every edge, coasts included, antialiased: the
			// fill's own outline pass would draw them again, with one more shader program.
			'fill-antialias': false,
			'fill-color': fillColour(o),
			// A theme's countries stand out by fading the others, unless personnel colours show:
			// then the classes and the legend's "none reported" already tell them apart, and a
			// faded OIC state would match no key.
			'fill-opacity':
				o.highlighting && !o.contributors && !o.fallenFill ? ['case', flag('inTheme'), 1, 0.18] : 1
		}
	};
}

export function countryBorderLayer(theme: MapTheme): LineLayerSpecification {
	return {
		id: LAYER.countryBorder,
		type: 'line',
		source: SOURCE.countries,
		paint: {
			'line-color': theme.border,
			'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 1.2]
		}
	};
}

/**
 * The year's OIC observers, told apart from members by more than colour: a dashed outline.
 * Only today's observers can have been observers (the filter); feature state shows it in the
 * years they were.
 */
export function observerOutlineLayer(theme: MapTheme): LineLayerSpecification {
	return {
		id: LAYER.observerOutline,
		type: 'line',
		source: SOURCE.countries,
		filter: ['==', ['get', 'oic'], 'observer'],
		paint: {
			'line-color': theme.observerOutline,
			'line-width': ['interpolate', ['linear'], ['zoom'], 1, 1.2, 5, 2],
			'line-dasharray': [2, 1.5],
			'line-opacity': ['case', ['==', oicThen, OIC_STATE.observer], 1, 0]
		}
	};
}

/** Host states: an outline in the hosts scale's colour, thicker while operations are active. */
export function hostOutlineLayer(o: StyleOptions): LineLayerSpecification {
	return {
		id: LAYER.hostOutline,
		type: 'line',
		source: SOURCE.countries,
		filter: ['==', ['get', 'host'], true],
		paint: {
			'line-color': hostExpression(o.scales.hosts, o.theme.border),
			'line-width': [
				'case',
				['>', ['to-number', state('hosting'), 0], 0],
				2.5,
				flag('hostedBefore'),
				1.25,
				0
			],
			// The same shader program as the selection's outline (see perFeature).
			'line-opacity': perFeature(1)
		}
	};
}

/**
 * The selected (or hovered) country's outline. It is drawn under the host outline and, on a
 * host, wider than it: the host's orange line runs inside a dark casing, so a selected host
 * reads as both.
 */
export function countrySelectedLayer(theme: MapTheme): LineLayerSpecification {
	const width = (plain: number): ExpressionSpecification => [
		'case',
		['>', ['to-number', state('hosting'), 0], 0],
		plain + 4,
		flag('hostedBefore'),
		plain + 2.5,
		plain
	];
	return {
		id: LAYER.countrySelected,
		type: 'line',
		source: SOURCE.countries,
		paint: {
			// The same shader program as the hosts' outline (see perFeature).
			'line-color': perFeature(theme.selectedOutline),
			'line-width': ['case', isSelected, width(3), flag('hovered'), width(2.5), 0],
			'line-opacity': ['case', ['any', isSelected, flag('hovered')], 1, 0]
		}
	};
}

/** Lines from contributors to missions; dashed where only Geo-PKO presence is known. */
export function linkLayers(o: StyleOptions): LineLayerSpecification[] {
	const width = sqrtExpression(o.scales.linkWidth, ['to-number', ['get', 'personnel'], 0]);
	return [
		{
			id: LAYER.links,
			type: 'line',
			source: SOURCE.links,
			filter: ['==', ['get', 'kind'], 'personnel'],
			layout: { 'line-cap': 'round' },
			paint: {
				'line-color': o.theme.link,
				'line-width': width,
				'line-opacity': ['case', ['get', 'oic'], 0.8, 0.22]
			}
		},
		{
			id: LAYER.linksPresence,
			type: 'line',
			source: SOURCE.links,
			filter: ['==', ['get', 'kind'], 'presence'],
			paint: {
				'line-color': o.theme.link,
				'line-width': 1.5,
				'line-dasharray': [2, 2],
				'line-opacity': ['case', ['get', 'oic'], 0.85, 0.25]
			}
		}
	];
}

/**
 * Mission headquarters, in two layers: closed ones as small rings, and above them the active
 * ones, filled and sized by personnel. A ring never covers an active circle (MINURCA, closed in
 * 2000, sits inside MINUSCA's), and a click at a point picks the active mission first. Which
 * layer shows a mission is its phase, feature state: a year step re-sends nothing.
 */
export function missionCircleLayers(o: StyleOptions): CircleLayerSpecification[] {
	const phase: ExpressionSpecification = ['string', state('phase'), 'future'];
	const stroke = (shown: string): ExpressionSpecification => [
		'match',
		phase,
		shown,
		['case', isSelected, 3, 1.25],
		0
	];
	return [
		{
			id: LAYER.missionRings,
			type: 'circle',
			source: SOURCE.missions,
			filter: ['==', ['get', 'kind'], 'pko'],
			paint: {
				'circle-radius': ['match', phase, 'closed', 3.5, 0],
				// Per feature, as the active missions' and the host badges' (see perFeature).
				'circle-color': perFeature(o.theme.missionClosed),
				'circle-opacity': 0,
				'circle-stroke-color': o.theme.missionClosed,
				'circle-stroke-width': stroke('closed')
			}
		},
		{
			id: LAYER.missionCircles,
			type: 'circle',
			source: SOURCE.missions,
			filter: ['==', ['get', 'kind'], 'pko'],
			// The larger drawn first: a small operation beside a large one stays visible.
			layout: { 'circle-sort-key': ['-', 0, ['get', 'peak']] },
			paint: {
				'circle-radius': [
					'match',
					phase,
					'active',
					radiusExpression(o.scales.radius, 'personnel'),
					0
				],
				'circle-color': perFeature(o.theme.mission),
				'circle-opacity': 0.55,
				'circle-stroke-color': o.theme.missionStroke,
				'circle-stroke-width': stroke('active')
			}
		}
	];
}

/** Small states (Bahrain, the Maldives, Comoros...) as dots: visible and clickable at any zoom. */
export function countryDotLayer(o: StyleOptions): CircleLayerSpecification {
	return {
		id: LAYER.countryDot,
		type: 'circle',
		source: SOURCE.labels,
		filter: ['<', ['get', 'area'], SMALL_COUNTRY_KM2],
		maxzoom: 6,
		paint: {
			'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3.5, 5, 5],
			'circle-color': fillColour(o),
			'circle-opacity': o.fallenFill ? 1 : ['case', isOicThen, 1, o.theme.otherOpacity],
			'circle-stroke-color': ['case', isSelected, o.theme.selectedOutline, o.theme.border],
			'circle-stroke-width': ['case', isSelected, 2.5, 1]
		}
	};
}

/** A badge on each host state while it hosts: small hosts like Lebanon stay visible. */
export function hostBadgeLayer(o: StyleOptions): CircleLayerSpecification {
	return {
		id: LAYER.hostBadge,
		type: 'circle',
		source: SOURCE.labels,
		filter: ['==', ['get', 'host'], true],
		paint: {
			'circle-radius': ['case', ['>', ['to-number', state('hosting'), 0], 0], 6, 0],
			'circle-color': hostExpression(o.scales.hosts, o.theme.border),
			'circle-stroke-color': o.theme.badgeStroke,
			// The same shader program as the missions' circles (see perFeature).
			'circle-stroke-width': perFeature(1.5),
			'circle-translate': [0, -12]
		}
	};
}

/** The label layers' sizes at a scale (see StyleOptions.labelScale): layout, set apart from paint. */
export function labelLayout(scale = 1): Record<string, SymbolLayerSpecification['layout']> {
	return {
		[LAYER.countryLabel]: {
			'text-size': ['interpolate', ['linear'], ['zoom'], 1, 11 * scale, 4, 15 * scale],
			'text-padding': 3 * scale
		},
		[LAYER.missionLabel]: { 'text-size': 12 * scale }
	};
}

export function countryLabelLayer(theme: MapTheme, scale = 1): SymbolLayerSpecification {
	return {
		id: LAYER.countryLabel,
		type: 'symbol',
		source: SOURCE.labels,
		layout: {
			'text-field': labelByArea,
			'text-font': [LABEL_FONT],
			...labelLayout(scale)[LAYER.countryLabel],
			'text-max-width': 7,
			// OIC states, then larger countries, win label collisions.
			'symbol-sort-key': ['-', 0, ['+', ['get', 'area'], ['case', isOic, 1e7, 0]]]
		},
		paint: {
			'text-color': theme.label,
			'text-halo-color': theme.labelHalo,
			'text-halo-width': 1.4
		}
	};
}

export function missionLabelLayer(theme: MapTheme, scale = 1): SymbolLayerSpecification {
	return {
		id: LAYER.missionLabel,
		type: 'symbol',
		source: SOURCE.missions,
		filter: ['==', ['get', 'kind'], 'pko'],
		minzoom: 3,
		layout: {
			// The acronym in the page's language (FINUL for UNIFIL), the id where it is the same.
			'text-field': ['coalesce', ['get', 'label'], ['get', 'id']],
			'text-font': [LABEL_FONT],
			...labelLayout(scale)[LAYER.missionLabel],
			'text-offset': [0, 1.4],
			'text-optional': true
		},
		paint: {
			'text-color': theme.mission,
			'text-halo-color': theme.labelHalo,
			'text-halo-width': 1.4,
			'text-opacity': ['match', ['string', state('phase'), 'future'], 'active', 1, 0]
		}
	};
}

export function atlasLayers(o: StyleOptions): LayerSpecification[] {
	return [
		backgroundLayer(o.theme),
		countryFillLayer(o),
		countryBorderLayer(o.theme),
		observerOutlineLayer(o.theme),
		countrySelectedLayer(o.theme),
		hostOutlineLayer(o),
		...linkLayers(o),
		...missionCircleLayers(o),
		countryDotLayer(o),
		hostBadgeLayer(o),
		countryLabelLayer(o.theme, o.labelScale),
		missionLabelLayer(o.theme, o.labelScale)
	];
}

export function atlasStyle(o: StyleOptions): StyleSpecification {
	return {
		version: 8,
		name: `Peacekeeping Atlas (${o.theme.name})`,
		'font-faces': { [LABEL_FONT]: o.labelFaces },
		sources: {
			[SOURCE.countries]: { type: 'geojson', data: EMPTY, promoteId: 'iso3' },
			[SOURCE.labels]: { type: 'geojson', data: EMPTY, promoteId: 'iso3' },
			[SOURCE.missions]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
			[SOURCE.links]: { type: 'geojson', data: EMPTY }
		},
		layers: atlasLayers(o)
	};
}
