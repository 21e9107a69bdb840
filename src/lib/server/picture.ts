/**
 * The static picture of the map, rendered at build time with d3-geo in the live map's
 * projection (Web Mercator framing the same bounds): the first paint before MapLibre, the
 * fallback without WebGL, the view without JavaScript, and print. Countries are links to
 * their facts. Inserted into the prerendered HTML by hooks.server.ts.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { optimize } from 'svgo';
import { feature } from 'topojson-client';
import countriesTopo from '$geodata/countries.topo.json';
import { buildAtlas } from './atlas';
import { DEFAULT_YEAR } from '$lib/state/url';
import type { CountriesTopology, CountryProps } from '$lib/map/countries';
import { OIC_BOUNDS } from '$lib/map/view';
import { classesFor, pictureLabel } from '$lib/picture/classes';
import { pictureYears, urlViewScripts } from '$lib/picture/urlView';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** The picture's coordinate space: the OIC bounds, fitted into this width. */
export const PICTURE_WIDTH = 1000;

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let cached: { svg: string; scripts: { before: string; after: string } } | null = null;

/**
 * The picture as SVG, and the texts of the scripts before and after it in the page, which keep
 * early clicks and bring it to the URL's view before the first paint (`$lib/picture/urlView`).
 */
export function mapPicture(
	title: string,
	loading: string
): { svg: string; scripts: { before: string; after: string } } {
	if (cached) return cached;
	const atlas = buildAtlas();
	const topo = countriesTopo as unknown as CountriesTopology;
	const shapes = feature(topo, topo.objects.countries).features as Feature<
		Polygon | MultiPolygon,
		CountryProps
	>[];

	const [[west, south], [east, north]] = OIC_BOUNDS as [[number, number], [number, number]];
	const projection = geoMercator();
	const bounds: Feature = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: [
				[west, south],
				[east, north]
			]
		}
	};
	projection.fitWidth(PICTURE_WIDTH, bounds);
	const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(bounds);
	const path = geoPath(projection).digits(0);

	const parts: string[] = [];
	const drawn: string[] = [];
	for (const f of shapes) {
		const d = path(f);
		if (!d) continue;
		const iso3 = f.properties.iso3;
		drawn.push(iso3);
		const { p, h, oic } = classesFor(atlas, iso3, DEFAULT_YEAR);
		const label = escape(pictureLabel(atlas, iso3, f.properties.name, DEFAULT_YEAR));
		// The link's name is its aria-label. No <title> per shape: without the 237 of them the
		// first painted map came 30–55 ms sooner in two A/B runs (docs/performance.md), and their
		// tooltips named the prerendered year's figure whatever year the picture showed. The
		// label follows the year in the browser (MapPicture's sync, ./urlView's setView).
		parts.push(
			`<a href="?country=${iso3}" aria-label="${label}" data-name="${escape(f.properties.name)}"><path d="${d}" data-iso3="${iso3}" data-oic="${oic}" data-p="${p}" data-h="${h}"/></a>`
		);
	}
	const w = Math.round(x1 - x0);
	const h = Math.round(y1 - y0);
	const svg =
		`<svg class="atlas-picture" data-picture-year="${DEFAULT_YEAR}" viewBox="${Math.round(x0)} ${Math.round(y0)} ${w} ${h}" preserveAspectRatio="xMidYMid meet" aria-labelledby="atlas-picture-title">` +
		`<title id="atlas-picture-title">${escape(title)}</title>${parts.join('')}</svg>`;
	// The shapes' outlines written compactly (relative moves, no repeated points) by SVGO, the
	// picture otherwise untouched: the HTML the first paint waits for is about 18 KB gzip lighter.
	cached = {
		svg: optimize(svg, {
			plugins: [{ name: 'convertPathData', params: { floatPrecision: 0 } }]
		}).data,
		scripts: urlViewScripts(pictureYears(atlas, drawn), loading)
	};
	return cached;
}
