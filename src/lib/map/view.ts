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
