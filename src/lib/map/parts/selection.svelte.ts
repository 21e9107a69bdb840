/**
 * What is singled out, as feature state: the selected country and mission (`selected`), the
 * country whose list row has focus (`hovered`, outlined), and a chosen theme's countries
 * (`inTheme`).
 */
import type { MapModel } from '$lib/view/mapModel.svelte';
import { applySelection } from '../featureState';
import { SOURCE } from '../ids';
import type { LiveMap } from './live.svelte';

export function selectionState(live: LiveMap, model: MapModel): void {
	$effect(() => {
		const [map, states] = [live.map, live.drawable];
		if (map && states)
			return applySelection(map, states, model.selection.country, model.selection.mission);
	});
	$effect(() => {
		const [map, states, id] = [live.map, live.drawable, model.focused];
		if (!map || !states || !id) return;
		states.set(SOURCE.countries, id, { hovered: true });
		return () => {
			if (map.getStyle()) states.set(SOURCE.countries, id, { hovered: false });
		};
	});
	$effect(() => {
		const states = live.drawable;
		if (!states) return;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read within this effect only
		const lit = new Set(model.highlight ?? []);
		for (const { properties } of model.countries?.shapes.features ?? [])
			states.set(SOURCE.countries, properties.iso3, { inTheme: lit.has(properties.iso3) });
	});
}
