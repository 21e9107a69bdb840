import type { LngLatBoundsLike } from 'maplibre-gl';

/**
 * The first view frames the OIC states, from Guyana and Suriname in the west to Indonesia in
 * the east and from Mozambique in the south to Kazakhstan in the north.
 */
export const OIC_BOUNDS: LngLatBoundsLike = [
	[-62, -28],
	[142, 56]
];

/** Padding around the first view in pixels, smaller on narrow screens. */
export function viewPadding(width: number): number {
	return width < 600 ? 8 : 32;
}

/** [west, south, east, north] of a polygon or multipolygon. */
export function boundsOf(
	geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon
): [number, number, number, number] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
	for (const ring of rings) {
		for (const [x, y] of ring) {
			w = Math.min(w, x);
			e = Math.max(e, x);
			s = Math.min(s, y);
			n = Math.max(n, y);
		}
	}
	return [w, s, e, n];
}
