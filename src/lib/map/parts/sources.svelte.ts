/**
 * The map's sources: the shapes and label points once (when the style and the shapes are
 * there), the missions once the figures are, the selection's lines whenever they change. The
 * first draw after the shapes marks the map ready (the frames before are held, ./heldFrames.ts);
 * ready or failed, the model hears it settled.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapModel } from '$lib/view/mapModel.svelte';
import { missionPoints } from '../features';
import { SOURCE } from '../ids';
import type { LiveMap } from './live.svelte';
import { settleMap } from '$lib/state/mapSettled';

export function mapSources(live: LiveMap, model: MapModel): void {
	// Shapes and figures arrive apart: if the figures fail, the countries are still drawn.
	$effect(() => {
		const [map, countries] = [live.styled, model.countries];
		if (!map || !countries) return;
		(map.getSource(SOURCE.countries) as GeoJSONSource).setData(countries.shapes);
		(map.getSource(SOURCE.labels) as GeoJSONSource).setData(countries.labels);
		// Everything for the first view is there at this 'idle'; it is drawn in the next frame.
		map.once('idle', () => {
			const drawn = () => (live.ready = true);
			if (live.frames) live.frames.drawOnce(drawn);
			else drawn();
		});
		live.sourcesSet = true;
	});
	$effect(() => {
		const [map, atlas] = [live.styled, model.atlas];
		if (map && atlas)
			(map.getSource(SOURCE.missions) as GeoJSONSource).setData(missionPoints(atlas));
	});
	$effect(() => {
		const [map, links] = [live.styled, model.links];
		if (map) (map.getSource(SOURCE.links) as GeoJSONSource).setData(links);
	});
	$effect(() => {
		if (!live.ready && !live.failure) return;
		model.mapSettled = true;
		settleMap();
	});
}
