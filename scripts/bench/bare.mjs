/**
 * Page (c), the floor: MapLibre alone, drawing the same geodata with the same style layers as
 * the explorer, and nothing else. Everything the app decides (layers, paint expressions, the
 * font, the camera, per-country properties, per-year feature state) is copied from a live app
 * page by ./calibrate.mjs, so the only difference left is the app around the map.
 *
 * Served from memory under /__bench/: bare.html, bare.mjs (the style inlined, as the app keeps
 * its style in code), bare-data.json (what the first view needs beyond the shapes) and
 * bare-years.json (the per-year states for the year steps, fetched only when stepping).
 */

import { benchPage } from './floors.mjs';

/** Source ids as spelled in src/lib/map/ids.ts. */
export const SOURCE = {
	countries: 'countries',
	labels: 'country-labels',
	missions: 'missions',
	links: 'links'
};

const EMPTY = { type: 'FeatureCollection', features: [] };

/**
 * The captured style with the data of the country and mission sources taken out: the bare
 * page fills them itself from geodata, like the app does after 'load'.
 */
function emptiedStyle(style) {
	for (const id of Object.values(SOURCE)) {
		if (!style.sources?.[id])
			throw new Error(`the app's style has no "${id}" source: ids.ts changed?`);
	}
	const sources = {};
	for (const [id, source] of Object.entries(style.sources)) {
		sources[id] = id === SOURCE.links ? source : { ...source, data: EMPTY };
	}
	return { ...style, sources };
}

/**
 * Per-country properties the app adds to the decoded shapes (OIC status, host): taken from the
 * app's countries source, so the floor filters and colours exactly the same features.
 */
function rolesFrom(style) {
	const roles = {};
	for (const f of style.sources[SOURCE.countries].data.features ?? []) {
		roles[f.properties.iso3] = [f.properties.oic, f.properties.host];
	}
	return roles;
}

/**
 * @param {object} c  what calibration read from the app
 * @param {object} c.style  map.getStyle() of the ready app
 * @param {{center: [number, number], zoom: number}} c.view  the app's first camera
 * @param {{width: number, height: number}} c.size  CSS size of the app's map canvas
 * @param {number} c.year0  the year the app opens on
 * @param {Record<number, {countries: object, missions: object}>} c.states  feature state by year
 * @param {Record<number, [string, string, object][]>} c.calls  the app's calls stepping to a year
 * @returns {Map<string, {body: string, type?: string}>} URL path -> content
 */
export function barePage(c) {
	const style = emptiedStyle(c.style);
	const first = c.states[c.year0];
	// Each step replays the app's own setFeatureState calls for that year (see calibrate.mjs).
	const steps = c.calls;
	const data = {
		year0: c.year0,
		roles: rolesFrom(c.style),
		missions: c.style.sources[SOURCE.missions].data,
		states: { [c.year0]: first }
	};
	return new Map([
		['/__bench/bare.html', { body: html(c.size) }],
		['/__bench/bare.mjs', { body: module(style, c.view, c.engine) }],
		['/__bench/bare-data.json', { body: JSON.stringify(data) }],
		['/__bench/bare-years.json', { body: JSON.stringify(steps) }]
	]);
}

/** The page: the map at the app's canvas size, so both draw the same number of pixels. */
function html(size) {
	// A well-built page starts its downloads at once: the floor should not wait on its own JS.
	return benchPage(
		'Benchmark floor: bare MapLibre',
		size,
		`
<link rel="stylesheet" href="/__bench/lib/maplibre-gl.css">
<link rel="modulepreload" href="/__bench/lib/maplibre-gl.mjs">
<link rel="preload" href="/__bench/geodata/countries.topo.json" as="fetch" crossorigin>
<link rel="preload" href="/__bench/bare-data.json" as="fetch" crossorigin>
<script defer src="/__bench/lib/topojson-client.min.js"></script>
<script type="module" src="/__bench/bare.mjs"></script>`
	);
}

/** The page's only module: map, data, readiness, and a year switch for the year-step test. */
function module(style, view, engine) {
	return `import { Map as MapLibreMap, setWorkerUrl } from '/__bench/lib/maplibre-gl.mjs';

const STYLE = ${JSON.stringify(style)};
const SOURCE = ${JSON.stringify(SOURCE)};

// Both downloads start before the engine: the app also fetches its data while MapLibre loads.
const json = (url) => fetch(url).then((r) => r.json());
const data = Promise.all([json('/__bench/geodata/countries.topo.json'), json('/__bench/bare-data.json')]);

setWorkerUrl(new URL('/__bench/lib/maplibre-gl-worker.mjs', location.href).href);
const container = document.getElementById('map');
// The app's own map options that change the engine's work (read from the live app by
// calibrate.mjs): the zoom limit, and labels shown without a fade-in.
const map = new MapLibreMap({
	container,
	style: STYLE,
	center: ${JSON.stringify(view.center)},
	zoom: ${JSON.stringify(view.zoom)},
	attributionControl: false,
	dragRotate: false,
	pitchWithRotate: false,
	maxZoom: ${JSON.stringify(engine.maxZoom)},
	fadeDuration: ${JSON.stringify(engine.fadeDuration)}
});
// The same hook and mark as the app: one measurement script reaches every page's map.
container.maplibreMap = map;
performance.mark('map-constructed');

const loaded = new Promise((resolve) => map.once('load', resolve));
const [[topo, extra]] = await Promise.all([data, loaded]);

// Shapes and label points exactly as src/lib/map/countries.ts and features.ts build them.
const shapes = globalThis.topojson.feature(topo, topo.objects.countries);
for (const f of shapes.features) {
	const [oic, host] = extra.roles[f.properties.iso3] ?? ['', false];
	f.properties = { ...f.properties, oic, host };
}
const labels = {
	type: 'FeatureCollection',
	features: shapes.features.map((f) => ({
		type: 'Feature',
		id: f.properties.iso3,
		properties: {
			iso3: f.properties.iso3,
			name: f.properties.name,
			area: f.properties.area,
			oic: f.properties.oic,
			host: f.properties.host
		},
		geometry: { type: 'Point', coordinates: f.properties.label }
	}))
};

// "First painted map": the first frame drawn with country shapes in it.
map.on('render', function firstShapes() {
	if (map.querySourceFeatures(SOURCE.countries).length === 0) return;
	performance.mark('first-map-render');
	map.off('render', firstShapes);
});

const states = extra.states;
/** The first view's state: every feature of every source. */
function applyFirst(year) {
	const s = states[year];
	for (const [id, state] of Object.entries(s.countries)) {
		map.setFeatureState({ source: SOURCE.countries, id }, state);
		map.setFeatureState({ source: SOURCE.labels, id }, state);
	}
	for (const [id, state] of Object.entries(s.missions)) {
		map.setFeatureState({ source: SOURCE.missions, id }, state);
	}
}
/** A year step: call for call the setFeatureState calls the app made for it. */
let calls = {};
function applyYear(year) {
	const list = calls[year];
	if (!list) throw new Error('no calls for ' + year + ': call __benchLoadYears() first');
	for (const [source, id, state] of list) map.setFeatureState({ source, id }, state);
}

map.getSource(SOURCE.countries).setData(shapes);
map.getSource(SOURCE.labels).setData(labels);
map.getSource(SOURCE.missions).setData(extra.missions);
map.once('idle', () => (container.dataset.ready = 'true'));
applyFirst(extra.year0);

window.__benchYear = applyYear;
// The other years' states are fetched apart, so they do not count as first-view data.
window.__benchLoadYears = async () => (calls = await json('/__bench/bare-years.json'));
`;
}
