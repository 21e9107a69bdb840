/**
 * The explorer's view model (the explore page and the embed): the URL is its state. It reads
 * the view from the link, steps years ahead of the URL while the map draws them, loads what a
 * selection or a picked month needs, and says in words what is shown (the live announcement,
 * the citation). Explorer.svelte and the components under it only lay it out.
 */
import { commonText } from '$lib/i18n/common';
import { exploreText } from '$lib/i18n/explore';
import { monthYear } from '$lib/i18n/format';
import { browser } from '$app/environment';
import { afterNavigate } from '$app/navigation';
import { base } from '$app/paths';
import { page } from '$app/state';
import { tick, untrack } from 'svelte';
import { MediaQuery } from 'svelte/reactivity';
import { yearCoverage } from '$lib/data/atlas';
import { loadMonthly } from '$lib/data/load';
import { OPERATIONS, operationSlugOf } from '$lib/data/operationIds';
import type { CorpusIndex } from '$lib/content/corpusIndex';
import type { MapPick, Selectable } from '$lib/map/pick';
import type { Sizes } from '$lib/scales/size';
import { DEFAULT_EMBED, parseEmbed } from '$lib/state/embed';
import { navigate } from '$lib/state/navigate';
import { applyScheme, storedScheme, storeScheme, type Scheme } from '$lib/state/theme';
import {
	DEFAULT_VIEW,
	NO_WORDS,
	parseView,
	serializeView,
	type CameraView,
	type ViewState,
	type Vocabulary
} from '$lib/state/url';
import { atlasVocabulary } from '$lib/state/vocabulary';
import { PANEL_CODE } from './panelCode';
import { missionLabel } from '$lib/data/missionLabels';
import { fullName, localName } from '$lib/data/missionNames.svelte';
import { YearStep } from '$lib/state/yearStep.svelte';
import type { IslandTiming } from '$lib/islands/code';
import { MapModel, getMapModel, setMapModel, type Selection } from '$lib/view/mapModel.svelte';

export interface ExplorerOptions {
	/** The size scales of mission circles and links, built from the data at build time. */
	sizes: Sizes;
	/** The ids of the articles' themes, the ones a link may name. */
	themeIds: string[];
	/** In someone else's page: no site chrome, options from the URL, talks to the host. */
	embedded: boolean;
}

/** Islands load once the first view is done, or at once when the page shows another view. */
const islandTimingOf = (model: ExplorerModel): IslandTiming => ({
	get due() {
		return model.firstViewDone;
	},
	get now() {
		return !model.pristine;
	}
});

export class ExplorerModel extends MapModel {
	readonly embedded: boolean;
	readonly #themeIds: string[];
	/** The articles' index: themes, passages, place names. */
	corpus = $state.raw<CorpusIndex | null>(null);
	#corpusLoading = false;
	/** The reader's colour scheme, if they chose one. */
	#chosenScheme = $state<Scheme | null>(null);
	#systemDark = new MediaQuery('(prefers-color-scheme: dark)', false);
	/** True once every month's figures have loaded (on picking a month or opening a country). */
	monthlyLoaded = $state(false);
	#monthlyLoading = false;
	/** The query string whose notices the reader dismissed. */
	#dismissed = $state<string | null>(null);
	/** What the pointer is over, and the tooltip code, loaded on the first hover. */
	hovered = $state.raw<(MapPick & { x: number; y: number }) | null>(null);
	#tooltips = $state.raw<typeof import('./tooltip') | null>(null);
	/** Set when a selection should take the keyboard focus into the panel once it shows. */
	#focusPanel = false;
	/** Where focus goes back to when the panel closes. */
	returnFocus: HTMLElement | null = null;
	/** On a phone, the year's overview opened from the controls: a sheet like a selection's. */
	overviewOpen = $state(false);
	/**
	 * A change made before the figures were in, until the URL states it: the panel keeps the
	 * early pick's heading (`$lib/picture/earlyPick`) rather than show the year's overview.
	 */
	waitingForData = $state(false);

	constructor(options: ExplorerOptions) {
		super(options.sizes);
		this.embedded = options.embedded;
		this.#themeIds = options.themeIds;
		this.steps = new YearStep(
			(year) => this.update({ year, month: this.linkMonthIn(year) }, { replace: true }),
			(fn) => this.afterDrawn(fn)
		);
		afterNavigate(({ type }) => {
			if (type !== 'goto') this.steps.drop();
		});
		$effect(() =>
			untrack(() => {
				this.#chosenScheme = storedScheme();
			})
		);
		$effect(() => this.#loadCorpus());
		$effect(() => applyScheme(this.embed.options.scheme ?? this.#chosenScheme));
		$effect(() => this.#loadMonthly());
		$effect(() => this.#frameLinkedSelection());
		$effect(() => this.#focusNewPanel());
	}

	/** The embed's own options (theme, panel, controls, interactive), from its URL. */
	readonly embed = $derived.by(() =>
		this.embedded && browser
			? parseEmbed(page.url.searchParams)
			: { options: DEFAULT_EMBED, notices: [] }
	);
	readonly behaviour = $derived.by(() => ({
		interactive: this.embed.options.interactive,
		cooperative: this.embedded,
		glide: false
	}));
	/** The colour scheme in use: the embed's, else the reader's choice, else the system's. */
	readonly scheme: Scheme = $derived(
		this.embed.options.scheme ?? this.#chosenScheme ?? (this.#systemDark.current ? 'dark' : 'light')
	);

	/** When the page's islands load (src/lib/islands): after the first view, or now. */
	readonly islandTiming: IslandTiming = islandTimingOf(this);

	/** Words the URL may use, from the data. */
	readonly vocab = $derived.by<Vocabulary | null>(
		() => this.atlas && atlasVocabulary(this.atlas, this.#themeIds)
	);
	/** The state the URL states, and what in it could not be read; defaults until the data is in. */
	readonly parsed = $derived(
		browser && this.vocab
			? parseView(page.url.searchParams, this.vocab)
			: // Defaults while prerendering or loading: the link is read once the data can check it.
				{ state: DEFAULT_VIEW, notices: [] }
	);
	/** The view as the URL states it. */
	readonly view = $derived(this.parsed.state);
	readonly selection: Selection = $derived({
		country: this.view.country,
		mission: this.view.mission,
		operation: this.view.operation,
		theme: this.view.theme
	});
	readonly layers = $derived(this.view.layers);
	readonly measure = $derived(this.view.measure);
	/** The year: a step shows on the map and slider at once, the URL follows once it is drawn. */
	readonly steps: YearStep;
	readonly year = $derived.by(() => this.steps.pending ?? this.view.year);
	readonly settledYear = $derived(this.view.year);
	/**
	 * The page still shows what was prerendered: the default view, in light colours, with no
	 * step under way. Parts prerendered as islands wait for the first view until it does not.
	 */
	readonly pristine = $derived.by(
		() =>
			this.scheme === 'light' && this.steps.pending === null && (!browser || page.url.search === '')
	);

	/** The month shown: the link's, where the year has monthly reports and they have loaded. */
	readonly month = $derived(this.monthlyLoaded ? this.linkMonthIn(this.year) : null);
	/** The camera needs no data to be read, so the map can start where the link points. */
	readonly camera = $derived<CameraView | null>(
		browser ? parseView(page.url.searchParams, NO_WORDS).state.view : null
	);
	/** The selection's panel shows, or the year's overview as a phone's sheet. */
	readonly sheetOpen = $derived(this.selected || (this.overviewOpen && narrow().current));

	protected themeOf(id: string) {
		return this.corpus?.theme(id);
	}
	/** The explorer loads the detail files for any selection: its panels read them. */
	protected override get wantsDetail(): boolean {
		return this.selected;
	}

	/**
	 * The articles' index loads once something needs it: a selection (its panel quotes the
	 * articles), a view other than the prerendered one, or else once the first view is done
	 * (the prerendered overview already names the themes).
	 */
	#loadCorpus() {
		if (this.corpus || this.#corpusLoading) return;
		if (!this.firstViewDone && !this.selected && this.pristine) return;
		this.#corpusLoading = true;
		import('$lib/content/corpusIndex')
			.then(({ loadCorpus }) => loadCorpus(`${base}/content/corpus.json`))
			.then((c) => (this.corpus = c), this.fail);
	}

	/** The months of a year a reader can pick (none before 1990 or after February 2014). */
	monthsOf(year: number): number[] {
		return this.atlas?.monthsOf(year) ?? [];
	}
	/** The link's month, where `year` has monthly reports; else null (the year's own month). */
	linkMonthIn(year: number): number | null {
		const month = this.view.month;
		return month !== null && this.monthsOf(year).includes(month) ? month : null;
	}

	/** What the link held that the atlas could not read, until the reader dismisses it. */
	readonly notices = $derived.by(() => {
		if (!browser || this.#dismissed === page.url.search) return [];
		// A month the year has no monthly report for: said, and the year's own month shown.
		const month =
			this.atlas && this.view.month !== null && this.linkMonthIn(this.view.year) === null
				? [{ param: 'month', value: String(this.view.month), kind: 'unavailable' as const }]
				: [];
		return [...this.parsed.notices, ...month, ...this.embed.notices];
	});
	dismissNotices(): void {
		this.#dismissed = page.url.search;
	}

	/** Which figures the year shown has, and as of when: under the year control. */
	readonly coverage = $derived(
		this.atlas
			? exploreText.coverage(
					this.year,
					yearCoverage(this.year, this.atlas.rules.get(this.year)),
					this.atlas.figureMonth(this.year, this.month)?.asOf ?? null
				)
			: ''
	);

	/** What a screen reader hears when the year, the selection or the map's colours change. */
	readonly announcement = $derived.by(() => {
		if (!this.atlas) return '';
		const fallen =
			this.measure === 'personnel'
				? ''
				: exploreText.liveFallen(this.view.year, this.measure === 'fallen-year');
		return [fallen, this.#said()].filter(Boolean).join(' ');
	});

	#said(): string {
		const { atlas, view, month } = this;
		if (!atlas) return '';
		if (view.country) {
			const total = atlas.personnel(view.country, view.year, month)?.total ?? null;
			return exploreText.liveSelection(
				atlas.countryName(view.country),
				commonText.personnelLine(total, view.year, atlas.rules.has(view.year))
			);
		}
		if (view.mission)
			return exploreText.liveSelection(
				missionLabel(view.mission),
				fullName(view.mission, atlas.missions.get(view.mission)?.name.value ?? '')
			);
		if (view.operation) {
			// Its name once the file is here; its body before.
			const body = OPERATIONS.get(operationSlugOf(view.operation))?.body ?? '';
			const name =
				localName(view.operation)?.name ??
				this.operations?.find((o) => o.id === view.operation)?.name.value;
			return exploreText.liveSelection(
				missionLabel(view.operation),
				name ?? commonText.searchOperationOf(body)
			);
		}
		const hosted = atlas.inOicStates(view.year);
		return commonText.summary(
			view.year,
			hosted.then.length,
			hosted.later.length,
			atlas.oicShare(view.year, month),
			month === null ? null : (atlas.figureMonth(view.year, month)?.asOf ?? null)
		);
	}

	/** What the view shows, in words: the citation, the share dialog and the PNG use it. */
	readonly citationTitle = $derived.by(() => {
		const { atlas, view } = this;
		if (!atlas) return commonText.overviewHeading(view.year);
		if (view.country) return `${atlas.countryName(view.country)}, ${view.year}`;
		if (view.mission) return `${view.mission}, ${view.year}`;
		if (view.operation) return `${view.operation}, ${view.year}`;
		const theme = view.theme && this.corpus?.theme(view.theme);
		return theme ? `${theme.title}, ${view.year}` : commonText.overviewHeading(view.year);
	});
	/** The data source of the year and the month its figures are as of. */
	readonly credit = $derived.by(() => {
		const figure = this.atlas?.figureMonth(this.view.year, this.month);
		const source = figure && this.atlas?.sources.get(figure.source);
		return source && figure ? `${source.citation}, ${monthYear(figure.asOf)}` : '';
	});
	/** A citation of what is on screen: the view, its data source and month, the link. */
	readonly citation = $derived(
		this.atlas && browser
			? exploreText.citation(this.citationTitle, this.credit || null, page.url.href, today())
			: ''
	);
	/** The explorer URL of this view, for sharing. */
	readonly viewUrl = $derived(browser ? page.url : PRERENDERED);

	/** The tooltip for what the pointer is over; its code loads on the first hover. */
	readonly tooltip = $derived(
		this.hovered &&
			this.atlas &&
			this.#tooltips?.tooltipFor(this.atlas, this.hovered, this.view.year, this.month, {
				operations: this.operations,
				measure: this.measure,
				fatalities: this.fatalities
			})
	);

	/**
	 * Writes a change of view to the URL (a new history entry unless `replace`). A change made
	 * before the figures are in (a click on the map picture) waits for them: the link is read,
	 * and written, with the data's words.
	 */
	async update(change: Partial<ViewState>, options: { replace?: boolean } = {}): Promise<void> {
		if (this.vocab) return this.#write(this.vocab, change, options);
		this.waitingForData = true;
		try {
			await this.atlasSettled;
			if (this.vocab) await this.#write(this.vocab, change, options);
		} finally {
			this.waitingForData = false;
		}
	}
	#write(vocab: Vocabulary, change: Partial<ViewState>, options: { replace?: boolean }) {
		const next = { ...this.view, year: this.year, ...change };
		return navigate(serializeView(next, page.url, vocab), options);
	}

	/**
	 * Selects something, or nothing. With `focus` (chosen by name: search, table, a panel's
	 * link) the camera goes to it and the keyboard focus into its panel.
	 */
	select(pick: Selectable | null, { focus = false } = {}): void {
		// The panel's code downloads meanwhile (the URL may be waiting for the data).
		if (pick) void PANEL_CODE[pick.kind]().catch(() => {});
		this.#focusPanel = focus;
		if (pick && focus) this.frame = { ...pick, n: (this.frame?.n ?? 0) + 1 };
		const active = document.activeElement as HTMLElement | null;
		if (pick && focus && active && !active.closest('.panel')) this.returnFocus = active;
		void this.update({
			country: pick?.kind === 'country' ? pick.id : null,
			mission: pick?.kind === 'mission' ? pick.id : null,
			operation: pick?.kind === 'operation' ? pick.id : null,
			theme: pick?.kind === 'theme' ? pick.id : null
		});
	}

	/** Opens the year's overview as a sheet (phones, where no panel shows beside the map). */
	async openOverview(from: HTMLElement): Promise<void> {
		this.returnFocus = from;
		this.overviewOpen = true;
		await tick();
		document.querySelector<HTMLElement>('.panel #panel-title')?.focus();
	}

	/** Closes the panel and gives the focus back to where it came from (or the map). */
	async closePanel(): Promise<void> {
		this.overviewOpen = false;
		if (this.selected) this.select(null);
		await tick();
		const back = this.returnFocus?.isConnected
			? this.returnFocus
			: document.querySelector<HTMLElement>('[data-map-host] canvas');
		back?.focus();
		this.returnFocus = null;
	}

	/** Escape closes the panel, wherever the focus is, unless something nearer takes the key. */
	escape(e: KeyboardEvent): void {
		if (e.key !== 'Escape' || e.defaultPrevented || !this.embed.options.panel) return;
		if (!this.selected && !this.overviewOpen) return;
		// Text fields and dialogs have their own Escape; the slider and switches do not.
		const own = 'dialog, select, textarea, input:is([type=text], [type=search], :not([type]))';
		if ((e.target as HTMLElement | null)?.closest?.(own)) return;
		e.preventDefault();
		void this.closePanel();
	}

	toggleScheme(): void {
		this.#chosenScheme = this.scheme === 'dark' ? 'light' : 'dark';
		storeScheme(this.#chosenScheme);
	}

	override pick(pick: MapPick | null): void {
		this.select(pick);
	}
	override hover(next: (MapPick & { x: number; y: number }) | null): void {
		this.hovered = next;
		if (next && !this.#tooltips) import('./tooltip').then((m) => (this.#tooltips ??= m));
	}
	override moved(camera: CameraView): void {
		void this.update({ view: camera }, { replace: true });
	}

	/** Every month's figures load once a month is picked or a country's chart wants its line. */
	#loadMonthly(): void {
		const atlas = this.atlas;
		if (!atlas || this.monthlyLoaded || this.#monthlyLoading) return;
		if (this.view.month === null && !this.view.country) return;
		this.#monthlyLoading = true;
		loadMonthly()
			.then((file) => {
				atlas.setMonthly(file);
				this.monthlyLoaded = true;
			}, this.fail)
			.finally(() => (this.#monthlyLoading = false));
	}

	#linkFramed = false;
	/**
	 * A link that selects something (a shared view, an article's place name) opens with it in
	 * view, as a search does: unless the link names its own camera.
	 */
	#frameLinkedSelection(): void {
		if (this.#linkFramed || !this.vocab) return;
		this.#linkFramed = true;
		const { country, mission, operation, view: camera } = untrack(() => this.parsed.state);
		if (camera) return;
		if (country) this.frame = { kind: 'country', id: country, n: 1, instant: true };
		else if (mission) this.frame = { kind: 'mission', id: mission, n: 1, instant: true };
		else if (operation) this.frame = { kind: 'operation', id: operation, n: 1, instant: true };
	}

	/**
	 * After a selection, focus the new panel's heading once it is in the DOM (panels load on
	 * first use, so it may take a few frames).
	 */
	#focusNewPanel(): void {
		const { country, mission, operation, theme } = this.selection;
		const key = country ?? mission ?? operation ?? theme;
		if (!key || !this.#focusPanel) return;
		this.#focusPanel = false;
		let frames = 60;
		const attempt = () => {
			const heading = document.querySelector<HTMLElement>(
				`.panel [data-panel="${CSS.escape(key)}"] #panel-title`
			);
			if (heading) heading.focus();
			else if (frames--) requestAnimationFrame(attempt);
		};
		attempt();
	}
}

/** The date a citation says it was accessed, as YYYY-MM-DD. */
const today = () => new Date().toISOString().slice(0, 10);
/** The address the share dialog is given while prerendering (it shows only in the browser). */
const PRERENDERED = new URL('http://localhost/');

let narrowQuery: MediaQuery | null = null;
/** A phone-sized window, where panels are sheets over the map. */
export function narrow(): MediaQuery {
	return (narrowQuery ??= new MediaQuery('(max-width: 899px)', false));
}

/** Creates the explorer's model and hands it to the components under the calling one. */
export function createExplorerModel(options: ExplorerOptions): ExplorerModel {
	return setMapModel(new ExplorerModel(options));
}

/** The explorer's model, for components only the explorer shows (its panel, its controls). */
export function getExplorerModel(): ExplorerModel {
	return getMapModel(ExplorerModel);
}
