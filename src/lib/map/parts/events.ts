/**
 * What the reader does on the map, turned into picks, hovers and camera moves for the model:
 * a click, or Enter or Space on the focused map (which picks what is under the centre mark), a
 * mouse over a feature, a move the reader made.
 */
import { mapText } from '$lib/i18n/map';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { MapModel } from '$lib/view/mapModel.svelte';
import { COUNTRY_LAYERS, MISSION_LAYERS, OPERATION_LAYER, SOURCE } from '../ids';
import type { MapPick } from '../pick';
import type { LiveMap } from './live.svelte';

/** What is drawn at a point of the map, topmost first: an operation, a mission, a country. */
export function pickAt(live: LiveMap, model: MapModel, point: { x: number; y: number }) {
	const map = live.map;
	if (!map) return null;
	const layers = [
		...(live.operationsAdded && model.layers.includes('operations')
			? [OPERATION_LAYER.symbols]
			: []),
		...(model.layers.includes('missions') ? MISSION_LAYERS : []),
		...COUNTRY_LAYERS
	];
	// An operation's drawings for other years are there too, transparent: not a hit.
	const hit = map
		.queryRenderedFeatures([point.x, point.y], { layers })
		.find((f) => f.source !== SOURCE.operations || f.state.on === true);
	if (!hit) return null;
	const pick: MapPick =
		hit.source === SOURCE.missions
			? { kind: 'mission', id: String(hit.properties.id) }
			: hit.source === SOURCE.operations
				? { kind: 'operation', id: String(hit.properties.id) }
				: { kind: 'country', id: String(hit.properties.iso3) };
	return pick;
}

export function listen(map: MapLibreMap, live: LiveMap, model: MapModel): void {
	map.on('click', (e: MapMouseEvent) => model.pick(pickAt(live, model, e.point)));
	// A hover is a mouse's: a tap also sends a mousemove, and its tooltip would stay on the
	// screen, with no pointer to move away, until the next tap.
	let touched = 0;
	map.on('touchstart', () => {
		touched = performance.now();
		model.hover(null);
	});
	map.on('mousemove', (e: MapMouseEvent) => {
		if (performance.now() - touched < 1000) return;
		const pick = pickAt(live, model, e.point);
		map.getCanvas().style.cursor = pick ? 'pointer' : '';
		model.hover(pick ? { ...pick, x: e.point.x, y: e.point.y } : null);
	});
	map.on('mouseout', () => model.hover(null));
	// From the keyboard: arrows pan and +/− zoom (MapLibre's own keys); Enter or Space picks
	// what is under the mark at the centre, as a click there would.
	const canvas = map.getCanvas();
	canvas.setAttribute('aria-label', mapText.mapKeys);
	canvas.addEventListener('keydown', (e) => {
		if ((e.key !== 'Enter' && e.key !== ' ') || !model.behaviour.interactive) return;
		e.preventDefault();
		model.pick(pickAt(live, model, { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 }));
	});
	map.on('moveend', (e) => {
		// Only moves the reader made are written to the URL.
		if (!('originalEvent' in e) || !e.originalEvent) return;
		const c = map.getCenter();
		model.moved({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
	});
}
