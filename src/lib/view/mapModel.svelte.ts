/**
 * What a mode of the atlas shows on its map, as one object of reactive fields: the explorer,
 * the embed and lecture mode each make one (ExplorerModel, PresenterModel), hand it to their
 * components with `setMapModel`, and the map reads everything it draws from it.
 *
 * The base owns what every mode shares: loading the figures and shapes (and failing to), the
 * files that load later (other bodies' operations, the fallen, the per-mission detail), the
 * colour scheme's theme and scales, a selection's lines and a theme's countries. A mode says
 * what is shown (year, layers, selection, camera, scheme) by implementing the abstract fields.
 */
import { getContext, setContext, untrack } from 'svelte';
import type { FeatureCollection } from 'geojson';
import type { Atlas } from '$lib/data/atlas';
import { DetailFiles } from '$lib/data/detail.svelte';
import { loadMapData } from '$lib/data/loadMap';
import type { Theme } from '$lib/content/types';
import { themeCountries } from '$lib/content/themeCountries';
import type { CountryLayers } from '$lib/map/countries';
import { anchorsOf } from '$lib/map/features';
import type { MapPick, Selectable } from '$lib/map/pick';
import type { Scales } from '$lib/map/style';
import { themeFor, type MapScheme } from '$lib/map/theme';
import { atlasScales } from '$lib/scales/atlasScales';
import type { Sizes } from '$lib/scales/size';
import type { CameraView, LayerId, Measure } from '$lib/state/url';
import { afterNextPaint } from '$lib/state/yearStep.svelte';

/** What is selected: at most one of the four is set. */
export interface Selection {
	country: string | null;
	mission: string | null;
	operation: string | null;
	theme: string | null;
}

export const NO_SELECTION: Selection = {
	country: null,
	mission: null,
	operation: null,
	theme: null
};

/**
 * The boxes a presentation's caption and legend cover (px): the camera frames the rest. The
 * caption is at the reading start: `left` in English and French, `right` in Arabic.
 */
export interface Inset {
	left: number;
	right?: number;
	bottom: number;
	top?: number;
}

/** Something chosen by name (search, table, a panel's link) that the camera goes to. */
export interface Frame extends Selectable {
	/** Counts the requests: choosing the same thing again frames it again. */
	n: number;
	/** A link's selection: framed as the map opens rather than flown to. */
	instant?: boolean;
}

/** How the map behaves, fixed for the life of a mode. */
export interface MapBehaviour {
	/** False: a still picture of the view, no panning, zooming or picking. */
	interactive: boolean;
	/** In someone else's page: scrolling scrolls the page; zooming needs Ctrl/⌘ or two fingers. */
	cooperative: boolean;
	/** A presentation: the camera glides between steps and returns home when a step has none. */
	glide: boolean;
}

/** What the live map offers back, once it exists. */
export interface MapHandle {
	/** Runs `fn` once the map has drawn what just changed (see AtlasMap). */
	afterDrawn(fn: () => void, cap?: number): void;
}

const NO_INSET: Inset = { left: 0, bottom: 0 };

/** One empty collection: an unchanged value never makes the map re-send the links source. */
const NO_LINKS: FeatureCollection = { type: 'FeatureCollection', features: [] };

export abstract class MapModel {
	/** The year the map and the year control show: a step shows here at once. */
	abstract readonly year: number;
	/** A month of `year` whose figures the atlas holds, or null for the year's own month. */
	abstract readonly month: number | null;
	/**
	 * The year the rest of the page (panel, tables, lines, a theme's countries) is about: the
	 * same as `year`, except while a step is on its way there (see YearStep).
	 */
	abstract readonly settledYear: number;
	abstract readonly layers: LayerId[];
	abstract readonly selection: Selection;
	abstract readonly measure: Measure;
	/** Where the camera should be, or null for the mode's own default. */
	abstract readonly camera: CameraView | null;
	abstract readonly scheme: MapScheme;
	abstract readonly behaviour: MapBehaviour;
	/** A theme of the articles, by id: the countries it lights up are highlighted. */
	protected abstract themeOf(id: string): Theme | undefined;

	/** The figures, once loaded. */
	atlas = $state.raw<Atlas | null>(null);
	/** Settles once the figures have loaded (or failed, with null): what needs them can wait. */
	readonly atlasSettled: Promise<Atlas | null>;
	#settleAtlas: (atlas: Atlas | null) => void = () => {};
	/** The countries' shapes, given their OIC roles once the figures are in. */
	#shapes = $state.raw<CountryLayers | null>(null);
	/** True once the figures have loaded or failed: the map draws its shapes then. */
	#filesSettled = $state(false);
	/** What could not be loaded, in words for the reader; null while all is well. */
	error = $state<string | null>(null);
	/** True once the map has drawn its data, or cannot: what waits for it may load. */
	mapSettled = $state(false);
	/** The files a selection, a layer or a mode loads later. */
	readonly detail = new DetailFiles();

	/** The countries outlined while a list's row has focus. */
	focused = $state<string | null>(null);
	/** What the camera should go to, set when something is chosen by name. */
	frame = $state<Frame | null>(null);

	readonly #sizes: Sizes;
	#map: MapHandle | null = null;
	#idleAfterMap = $state(false);
	/** The map has drawn (or cannot) and the browser has been idle since: the first view is done. */
	get firstViewDone(): boolean {
		return this.#idleAfterMap;
	}

	constructor(sizes: Sizes) {
		this.#sizes = sizes;
		this.atlasSettled = new Promise((settle) => (this.#settleAtlas = settle));
		// Effects run in the browser only: nothing loads while the page is prerendered.
		$effect(() => untrack(() => this.#loadMapData()));
		$effect(() => this.#waitForIdle());
		// Other bodies' operations load when the page is idle after the map is drawn, if their
		// layer shows (at once if one is selected); the fallen once the map is to colour them.
		// Neither is in the first view.
		$effect(() => {
			const layer = this.#idleAfterMap && this.layers.includes('operations');
			if (layer || this.selection.operation) this.detail.loadOperations(this.fail);
		});
		$effect(() => {
			if (this.measure !== 'personnel') this.detail.loadFatalities(this.fail);
		});
		$effect(() => {
			if (this.atlas && this.wantsDetail) this.detail.load(this.fail);
		});
	}

	/** The shapes the map draws: held back until the figures have loaded or failed. */
	get countries(): CountryLayers | null {
		return this.#filesSettled ? this.#shapes : null;
	}

	readonly theme = $derived.by(() => themeFor(this.scheme));
	/** One set of scales for the map and the legend. */
	readonly scales: Scales = $derived.by(() => atlasScales(this.#sizes, this.scheme));
	/** Where each country's label sits. */
	readonly anchors = $derived.by(() => anchorsOf(this.#shapes));
	readonly selected = $derived.by(() =>
		Boolean(
			this.selection.country ||
			this.selection.mission ||
			this.selection.operation ||
			this.selection.theme
		)
	);
	/** Whether the selection's lines are drawn: a country or mission, with the links layer on. */
	readonly wantsLinks = $derived.by(() =>
		Boolean((this.selection.country || this.selection.mission) && this.layers.includes('links'))
	);
	/** Lines from the selection to its missions or contributors, when the links layer shows. */
	readonly links: FeatureCollection = $derived.by(
		() =>
			(this.atlas &&
				this.wantsLinks &&
				this.detail.lines({
					atlas: this.atlas,
					year: this.settledYear,
					country: this.selection.country,
					mission: this.selection.mission,
					anchors: this.anchors
				})) ||
			NO_LINKS
	);
	/** The countries the chosen theme lights up in the year, from the data; null for none. */
	readonly highlight = $derived.by(() =>
		this.atlas && this.selection.theme
			? themeCountries(this.atlas, this.themeOf(this.selection.theme), this.settledYear)
			: null
	);
	/** Other bodies' operations, once loaded. */
	get operations() {
		return this.detail.operations;
	}
	/** Every UN peacekeeping fatality, once loaded. */
	get fatalities() {
		return this.detail.fatalities;
	}

	/** What a caption or legend covers over the map: nothing, but in a presentation. */
	get inset(): Inset {
		return NO_INSET;
	}
	/** Labels' size against the explorer's: a presentation scales them with the window. */
	get labelScale(): number {
		return 1;
	}

	/** Whether the per-mission detail should load: by default, when lines are to be drawn. */
	protected get wantsDetail(): boolean {
		return this.wantsLinks;
	}

	/** Keeps the first failure's words for the reader. */
	readonly fail = (error: Error): void => {
		this.error ??= error.message;
	};

	/** The live map announces itself; null when it goes. */
	attach(handle: MapHandle | null): void {
		this.#map = handle;
	}

	/** Runs `fn` once the map has drawn what just changed, or after the next paint without one. */
	afterDrawn(fn: () => void): void {
		(this.#map ?? { afterDrawn: afterNextPaint }).afterDrawn(fn);
	}

	// What the map reports. A mode overrides what it listens to.
	/** A click or Enter on the map picked something, or nothing. */
	pick(pick: MapPick | null): void {
		void pick;
	}
	/** The pointer is over something, or nothing. */
	hover(hover: (MapPick & { x: number; y: number }) | null): void {
		void hover;
	}
	/** The reader moved the camera. */
	moved(camera: CameraView): void {
		void camera;
	}

	#loadMapData(): void {
		const data = loadMapData();
		data.atlas
			.then((a) => (this.atlas = a), this.fail)
			.finally(() => {
				this.#filesSettled = true;
				this.#settleAtlas(this.atlas);
			});
		data.shapes.then((s) => (this.#shapes = s), this.fail);
	}

	#waitForIdle(): (() => void) | void {
		if (!this.mapSettled || untrack(() => this.#idleAfterMap)) return;
		const done = () => (this.#idleAfterMap = true);
		if (typeof requestIdleCallback === 'function') {
			const id = requestIdleCallback(done, { timeout: 1000 });
			return () => cancelIdleCallback(id);
		}
		const id = setTimeout(done, 100);
		return () => clearTimeout(id);
	}
}

const KEY = Symbol('map model');

/** Hands a mode's model to the components under it (the map, panels, controls). */
export function setMapModel<M extends MapModel>(model: M): M {
	return setContext(KEY, model);
}

/**
 * The model of the mode this component is in. Throws when there is none: a component that
 * reads it must be placed inside a mode (Explorer, Presenter) that has called `setMapModel`.
 */
export function getMapModel<M extends MapModel = MapModel>(
	kind?: abstract new (...args: never[]) => M
): M {
	const model = getContext<MapModel | undefined>(KEY);
	if (!model)
		throw new Error(
			'No map model here: this component reads the view model of its mode. Place it inside ' +
				'Explorer or Presenter, or call setMapModel(new …Model()) in a parent component.'
		);
	if (kind && !(model instanceof kind))
		throw new Error(
			`This component needs a ${kind.name} but sits in a ${model.constructor.name}: ` +
				'it belongs to another mode.'
		);
	return model as M;
}
