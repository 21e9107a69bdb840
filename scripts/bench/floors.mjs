/**
 * Two lighter reference pages beside the floor (c), served from memory under /__bench/:
 *
 * - (d) minimal.html: MapLibre with the country shapes and nothing else: a background, one fill
 *   layer and one border layer, no labels, no glyphs, no other sources. Same canvas size and
 *   camera as (c), the same readiness signal (`data-ready` at the map's first `idle` after the
 *   shapes are set) and the same `first-map-render` mark.
 * - (e) leaflet.html: Leaflet drawing the same shapes as SVG paths, no tiles, on a sea-coloured
 *   container of the same size, fitted to the area (c)'s camera shows. Its whole map is the
 *   frame after the GeoJSON layer's paths are added and laid out.
 *
 * Both decode geodata/countries.topo.json in the page with topojson-client, as (c) does.
 */

/** Colours from the live style where they are plain values, else the static picture's. */
export function palette(style) {
	const layers = style?.layers ?? [];
	const plain = (v) => (typeof v === 'string' ? v : null);
	const background = layers.find((l) => l.type === 'background');
	const border = layers.find((l) => l.type === 'line' && plain(l.paint?.['line-color']));
	return {
		sea: plain(background?.paint?.['background-color']) ?? '#dce9f2',
		land: '#f4f1ea',
		border: plain(border?.paint?.['line-color']) ?? '#a9a69e'
	};
}

/**
 * @param {object} c  what calibration read from the app (see calibrate.mjs)
 * @returns {Map<string, {body: string}>} URL path -> content
 */
export function floorPages(c) {
	const colours = palette(c.style);
	return new Map([
		['/__bench/minimal.html', { body: minimalHtml(c.size) }],
		['/__bench/minimal.mjs', { body: minimalModule(c.view, colours) }],
		['/__bench/leaflet.html', { body: leafletHtml(c.size, colours) }],
		['/__bench/leaflet.mjs', { body: leafletModule(c.bounds, colours) }]
	]);
}

/**
 * A reference page: the map's element at the app's canvas size (so every page draws the same
 * number of pixels) and `head`, the page's stylesheets, preloads and scripts. A MapLibre page's
 * element is its `data-map-host`, where the bench finds the map.
 */
export function benchPage(title, size, head, { mapStyle = '', mapHost = true } = {}) {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
${head.trim()}
<style>
html, body { margin: 0; }
#map { position: relative; width: ${size.width}px; height: ${size.height}px;${mapStyle} }
</style>
</head>
<body>
<div id="map"${mapHost ? ' data-map-host' : ''} data-ready="false"></div>
</body>
</html>
`;
}

/** (d): the floor's page, less everything but the shapes. */
function minimalHtml(size) {
	return benchPage(
		'Benchmark: minimal MapLibre',
		size,
		`
<link rel="stylesheet" href="/__bench/lib/maplibre-gl.css">
<link rel="modulepreload" href="/__bench/lib/maplibre-gl.mjs">
<link rel="preload" href="/__bench/geodata/countries.topo.json" as="fetch" crossorigin>
<script defer src="/__bench/lib/topojson-client.min.js"></script>
<script type="module" src="/__bench/minimal.mjs"></script>`
	);
}

function minimalModule(view, colours) {
	const style = {
		version: 8,
		sources: { countries: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': colours.sea } },
			{ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': colours.land } },
			{
				id: 'borders',
				type: 'line',
				source: 'countries',
				paint: { 'line-color': colours.border, 'line-width': 0.5 }
			}
		]
	};
	return `import { Map as MapLibreMap, setWorkerUrl } from '/__bench/lib/maplibre-gl.mjs';

const topo = fetch('/__bench/geodata/countries.topo.json').then((r) => r.json());
setWorkerUrl(new URL('/__bench/lib/maplibre-gl-worker.mjs', location.href).href);
const container = document.getElementById('map');
const map = new MapLibreMap({
	container,
	style: ${JSON.stringify(style)},
	center: ${JSON.stringify(view.center)},
	zoom: ${JSON.stringify(view.zoom)},
	attributionControl: false
});
container.maplibreMap = map;
performance.mark('map-constructed');

const loaded = new Promise((resolve) => map.once('load', resolve));
const [data] = await Promise.all([topo, loaded]);
const shapes = globalThis.topojson.feature(data, data.objects.countries);

map.on('render', function firstShapes() {
	if (map.querySourceFeatures('countries').length === 0) return;
	performance.mark('first-map-render');
	map.off('render', firstShapes);
});
map.getSource('countries').setData(shapes);
map.once('idle', () => (container.dataset.ready = 'true'));
`;
}

/** (e): Leaflet's own stylesheet and script, a sea-coloured container, no tiles. */
function leafletHtml(size, colours) {
	return benchPage(
		'Benchmark: Leaflet SVG',
		size,
		`
<link rel="stylesheet" href="/__bench/lib/leaflet.css">
<link rel="preload" href="/__bench/geodata/countries.topo.json" as="fetch" crossorigin>
<script defer src="/__bench/lib/leaflet.js"></script>
<script defer src="/__bench/lib/topojson-client.min.js"></script>
<script type="module" src="/__bench/leaflet.mjs"></script>`,
		{ mapStyle: ` background: ${colours.sea};`, mapHost: false }
	);
}

/** @param {[[number, number], [number, number]]} bounds  [[west, south], [east, north]] */
function leafletModule(bounds, colours) {
	const [[west, south], [east, north]] = bounds;
	return `const L = globalThis.L;
const topo = fetch('/__bench/geodata/countries.topo.json').then((r) => r.json());
const container = document.getElementById('map');
// zoomSnap 0: any zoom, so the view shows exactly the area of (c)'s camera.
const map = L.map(container, {
	zoomControl: false,
	attributionControl: false,
	zoomSnap: 0,
	zoomAnimation: false,
	fadeAnimation: false,
	markerZoomAnimation: false
});
map.fitBounds(${JSON.stringify([
		[south, west],
		[north, east]
	])}, { animate: false });
performance.mark('map-constructed');

const data = await topo;
const shapes = globalThis.topojson.feature(data, data.objects.countries);
const layer = L.geoJSON(shapes, {
	style: { fillColor: ${JSON.stringify(colours.land)}, fillOpacity: 1, color: ${JSON.stringify(colours.border)}, weight: 0.5 }
}).addTo(map);
// The whole map: the frame after the paths are added, once laid out (rAF runs before its paint).
requestAnimationFrame(() => {
	const svg = container.querySelector('svg');
	if (!svg || svg.getBoundingClientRect().width === 0 || layer.getLayers().length === 0)
		throw new Error('Leaflet drew no SVG');
	performance.mark('first-map-render');
	container.dataset.ready = 'true';
});
`;
}
