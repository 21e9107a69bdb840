import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The element MapLibre draws into, carrying the map: tests and the benchmark reach the live
 * map through `document.querySelector('[data-map-host]').maplibreMap`.
 */
export interface MapHost extends HTMLElement {
	maplibreMap?: MapLibreMap;
}
