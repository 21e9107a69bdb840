/**
 * Names on the map as soon as their data is in.
 *
 * MapLibre places labels (symbols) at most once per fade duration (300 ms), then fades them in.
 * While the first view loads, a tile of labels that arrives just after a placement waits for the
 * next one: up to 300 ms with the countries drawn and unnamed, and in about half of the loads
 * measured (the bench's two groups of loads, 0.3 s apart). A change in the order of the layers
 * makes MapLibre place everything on its next frame, so each tile of labels that arrives before
 * the map first settles re-states the top layer where it already is: nothing moves, and the
 * labels are placed at once. After the first `idle` MapLibre's own pacing applies again (a pan or
 * a zoom loads tiles all the time, and placing at each one would cost frames).
 */
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/** The part of the map this needs: a test can stand in for it. */
export type PlacementMap = Pick<MapLibreMap, 'on' | 'off' | 'getLayersOrder' | 'moveLayer'>;

/**
 * Until the map's next `idle`, places labels as soon as a tile of any of `sources` has loaded.
 * Returns a function that stops early (the component unmounting).
 */
export function placeLabelsOnArrival(map: PlacementMap, sources: readonly string[]): () => void {
	const onData = (e: MapSourceDataEvent) => {
		if (!e.tile || !sources.includes(e.sourceId)) return;
		const top = map.getLayersOrder().at(-1);
		if (top) map.moveLayer(top);
	};
	const stop = () => {
		map.off('sourcedata', onData);
		map.off('idle', stop);
	};
	map.on('sourcedata', onData);
	map.on('idle', stop);
	return stop;
}
