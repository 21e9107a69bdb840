/**
 * The map style as pure functions of a theme: no network, no glyph server. Every layer spec
 * is built here and tested without a browser.
 */
import type {
	BackgroundLayerSpecification,
	CircleLayerSpecification,
	ExpressionSpecification,
	FillLayerSpecification,
	LineLayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { LABEL_FONT, LAYER, SOURCE } from './ids';
import type { MapTheme } from './theme';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** True for the feature whose `selected` feature state is set. */
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Below this area (km²) a country is drawn as a dot too, so it can be seen and clicked. */
export const SMALL_COUNTRY_KM2 = 3000;

/** Country names appear as the zoom makes room: the largest first, every one from zoom 4. */
const labelByArea: ExpressionSpecification = [
	'step',
	['zoom'],
	['case', ['>=', ['get', 'area'], 150000], ['get', 'name'], ''],
	2,
	['case', ['>=', ['get', 'area'], 20000], ['get', 'name'], ''],
	3,
	['case', ['>=', ['get', 'area'], 2000], ['get', 'name'], ''],
	4,
	['get', 'name']
];

export function backgroundLayer(theme: MapTheme): BackgroundLayerSpecification {
	return { id: LAYER.background, type: 'background', paint: { 'background-color': theme.sea } };
}

export function countryFillLayer(theme: MapTheme): FillLayerSpecification {
	return {
		id: LAYER.countryFill,
		type: 'fill',
		source: SOURCE.countries,
		paint: {
			'fill-color': ['case', isSelected, theme.selectedFill, theme.land],
			'fill-antialias': true
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

export function countrySelectedLayer(theme: MapTheme): LineLayerSpecification {
	return {
		id: LAYER.countrySelected,
		type: 'line',
		source: SOURCE.countries,
		paint: {
			'line-color': theme.selectedOutline,
			'line-width': ['case', isSelected, 2, 0],
			'line-opacity': ['case', isSelected, 1, 0]
		}
	};
}

/** Small states (Bahrain, the Maldives, Comoros...) as dots: visible and clickable at any zoom. */
export function countryDotLayer(theme: MapTheme): CircleLayerSpecification {
	return {
		id: LAYER.countryDot,
		type: 'circle',
		source: SOURCE.labels,
		filter: ['<', ['get', 'area'], SMALL_COUNTRY_KM2],
		maxzoom: 6,
		paint: {
			'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3, 5, 5],
			'circle-color': ['case', isSelected, theme.selectedFill, theme.land],
			'circle-stroke-color': ['case', isSelected, theme.selectedOutline, theme.border],
			'circle-stroke-width': ['case', isSelected, 2, 1]
		}
	};
}

export function countryLabelLayer(theme: MapTheme): SymbolLayerSpecification {
	return {
		id: LAYER.countryLabel,
		type: 'symbol',
		source: SOURCE.labels,
		layout: {
			'text-field': labelByArea,
			'text-font': [LABEL_FONT],
			'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 4, 14],
			'text-max-width': 7,
			// Larger countries first, so they win label collisions at small zooms.
			'symbol-sort-key': ['-', 0, ['get', 'area']],
			'text-padding': 4
		},
		paint: {
			'text-color': theme.label,
			'text-halo-color': theme.labelHalo,
			'text-halo-width': 1.2
		}
	};
}

export interface StyleOptions {
	theme: MapTheme;
	/** Absolute URL of the self-hosted label font (woff2). */
	fontUrl: string;
}

export function atlasStyle({ theme, fontUrl }: StyleOptions): StyleSpecification {
	return {
		version: 8,
		name: `Peacekeeping Atlas (${theme.name})`,
		'font-faces': { [LABEL_FONT]: fontUrl },
		sources: {
			[SOURCE.countries]: { type: 'geojson', data: EMPTY, promoteId: 'iso3' },
			[SOURCE.labels]: { type: 'geojson', data: EMPTY, promoteId: 'iso3' }
		},
		layers: [
			backgroundLayer(theme),
			countryFillLayer(theme),
			countryBorderLayer(theme),
			countrySelectedLayer(theme),
			countryDotLayer(theme),
			countryLabelLayer(theme)
		]
	};
}
