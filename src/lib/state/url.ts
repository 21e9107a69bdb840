/**
 * The explorer's shareable state, as the URL states it: the contract embeds and presentations
 * reuse. `?year=1995&country=BIH`, `?mission=unosom-ii`, `?layers=hosts,missions`,
 * `?view=lon,lat,zoom`, `?year=1995&month=8` (a month of a year with monthly reports),
 * `?country=PAK&compare=IDN,BGD` (other countries on the selected one's chart),
 * `?operation=ifor` (another body's operation), `?measure=fallen` (the map colours the fallen).
 * Anything unknown or malformed is dropped (or clamped) with a notice;
 * nothing read here is ever rendered as HTML.
 */
import { FIRST_YEAR, LAST_YEAR } from '$lib/data/years';

export const LAYERS = ['hosts', 'contributors', 'missions', 'operations', 'links'] as const;
export type LayerId = (typeof LAYERS)[number];

/**
 * What the map colours the states by: their uniformed personnel in the year (the default), or
 * their nationals who died in UN peace operations, up to the year (`fallen`) or in it
 * (`fallen-year`).
 */
export const MEASURES = ['personnel', 'fallen', 'fallen-year'] as const;
export type Measure = (typeof MEASURES)[number];

export interface CameraView {
	lon: number;
	lat: number;
	zoom: number;
}

export interface ViewState {
	year: number;
	/**
	 * A month (1–12) of the year, where the sources have monthly reports; null for the year's
	 * own month (December where there is one). Whether the year has it is for the data to say.
	 */
	month: number | null;
	/** ISO alpha-3 of the selected country. */
	country: string | null;
	/** Id (acronym) of the selected mission. */
	mission: string | null;
	/** Id of the selected operation of another body than the UN ("IFOR"). */
	operation: string | null;
	/** Id of the selected theme of the articles. */
	theme: string | null;
	/**
	 * ISO alpha-3 of the countries compared with the selected one, in the order added: at most
	 * MAX_COMPARE, never the selected country itself; empty without a selected country.
	 */
	compare: string[];
	layers: LayerId[];
	measure: Measure;
	view: CameraView | null;
}

export type NoticeKind =
	| 'unknown'
	| 'malformed'
	| 'clamped'
	| 'conflict'
	| 'unavailable'
	/** A comparison without a selected country to compare with. */
	| 'alone'
	/** More countries to compare than one chart shows clearly. */
	| 'too-many';
export interface Notice {
	param: string;
	/** The value as given, cut to a readable length. */
	value: string;
	kind: NoticeKind;
}

export interface Vocabulary {
	hasCountry(iso3: string): boolean;
	/** The mission id for a URL slug, or null. */
	missionForSlug(slug: string): string | null;
	slugOf(mission: string): string;
	/** The id of another body's operation for a URL slug ("ifor" → "IFOR"), or null. */
	operationForSlug(slug: string): string | null;
	operationSlugOf(operation: string): string;
	hasTheme(theme: string): boolean;
}

/** A vocabulary that knows no country or mission: enough to read the year, layers and camera. */
export const NO_WORDS: Vocabulary = {
	hasCountry: () => false,
	missionForSlug: () => null,
	slugOf: toSlug,
	operationForSlug: () => null,
	operationSlugOf: toSlug,
	hasTheme: () => false
};

export const DEFAULT_YEAR = LAST_YEAR;
export const DEFAULT_LAYERS: LayerId[] = [
	'hosts',
	'contributors',
	'missions',
	'operations',
	'links'
];
export const DEFAULT_MEASURE: Measure = 'personnel';
/** The view a link without parameters states: the latest year, nothing selected. */
export const DEFAULT_VIEW: ViewState = {
	year: DEFAULT_YEAR,
	month: null,
	country: null,
	mission: null,
	operation: null,
	theme: null,
	compare: [],
	layers: DEFAULT_LAYERS,
	measure: DEFAULT_MEASURE,
	view: null
};
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 8;
/** Countries compared with the selected one: five lines, each with its own dash and marker. */
export const MAX_COMPARE = 4;
const MAX_SHOWN = 40;

const show = (value: string) =>
	value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) + '…' : value;

/** "UNOSOM II", "unosom_ii", "Unosom+II" → "unosom-ii" */
export function toSlug(value: string): string {
	return value
		.trim()
		.toLowerCase()
		.replace(/[\s_+]+/g, '-')
		.replace(/[^a-z0-9-]/g, '');
}

export function parseView(
	params: URLSearchParams,
	vocab: Vocabulary
): { state: ViewState; notices: Notice[] } {
	const notices: Notice[] = [];
	const note = (param: string, value: string, kind: NoticeKind) =>
		notices.push({ param, value: show(value), kind });

	let year = DEFAULT_YEAR;
	const yearText = params.get('year');
	if (yearText !== null) {
		const n = /^\s*-?\d{1,6}\s*$/.test(yearText) ? Number(yearText) : NaN;
		if (Number.isNaN(n)) note('year', yearText, 'malformed');
		else {
			year = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, n));
			if (year !== n) note('year', yearText, 'clamped');
		}
	}

	let month: number | null = null;
	const monthText = params.get('month');
	if (monthText !== null && monthText !== '') {
		const n = /^\s*\d{1,2}\s*$/.test(monthText) ? Number(monthText) : NaN;
		if (Number.isNaN(n) || n < 1 || n > 12) note('month', monthText, 'malformed');
		else month = n;
	}

	let country: string | null = null;
	const countryText = params.get('country');
	if (countryText !== null && countryText !== '') {
		const code = countryText.trim().toUpperCase();
		if (vocab.hasCountry(code)) country = code;
		else note('country', countryText, 'unknown');
	}

	let mission: string | null = null;
	const missionText = params.get('mission');
	if (missionText !== null && missionText !== '') {
		mission = vocab.missionForSlug(toSlug(missionText));
		if (!mission) note('mission', missionText, 'unknown');
	}
	if (country && mission) {
		note('mission', missionText!, 'conflict');
		mission = null;
	}

	let operation: string | null = null;
	const operationText = params.get('operation');
	if (operationText !== null && operationText !== '') {
		operation = vocab.operationForSlug(toSlug(operationText));
		if (!operation) note('operation', operationText, 'unknown');
		else if (country || mission) {
			note('operation', operationText, 'conflict');
			operation = null;
		}
	}

	let theme: string | null = null;
	const themeText = params.get('theme');
	// "light" and "dark" are an embed's colour scheme in links made before `scheme=`.
	if (themeText !== null && themeText !== '' && themeText !== 'light' && themeText !== 'dark') {
		const id = toSlug(themeText);
		if (!vocab.hasTheme(id)) note('theme', themeText, 'unknown');
		else if (country || mission || operation) note('theme', themeText, 'conflict');
		else theme = id;
	}

	const compare: string[] = [];
	const compareText = params.get('compare');
	if (compareText !== null && compareText !== '') {
		if (!country) note('compare', compareText, 'alone');
		else {
			const unknown: string[] = [];
			const extra: string[] = [];
			for (const part of compareText.split(',')) {
				const code = part.trim().toUpperCase();
				if (!code || code === country || compare.includes(code)) continue;
				if (!vocab.hasCountry(code)) unknown.push(part.trim());
				else if (compare.length >= MAX_COMPARE) extra.push(code);
				else compare.push(code);
			}
			if (unknown.length) note('compare', unknown.join(','), 'unknown');
			if (extra.length) note('compare', extra.join(','), 'too-many');
		}
	}

	let layers = DEFAULT_LAYERS;
	const layersText = params.get('layers');
	if (layersText !== null) {
		const asked = layersText
			.split(',')
			.map((l) => l.trim().toLowerCase())
			.filter(Boolean);
		for (const l of asked)
			if (!(LAYERS as readonly string[]).includes(l)) note('layers', l, 'unknown');
		layers = LAYERS.filter((l) => asked.includes(l));
	}

	let measure: Measure = DEFAULT_MEASURE;
	const measureText = params.get('measure');
	if (measureText !== null && measureText !== '') {
		const m = MEASURES.find((x) => x === measureText.trim().toLowerCase());
		if (m) measure = m;
		else note('measure', measureText, 'unknown');
	}

	let view: CameraView | null = null;
	const viewText = params.get('view');
	if (viewText !== null) {
		const parts = viewText
			.split(',')
			.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
		if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p)))
			note('view', viewText, 'malformed');
		else {
			const [lon, lat, zoom] = parts;
			view = clampView(lon, lat, zoom);
			if (!sameView(view, lon, lat, zoom)) note('view', viewText, 'clamped');
		}
	}

	return {
		state: { year, month, country, mission, operation, theme, compare, layers, measure, view },
		notices
	};
}

/**
 * A camera the map can show: the longitude wrapped into -180..180, the latitude and zoom kept
 * within what the map draws (a latitude of 95 or a zoom of 40 would stop it).
 */
export function clampView(lon: number, lat: number, zoom: number): CameraView {
	return {
		lon: ((((lon + 180) % 360) + 360) % 360) - 180,
		lat: Math.min(85, Math.max(-85, lat)),
		zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom))
	};
}

/** True if clampView left the camera as it was asked for. */
export function sameView(view: CameraView, lon: number, lat: number, zoom: number): boolean {
	return view.lat === lat && view.zoom === zoom && Math.abs(view.lon - lon) <= 1e-9;
}

/** The URL for a state: parameters at their defaults are left out; unrelated ones are kept. */
export function serializeView(
	state: ViewState,
	base: URL,
	vocab: Pick<Vocabulary, 'slugOf' | 'operationSlugOf'>
): URL {
	const url = new URL(base);
	for (const key of [
		'year',
		'month',
		'country',
		'mission',
		'operation',
		'theme',
		'compare',
		'layers',
		'measure',
		'view'
	])
		url.searchParams.delete(key);
	if (state.year !== DEFAULT_YEAR) url.searchParams.set('year', String(state.year));
	if (state.month !== null) url.searchParams.set('month', String(state.month));
	if (state.country) url.searchParams.set('country', state.country);
	else if (state.mission) url.searchParams.set('mission', vocab.slugOf(state.mission));
	else if (state.operation)
		url.searchParams.set('operation', vocab.operationSlugOf(state.operation));
	else if (state.theme) url.searchParams.set('theme', state.theme);
	const compare = state.country
		? [...new Set(state.compare)].filter((c) => c !== state.country).slice(0, MAX_COMPARE)
		: [];
	if (compare.length) url.searchParams.set('compare', compare.join(','));
	const layers = LAYERS.filter((l) => state.layers.includes(l));
	if (layers.join() !== DEFAULT_LAYERS.join()) url.searchParams.set('layers', layers.join(','));
	if (state.measure && state.measure !== DEFAULT_MEASURE)
		url.searchParams.set('measure', state.measure);
	if (state.view) url.searchParams.set('view', formatView(state.view));
	return url;
}

/** "35.5,33.9,4.25": four decimals for the centre (about ten metres), two for the zoom. */
export function formatView({ lon, lat, zoom }: CameraView): string {
	const r = (n: number, d: number) => String(Math.round(n * 10 ** d) / 10 ** d);
	return `${r(lon, 4)},${r(lat, 4)},${r(zoom, 2)}`;
}
