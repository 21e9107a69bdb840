/**
 * The map's style and layers: the style is a pure function of the theme, the scales and what
 * the fill shows (./style.ts); a change of scheme, of the contributors toggle or of the measure
 * repaints the layers in place, a layer toggle shows or hides its layers, and a presentation's
 * label size is layout. Other bodies' operations add their source and layers once their file
 * and code have loaded.
 */
import type { LabelFace } from '$lib/i18n/fonts';
import { untrack } from 'svelte';
import type { StyleSpecification } from 'maplibre-gl';
import type { MapModel } from '$lib/view/mapModel.svelte';
import { LAYER, TOGGLED_LAYERS } from '../ids';
import { applyPaint } from '../paint';
import { atlasStyle, labelLayout } from '../style';
import type { LiveMap } from './live.svelte';

/** Sets up the layers' effects; returns the style the map is built with. */
export function mapLayers(
	live: LiveMap,
	model: MapModel,
	labelFaces: string | LabelFace[]
): { readonly style: StyleSpecification } {
	// What the style depends on, as values: a new `layers` array with the same layers (every
	// URL change parses one) must not restyle the map.
	const contributors = $derived(model.layers.includes('contributors'));
	const highlighting = $derived(model.highlight !== null);
	const shown = $derived(model.layers.join(','));
	// The fill switches to the fallen once their figures and code are there, not before.
	const fallenFill = $derived(
		model.measure !== 'personnel' && model.fatalities && live.fallenCode
			? live.fallenCode.fallenFill(model.scheme)
			: null
	);
	const style = $derived(
		atlasStyle({
			theme: model.theme,
			scales: model.scales,
			labelFaces,
			contributors,
			highlighting,
			fallenFill,
			labelScale: untrack(() => model.labelScale)
		})
	);

	$effect(() => {
		const map = live.styled;
		if (map) applyPaint(map, style);
	});

	// Labels' sizes follow the window in a presentation: layout, apart from the style's paint.
	$effect(() => {
		const map = live.styled;
		if (!map) return;
		const set = map.setLayoutProperty.bind(map) as (id: string, k: string, v: unknown) => void;
		for (const [layer, layout] of Object.entries(labelLayout(model.labelScale)))
			for (const [property, value] of Object.entries(layout ?? {})) set(layer, property, value);
	});

	// Layer toggles show or hide their layers (the operations' once they are added).
	$effect(() => {
		const map = live.styled;
		if (!map) return;
		const layers = shown.split(',');
		const added = live.operationsAdded;
		for (const [layer, ids] of Object.entries(TOGGLED_LAYERS)) {
			if (layer === 'operations' && !added) continue;
			const visibility = layers.includes(layer) ? 'visible' : 'none';
			for (const id of ids) map.setLayoutProperty(id, 'visibility', visibility);
		}
	});

	operationLayers(live, model);
	return {
		get style() {
			return style;
		}
	};
}

/** Other bodies' operations: their code loads with their file, then their layers are added. */
function operationLayers(live: LiveMap, model: MapModel): void {
	$effect(() => {
		if (model.operations && !live.operationsCode)
			void import('../operations').then((code) => (live.operationsCode = code));
	});
	$effect(() => {
		const [map, code] = [live.styled, live.operationsCode];
		const operations = untrack(() => model.operations);
		if (!map || !code || !operations || live.operationsAdded) return;
		const visible = untrack(() => model.layers.includes('operations'));
		// Their tiles come in batches: laid out first, then drawn in one frame (./heldFrames.ts).
		live.frames?.holdWhileAdding();
		code.addOperations(
			map,
			operations,
			untrack(() => model.theme),
			model.scales.radius,
			visible,
			LAYER.links
		);
		live.operationsAdded = true;
	});
	// The year's operations, and the selected one's ring.
	$effect(() => {
		const [map, states, code, operations] = [
			live.map,
			live.states,
			live.operationsCode,
			model.operations
		];
		if (map && states && code && operations && live.operationsAdded)
			code.setOperations(map, states, operations, model.year, model.selection.operation);
	});
	$effect(() => {
		const [map, code] = [live.map, live.operationsCode];
		if (map && code && live.operationsAdded) code.paintOperations(map, model.theme);
	});
}
