/**
 * Lecture mode's view model: a tour as steps, the step in the URL. It reads the tour (the
 * site's, or one made in the explorer and carried by the link), checks a link's steps against
 * the data, frames each step around the caption, scales labels for the back of the room, and
 * moves between steps on keys and clickers, in step with the presenter's window.
 */
import { browser } from '$app/environment';
import { page } from '$app/state';
import { MediaQuery } from 'svelte/reactivity';
import { THEMES } from '$content/themes';
import type { MapScheme } from '$lib/map/theme';
import type { Sizes } from '$lib/scales/size';
import { navigate } from '$lib/state/navigate';
import { applyScheme } from '$lib/state/theme';
import { DEFAULT_LAYERS } from '$lib/state/url';
import { atlasVocabulary } from '$lib/state/vocabulary';
import { MapModel, getMapModel, setMapModel, type Selection } from '$lib/view/mapModel.svelte';
import { PresentKeys } from './keys';
import { checkSteps, readStepParams, stepUrl, type CustomTour } from './params';
import { StepSync } from './sync';
import { customCode, decodeTour } from './tourLink';
import type { PresentTour } from './types';
import { DIR } from '$lib/i18n/lang';

const THEME_IDS = THEMES.map((theme) => theme.id);

export class PresenterModel extends MapModel {
	readonly #tours: PresentTour[];
	/** A tour made in the explorer, as read from the link (reading may be async). */
	#custom = $state.raw<(CustomTour & { code: string }) | null>(null);
	#systemDark = new MediaQuery('(prefers-color-scheme: dark)', false);
	#keys = new PresentKeys();
	#sync: StepSync | null = null;
	/** The screen is blacked out (B), or the keys' help shows (?). */
	blank = $state(false);
	help = $state(false);
	/** What the layout measured: the window, and the caption, dock and legend over the map. */
	window = $state({ width: 1440, height: 900 });
	captionWidth = $state(0);
	dockHeight = $state(0);
	legendHeight = $state(0);

	constructor(tours: PresentTour[], sizes: Sizes) {
		super(sizes);
		this.#tours = tours;
		$effect(() => this.#readCustom());
		$effect(() => applyScheme(this.pageScheme));
	}

	/** The link's tour code, if it carries one. */
	readonly #code = $derived(browser ? customCode(page.url) : null);
	/** The link's tour as read, once read; null while reading or with none in the link. */
	readonly #read = $derived(
		this.#code !== null && this.#custom?.code === this.#code ? this.#custom : null
	);
	/** The link's own tour is still being read: its first step is not shown yet. */
	readonly pending = $derived(this.#code !== null && !this.#read);
	/** Tour, step and modes as the URL states them (1-based steps, clamped). */
	readonly params = $derived.by(() =>
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- an empty query while prerendering
		readStepParams(browser ? page.url.searchParams : new URLSearchParams(), this.#tours, this.#read)
	);
	/**
	 * A tour from a link names countries, missions and themes the build never checked: each is
	 * looked up in the data before the map selects it (the site's own tours were checked).
	 */
	readonly #checked = $derived(
		this.#read?.tour
			? checkSteps(this.params.tour, this.atlas && atlasVocabulary(this.atlas, THEME_IDS))
			: { tour: this.params.tour, notices: [] }
	);
	readonly tour = $derived(this.#checked.tour);
	readonly notices = $derived([...this.params.notices, ...this.#checked.notices]);
	readonly step = $derived(this.tour.steps[this.params.step - 1]);
	readonly hasNext = $derived(this.params.step < this.tour.steps.length);
	readonly contrast = $derived(this.params.contrast);
	/**
	 * The map's key: as the link says, else shown when the screen has room for it beside the
	 * caption (a projector, a laptop; not a phone or a small embed).
	 */
	readonly legend = $derived(
		this.params.legend ?? (this.window.width >= 1200 && this.window.height >= 700)
	);
	/** The reader's system scheme for the page; high contrast is always black on white. */
	readonly pageScheme = $derived<'light' | 'dark'>(
		!this.contrast && this.#systemDark.current ? 'dark' : 'light'
	);
	/** The map's own high-contrast colours: stronger classes, not a filter over pale ones. */
	readonly scheme: MapScheme = $derived(this.contrast ? 'contrast' : this.pageScheme);

	readonly year = $derived(this.step.year);
	readonly settledYear = $derived(this.step.year);
	readonly month = null;
	readonly measure = 'personnel';
	readonly layers = $derived(this.step.layers ?? DEFAULT_LAYERS);
	readonly selection: Selection = $derived({
		country: this.step.country ?? null,
		mission: this.step.mission ?? null,
		operation: null,
		theme: this.step.theme ?? null
	});
	readonly camera = $derived(
		this.step.view
			? { lon: this.step.view[0], lat: this.step.view[1], zoom: this.step.view[2] }
			: null
	);
	readonly behaviour = { interactive: true, cooperative: false, glide: true };

	/**
	 * The caption and its controls cover the map's lower corner at the reading start (left, or
	 * right in Arabic; all its foot on phones); the legend, when shown, a strip at its top.
	 */
	readonly #inset = $derived({
		left: DIR === 'rtl' ? 0 : this.captionWidth + 32,
		right: DIR === 'rtl' ? this.captionWidth + 32 : 0,
		bottom: this.dockHeight + 40,
		top: this.legend && this.legendHeight ? this.legendHeight + 32 : 0
	});
	override get inset() {
		return this.#inset;
	}
	/**
	 * Labels read from the back of a hall: they grow with the window, from the explorer's size on
	 * a 960 × 540 screen to twice that at 1920 × 1080 (and no further than 2.5 times).
	 */
	readonly #labelScale = $derived(
		Math.min(2.5, Math.max(1, Math.min(this.window.width / 960, this.window.height / 540)))
	);
	override get labelScale() {
		return this.#labelScale;
	}

	protected themeOf(id: string) {
		return THEMES.find((theme) => theme.id === id);
	}

	/** The speaker's window, in step with this one. */
	readonly presenterHref = $derived(
		browser ? stepUrl(page.url, this.tour.slug, this.params.step, { presenter: true }).href : ''
	);
	readonly audienceHref = $derived(
		browser ? stepUrl(page.url, this.tour.slug, this.params.step, { presenter: false }).href : ''
	);

	/**
	 * Starts the lecture: the URL names the tour and step (a reload keeps the place) and the
	 * other window's steps are followed. Returns how to stop.
	 */
	start(): () => void {
		if (!page.url.searchParams.has('step'))
			void navigate(stepUrl(page.url, this.tour.slug, this.params.step), { replace: true });
		this.#sync = new StepSync((m) => {
			if (m.tour === this.tour.slug && m.step !== this.params.step) this.go(m.step, false);
		});
		return () => this.#sync?.close();
	}

	/** Goes to step `n` (1-based, clamped), and tells the other window unless it asked. */
	go(n: number, broadcast = true): void {
		const to = Math.min(this.tour.steps.length, Math.max(1, n));
		if (to === this.params.step) return;
		// The keys' help is for the moment it was asked for, not for the rest of the lecture.
		this.help = false;
		void navigate(stepUrl(page.url, this.tour.slug, to), { replace: true });
		if (broadcast) this.#sync?.send({ tour: this.tour.slug, step: to });
	}

	/** High contrast and the legend are in the URL: a reload or a shared link keeps them. */
	setMode(mode: { contrast?: boolean; legend?: boolean }): void {
		void navigate(stepUrl(page.url, this.tour.slug, this.params.step, mode), { replace: true });
	}

	/** A key or a clicker's button; `fullscreen` is the page's to do. */
	key(e: KeyboardEvent, fullscreen: () => void): void {
		if ((e.target as HTMLElement).closest?.('input, textarea, select')) return;
		const action = this.#keys.action(e);
		if (action.kind === 'none') return;
		e.preventDefault();
		const step = this.params.step;
		if (action.kind === 'next') this.go(step + 1);
		else if (action.kind === 'previous') this.go(step - 1);
		else if (action.kind === 'first') this.go(1);
		else if (action.kind === 'last') this.go(this.tour.steps.length);
		else if (action.kind === 'jump') this.go(action.step);
		else if (action.kind === 'blank') this.blank = !this.blank;
		else if (action.kind === 'help') this.help = !this.help;
		else if (action.kind === 'close') this.help = false;
		else if (action.kind === 'contrast') this.setMode({ contrast: !this.contrast });
		else if (action.kind === 'legend') this.setMode({ legend: !this.legend });
		else if (action.kind === 'fullscreen') fullscreen();
	}

	#readCustom(): (() => void) | void {
		const code = this.#code;
		if (!code) return;
		let live = true;
		decodeTour(code).then(
			(tour) => live && (this.#custom = { code, tour, error: null }),
			(e: Error) => live && (this.#custom = { code, tour: null, error: e.message })
		);
		return () => (live = false);
	}
}

/** Creates lecture mode's model and hands it to the components under the calling one. */
export function createPresenterModel(tours: PresentTour[], sizes: Sizes): PresenterModel {
	return setMapModel(new PresenterModel(tours, sizes));
}

/** Lecture mode's model, for its caption, controls and overlays. */
export function getPresenterModel(): PresenterModel {
	return getMapModel(PresenterModel);
}
