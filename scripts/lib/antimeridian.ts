import type { Position } from 'geojson';

/**
 * Makes each ring's longitudes continuous: Natural Earth stitches polygons that cross the
 * antimeridian (Russia, Fiji), which a flat map would draw as a band across the world.
 * After unwrapping, a ring may run past 180°, which MapLibre draws in place.
 */
export function unwrapRing(ring: Position[], where: string): Position[] {
	let offset = 0;
	const out: Position[] = [[ring[0][0], ring[0][1]]];
	for (let i = 1; i < ring.length; i++) {
		const jump = ring[i][0] - ring[i - 1][0];
		if (jump > 180) offset -= 360;
		else if (jump < -180) offset += 360;
		out.push([ring[i][0] + offset, ring[i][1]]);
	}
	if (offset !== 0) {
		throw new Error(
			`${where}: a ring circles the pole and cannot be unwrapped; add its code to DROP in scripts/countries.ts or close the ring at the pole`
		);
	}
	return out;
}
