/**
 * Country shapes for the map: decodes geodata/countries.topo.json (TopoJSON, 45 KB gzip)
 * into the GeoJSON the map's sources take.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { fetchJson, fileName } from '$lib/data/fetchJson';

export interface CountryProps {
	/** ISO 3166-1 alpha-3; CYN and XKX are Natural Earth's codes for places with none. */
	iso3: string;
	name: string;
	/** Label point [lon, lat]: the pole of inaccessibility of the largest part. */
	label: [number, number];
	/** Area in km², rounded. */
	area: number;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

export interface CountryLayers {
	shapes: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
	labels: FeatureCollection<Point, Pick<CountryProps, 'iso3' | 'name' | 'area'>>;
}

export function decodeCountries(topo: CountriesTopology, file: string): CountryLayers {
	const object = topo?.objects?.countries;
	if (!object || object.type !== 'GeometryCollection') {
		throw new Error(
			`${file} has no "countries" object: rebuild it with \`npm run countries\` and redeploy`
		);
	}
	const shapes = feature(topo, object) as CountryLayers['shapes'];
	const labels: CountryLayers['labels'] = {
		type: 'FeatureCollection',
		features: shapes.features.map((f) => ({
			type: 'Feature',
			id: f.properties.iso3,
			properties: { iso3: f.properties.iso3, name: f.properties.name, area: f.properties.area },
			geometry: { type: 'Point', coordinates: f.properties.label }
		}))
	};
	return { shapes, labels };
}

export async function loadCountries(
	url: string,
	fetcher: typeof fetch = fetch
): Promise<CountryLayers> {
	return decodeCountries(await fetchJson<CountriesTopology>(url, fetcher), fileName(url));
}
