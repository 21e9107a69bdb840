import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { geodataAtlas } from '../../../../tests/unit/geodataAtlas';
import { LAYER, SOURCE } from '../ids';
import { mapCamera } from './camera.svelte';
import { mapLayers } from './layers.svelte';
import { LiveMap } from './live.svelte';
import { selectionState } from './selection.svelte';
import { mapSources } from './sources.svelte';
import { geodataCountries, RecordingMap, TestModel } from './testing.svelte';
import { holdFrames, MAX_HOLD_MS } from './heldFrames';
import { yearState } from './year.svelte';

const atlas = geodataAtlas();
const countries = geodataCountries();

let stop: (() => void) | null = null;
afterEach(() => stop?.());

/** A map with its style loaded and the data in, and `setup` run under an effect root. */
function mount(setup: (live: LiveMap, model: TestModel) => void, { data = true } = {}) {
	const model = new TestModel();
	const live = new LiveMap(model.asModel);
	const map = new RecordingMap();
	stop = $effect.root(() => setup(live, model));
	if (data) {
		model.atlas = atlas;
		model.countries = countries;
	}
	live.map = map.asMap;
	live.styleLoaded = true;
	live.sourcesSet = data;
	flushSync();
	return { model, live, map };
}

/** The feature states written to one feature, in order. */
const statesOf = (map: RecordingMap, source: string, id: string) =>
	map
		.of('state')
		.filter(([, s, i]) => s === source && i === id)
		.map((c) => c[3]);

describe('sources', () => {
	it('sends the shapes once, is ready on the first draw after, and re-sends only the lines', () => {
		const { model, live, map } = mount((l, m) => mapSources(l, m.asModel), { data: false });
		// No shapes yet: only the (empty) lines.
		expect(map.of('setData').map((c) => c[1])).toEqual([SOURCE.links]);
		map.clear();
		model.countries = countries;
		flushSync();
		expect(map.of('setData').map((c) => c[1])).toEqual([SOURCE.countries, SOURCE.labels]);
		expect(live.ready).toBe(false);
		map.fire('idle');
		flushSync();
		expect(live.ready).toBe(true);
		expect(model.mapSettled).toBe(true);
		map.clear();
		model.atlas = atlas;
		model.links = { type: 'FeatureCollection', features: [] };
		flushSync();
		expect(
			map
				.of('setData')
				.map((c) => c[1])
				.sort()
		).toEqual([SOURCE.links, SOURCE.missions]);
	});

	it('draws no frame until the first view is all there, then draws it once and is ready', () => {
		const { model, live, map } = mount((l, m) => mapSources(l, m.asModel), { data: false });
		live.frames = holdFrames(map.asMap);
		model.countries = countries;
		flushSync();
		// Tiles arrive, frame after frame: MapLibre lays them out, its painter draws nothing.
		map.frame();
		map.frame();
		expect(map.of('draw')).toEqual([]);
		// At its 'idle' everything is there: the next frame is drawn, and ready is its 'idle'.
		map.fire('idle');
		flushSync();
		expect(map.of('repaint')).toHaveLength(1);
		expect(live.ready).toBe(false);
		map.frame();
		expect(map.of('draw')).toHaveLength(1);
		map.fire('idle');
		flushSync();
		expect(live.ready).toBe(true);
		map.frame();
		expect(map.of('draw')).toHaveLength(2);
	});

	it("lays out what joins later before drawing it, in one frame, at the map's next idle", () => {
		const map = new RecordingMap();
		const frames = holdFrames(map.asMap);
		frames.drawOnce(() => {});
		map.fire('idle');
		map.frame();
		map.clear();
		frames.holdWhileAdding();
		// The operations' tiles arrive in batches: laid out, not drawn.
		map.frame();
		map.frame();
		expect(map.of('draw')).toEqual([]);
		map.fire('idle');
		expect(map.of('repaint')).toHaveLength(1);
		map.frame();
		map.frame();
		expect(map.of('draw')).toHaveLength(2);
	});

	it('ends a later hold at once when the reader touches the map or its camera moves', () => {
		vi.useFakeTimers();
		try {
			const ends: [string, (map: RecordingMap) => void][] = [
				['pointer', (m) => m.container.dispatchEvent(new Event('pointermove'))],
				['key', (m) => m.container.dispatchEvent(new Event('keydown'))],
				['wheel', (m) => m.container.dispatchEvent(new Event('wheel'))],
				['camera', (m) => m.fire('movestart')],
				['time', () => vi.advanceTimersByTime(MAX_HOLD_MS)]
			];
			for (const [what, end] of ends) {
				const map = new RecordingMap();
				const frames = holdFrames(map.asMap);
				frames.drawOnce(() => {});
				frames.holdWhileAdding();
				map.frame();
				expect(map.of('draw'), what).toEqual([]);
				end(map);
				map.frame();
				expect(map.of('draw'), what).toHaveLength(1);
				// Nothing of the hold is left to stop a later frame or to fire again.
				map.fire('idle');
				map.container.dispatchEvent(new Event('pointerdown'));
				vi.advanceTimersByTime(MAX_HOLD_MS);
				map.frame();
				expect(map.of('draw'), what).toHaveLength(2);
				expect(map.of('repaint'), what).toHaveLength(2);
			}
		} finally {
			vi.useRealTimers();
		}
	});

	it('tells the model the map has settled when it cannot draw', () => {
		const { model, live } = mount((l, m) => mapSources(l, m.asModel), { data: false });
		live.failure = { title: 'No WebGL', body: '' };
		flushSync();
		expect(model.mapSettled).toBe(true);
	});
});

describe('the year', () => {
	it('writes a step as feature state: Lebanon hosts two operations in 2000, one in 1960', () => {
		const { model, map } = mount((l, m) => yearState(l, m.asModel));
		expect(statesOf(map, SOURCE.countries, 'LBN').at(-1)).toMatchObject({ hosting: 2 });
		map.clear();
		model.year = 1960;
		flushSync();
		expect(statesOf(map, SOURCE.countries, 'LBN').at(-1)).toMatchObject({ hosting: 1 });
		// Only what changed is written: far fewer features than the map has.
		expect(map.of('state').length).toBeLessThan(countries.shapes.features.length);
	});
});

describe('the selection', () => {
	it('marks the selected country, unmarks it when another is chosen, outlines a focused row', () => {
		const { model, map } = mount((l, m) => selectionState(l, m.asModel));
		model.selection = { country: 'MLI', mission: null, operation: null, theme: null };
		flushSync();
		expect(statesOf(map, SOURCE.countries, 'MLI')).toContainEqual({ selected: true });
		model.selection = { country: 'PAK', mission: null, operation: null, theme: null };
		model.focused = 'SEN';
		flushSync();
		expect(statesOf(map, SOURCE.countries, 'MLI').at(-1)).toEqual({ selected: false });
		expect(statesOf(map, SOURCE.countries, 'PAK').at(-1)).toEqual({ selected: true });
		expect(statesOf(map, SOURCE.countries, 'SEN').at(-1)).toEqual({ hovered: true });
		model.focused = null;
		flushSync();
		expect(statesOf(map, SOURCE.countries, 'SEN').at(-1)).toEqual({ hovered: false });
	});

	it("lights a theme's countries and only them", () => {
		const { model, map } = mount((l, m) => selectionState(l, m.asModel));
		model.highlight = ['LBN', 'SOM'];
		flushSync();
		expect(statesOf(map, SOURCE.countries, 'SOM').at(-1)).toEqual({ inTheme: true });
		expect(statesOf(map, SOURCE.countries, 'FRA').at(-1)).toEqual({ inTheme: false });
	});
});

describe('layers', () => {
	it('hides a toggled-off layer, and a same-layers link does not restyle the map', () => {
		const { model, map } = mount((l, m) => void mapLayers(l, m.asModel, 'font.woff2'));
		const visibility = () =>
			Object.fromEntries(
				map
					.of('layout')
					.filter((c) => c[2] === 'visibility')
					.map((c) => [c[1], c[3]])
			);
		expect(visibility()[LAYER.missionCircles]).toBe('visible');
		map.clear();
		model.layers = ['hosts', 'contributors', 'links'];
		flushSync();
		expect(visibility()[LAYER.missionCircles]).toBe('none');
		expect(visibility()[LAYER.hostOutline]).toBe('visible');
		map.clear();
		model.layers = ['hosts', 'contributors', 'links'];
		flushSync();
		expect(map.calls).toEqual([]);
	});

	it('a dark scheme repaints the fill in place', () => {
		const { model, map } = mount((l, m) => void mapLayers(l, m.asModel, 'font.woff2'));
		const background = () =>
			map
				.of('paint')
				.filter((c) => c[1] === LAYER.background && c[2] === 'background-color')
				.at(-1)?.[3];
		const light = background();
		model.scheme = 'dark';
		flushSync();
		expect(background()).not.toEqual(light);
		expect(background()).toBe(model.theme.sea);
	});
});

describe('the camera', () => {
	it('fits a small country chosen by name, and leaves a continent-wide one', () => {
		const { model, map } = mount((l, m) =>
			mapCamera(l, m.asModel, () => ({ width: 1000, height: 600, sheet: 0 }))
		);
		model.frame = { kind: 'country', id: 'LBN', n: 1 };
		flushSync();
		const [bounds] = map.of('fitBounds').map((c) => c[1] as [[number, number], [number, number]]);
		expect(bounds[0][0]).toBeGreaterThan(35);
		expect(bounds[1][0]).toBeLessThan(37);
		map.clear();
		model.frame = { kind: 'country', id: 'RUS', n: 2 };
		flushSync();
		expect(map.of('fitBounds')).toEqual([]);
	});

	it('follows a camera in the URL that differs from the map, and not one that matches', () => {
		const { model, map } = mount((l, m) =>
			mapCamera(l, m.asModel, () => ({ width: 1000, height: 600, sheet: 0 }))
		);
		model.camera = { lon: 45, lat: 10, zoom: 4 };
		flushSync();
		expect(map.of('jumpTo')).toHaveLength(1);
		model.camera = { lon: 45, lat: 10, zoom: 4 };
		flushSync();
		expect(map.of('jumpTo')).toHaveLength(1);
	});

	it("a presentation frames its step beside the caption: the padding clears the caption's width", () => {
		const { model, map } = mount((l, m) => {
			m.behaviour = { interactive: true, cooperative: false, glide: true };
			m.inset = { left: 500, bottom: 300 };
			mapCamera(l, m.asModel, () => ({ width: 1600, height: 900, sheet: 0 }));
		});
		model.camera = { lon: 35, lat: 33, zoom: 5 };
		flushSync();
		const padding = map.of('setPadding').at(-1)?.[1] as { left: number; bottom: number };
		expect(padding.left).toBe(500);
		expect(padding.bottom).toBe(0);
	});
});
