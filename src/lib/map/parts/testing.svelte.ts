/**
 * For the parts' tests: a map that records what is asked of it, and a model whose fields a
 * test sets. Each part runs its effects under `$effect.root`, and `flushSync` applies them.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { readFileSync } from 'node:fs';
import type { Atlas } from '$lib/data/atlas';
import { decodeCountries, type CountriesTopology, type CountryLayers } from '../countries';
import { atlasScales } from '$lib/scales/atlasScales';
import type { Sizes } from '$lib/scales/size';
import { themeFor, type MapScheme } from '../theme';
import type { CameraView, LayerId, Measure } from '$lib/state/url';
import type { Frame, Inset, MapModel, Selection } from '$lib/view/mapModel.svelte';
import type { FeatureCollection } from 'geojson';

export type Call = [string, ...unknown[]];

/** A stand-in for MapLibre's map: every call is recorded in `calls`. */
export class RecordingMap {
	calls: Call[] = [];
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- listeners, not state
	#once = new Map<string, Set<() => void>>();
	/** The element MapLibre listens on for the reader's input. */
	container = new EventTarget();
	center = { lng: 0, lat: 0 };
	zoom = 2;
	padding = { top: 0, right: 0, bottom: 0, left: 0 };

	/** Fires a `once` listener, as MapLibre does when the map goes idle. */
	fire(event: string): void {
		const listeners = this.#once.get(event);
		this.#once.delete(event);
		for (const fn of listeners ?? []) fn();
	}
	of(kind: string): Call[] {
		return this.calls.filter((c) => c[0] === kind);
	}
	clear(): void {
		this.calls = [];
	}

	getSource = (id: string) => ({
		setData: (data: unknown) => this.calls.push(['setData', id, data])
	});
	once = (event: string, fn: () => void) => {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- listeners, not state
		const listeners = this.#once.get(event) ?? new Set<() => void>();
		this.#once.set(event, listeners.add(fn));
	};
	off = (event: string, fn: () => void) => void this.#once.get(event)?.delete(fn);
	getContainer = () => this.container;
	/** MapLibre draws a frame by its painter's `render`; `frame()` runs one as MapLibre would. */
	painter = { render: () => void this.calls.push(['draw']) };
	frame = () => this.painter.render();
	triggerRepaint = () => void this.calls.push(['repaint']);
	setFeatureState = (t: { source: string; id: string }, s: Record<string, unknown>) =>
		void this.calls.push(['state', t.source, t.id, s]);
	setLayoutProperty = (id: string, k: string, v: unknown) =>
		void this.calls.push(['layout', id, k, v]);
	setPaintProperty = (id: string, k: string, v: unknown) =>
		void this.calls.push(['paint', id, k, v]);
	getLayer = () => ({});
	getStyle = () => ({});
	getCenter = () => this.center;
	getZoom = () => this.zoom;
	getPadding = () => this.padding;
	setPadding = (p: typeof this.padding) => {
		this.padding = p;
		this.calls.push(['setPadding', p]);
	};
	jumpTo = (o: { center?: [number, number]; zoom?: number }) => {
		if (o.center) this.center = { lng: o.center[0], lat: o.center[1] };
		if (o.zoom !== undefined) this.zoom = o.zoom;
		this.calls.push(['jumpTo', o]);
	};
	easeTo = (o: unknown) => void this.calls.push(['easeTo', o]);
	flyTo = (o: unknown) => void this.calls.push(['flyTo', o]);
	fitBounds = (b: unknown, o: unknown) => void this.calls.push(['fitBounds', b, o]);
	cameraForBounds = () => ({ center: [40, 20] as [number, number], zoom: 2 });

	get asMap(): MapLibreMap {
		return this as unknown as MapLibreMap;
	}
}

const SIZES: Sizes = {
	radius: { max: 10000, range: [4, 28], legend: [] },
	linkWidth: { max: 10000, range: [1, 6], legend: [] }
};

let shapes: CountryLayers | null = null;
/** The committed country shapes. */
export function geodataCountries(): CountryLayers {
	const topo = JSON.parse(readFileSync('geodata/countries.topo.json', 'utf8')) as CountriesTopology;
	return (shapes ??= decodeCountries(topo, 'countries.topo.json'));
}

/** A model as the map reads it, every field settable. */
export class TestModel {
	atlas = $state.raw<Atlas | null>(null);
	countries = $state.raw<CountryLayers | null>(null);
	year = $state(2000);
	month = $state<number | null>(null);
	settledYear = $state(2000);
	layers = $state.raw<LayerId[]>(['hosts', 'contributors', 'missions', 'operations', 'links']);
	selection = $state.raw<Selection>({ country: null, mission: null, operation: null, theme: null });
	measure = $state<Measure>('personnel');
	camera = $state.raw<CameraView | null>(null);
	scheme = $state<MapScheme>('light');
	behaviour = { interactive: true, cooperative: false, glide: false };
	links = $state.raw<FeatureCollection>({ type: 'FeatureCollection', features: [] });
	highlight = $state.raw<string[] | null>(null);
	focused = $state<string | null>(null);
	frame = $state.raw<Frame | null>(null);
	inset = $state.raw<Inset>({ left: 0, bottom: 0 });
	labelScale = $state(1);
	operations = null;
	fatalities = null;
	mapSettled = $state(false);
	theme = $derived(themeFor(this.scheme));
	scales = $derived(atlasScales(SIZES, this.scheme));

	get asModel(): MapModel {
		return this as unknown as MapModel;
	}
}
