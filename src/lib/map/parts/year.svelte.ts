/**
 * The year on the map, as feature state only (no shape is re-sent): each state's personnel
 * class, operations hosted and OIC role, each mission's phase and size; in the fallen modes,
 * each state's class of fallen. The other years are worked out while the page is idle.
 */
import { YEARS_LATEST_FIRST } from '$lib/data/years';
import type { MapModel } from '$lib/view/mapModel.svelte';
import { applyYear, prepareYears } from '../featureState';
import type { LiveMap } from './live.svelte';

export function yearState(live: LiveMap, model: MapModel): void {
	$effect(() => {
		const [states, atlas] = [live.drawable, model.atlas];
		if (states && atlas)
			applyYear(states, atlas, model.year, live.targets, model.scales.personnel, model.month);
	});
	$effect(() => {
		const atlas = model.atlas;
		if (live.ready && atlas) return prepareYears(atlas, model.scales.personnel, YEARS_LATEST_FIRST);
	});

	// The fallen: their code loads with their figures; each state's class is feature state.
	$effect(() => {
		if (model.measure !== 'personnel' && model.fatalities && !live.fallenCode)
			void import('../fallen').then((code) => (live.fallenCode = code));
	});
	$effect(() => {
		const [states, code, file, measure] = [
			live.drawable,
			live.fallenCode,
			model.fatalities,
			model.measure
		];
		if (states && code && file && measure !== 'personnel')
			code.applyFallen(states, file, model.year, measure, live.targets);
	});
}
