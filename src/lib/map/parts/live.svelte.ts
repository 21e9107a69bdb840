/**
 * The live map's own state, shared by AtlasMap and its parts (./*.svelte.ts): the MapLibre
 * instance once made, how far it has got (style, sources, first draw), why it failed, and the
 * code that loads only when a layer or mode needs it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterNextPaint } from '$lib/state/yearStep.svelte';
import { SMALL_COUNTRY_KM2 } from '../style';
import { FeatureStates, type CountryTarget } from '../featureState';
import type { MapModel } from '$lib/view/mapModel.svelte';
import type { MapFailure } from './construct';
import type { HeldFrames } from './heldFrames';

export class LiveMap {
	/** The MapLibre instance, once the engine has loaded and made it. */
	map = $state.raw<MapLibreMap | null>(null);
	/** True once the style's sources and layers exist. */
	styleLoaded = $state(false);
	/** True once the sources hold the shapes: per-year state can be applied. */
	sourcesSet = $state(false);
	/** True once the map has drawn the data: the single readiness signal for tests. */
	ready = $state(false);
	/** Why the live map is not drawn, if it is not: no WebGL, or its engine failed to download. */
	failure = $state<MapFailure | null>(null);
	/** Every feature-state write goes through this: it skips what the map already holds. */
	readonly states = $derived(this.map ? new FeatureStates(this.map) : null);
	/** The map's code for the fallen mode and for other bodies' operations, loaded when needed. */
	fallenCode = $state.raw<typeof import('../fallen') | null>(null);
	operationsCode = $state.raw<typeof import('../operations') | null>(null);
	/** True once the operations' source and layers are on the map. */
	operationsAdded = $state(false);
	/** The map's frames, held until its first view is all there (./heldFrames.ts). */
	frames: HeldFrames | null = null;
	/** The element MapLibre draws into (its size frames the camera). */
	container: HTMLElement | null = null;

	readonly #model: MapModel;

	constructor(model: MapModel) {
		this.#model = model;
	}

	/** The map once its style has loaded: its sources and layers can be written. */
	get styled(): MapLibreMap | null {
		return this.styleLoaded ? this.map : null;
	}

	/** The feature states once the sources hold their features. */
	get drawable(): FeatureStates | null {
		return this.sourcesSet ? this.states : null;
	}

	/**
	 * Runs `fn` once the map has drawn what just changed (a year's colours, the selection's
	 * lines its source re-sends to the worker), or after `cap` ms, or after the next paint
	 * before the map is ready. What is heavier than the map (the router, the panel) waits on
	 * it: the map answers first.
	 */
	afterDrawn(fn: () => void, cap = 400): void {
		const map = this.ready ? this.map : null;
		if (!map) return afterNextPaint(fn);
		let done = false;
		const run = () => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			map.off('idle', run);
			fn();
		};
		const timer = setTimeout(run, cap);
		map.once('idle', run);
	}

	/** Every country on the map with the label-point layers it appears in. */
	readonly targets = $derived.by<CountryTarget[]>(() => {
		const { countries, atlas } = this.#model;
		if (!countries || !atlas) return [];
		return countries.shapes.features.map(({ properties: p }) => ({
			iso3: p.iso3,
			dot: p.area < SMALL_COUNTRY_KM2,
			host: atlas.hosted(p.iso3).length > 0
		}));
	});
}
