/**
 * Sizes by personnel on the client: mission circles and link widths. The square-root scales
 * themselves are d3 scales built at build time (./sizeScales.ts, from the committed data); a
 * page receives what the map and the legend read from them, so the first view ships no
 * continuous-scale code and both consumers still draw from the one scale.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export const MISSION_MAX_RADIUS = 28;
/** Radius of an active mission with no figure for the year (before 1990, or none reported). */
export const MISSION_NO_FIGURE_RADIUS = 4;

/** A clamped square-root scale from [0, max] onto `range`, as read from its d3 scale. */
export interface SizeScale {
	max: number;
	range: [number, number];
	/** Reference values for the legend with the scale's size for each: [value, size]. */
	legend: [number, number][];
}

/** The size scales a view's map and legend share. */
export interface Sizes {
	radius: SizeScale;
	linkWidth: SizeScale;
}

/**
 * The square-root scale as a MapLibre expression of `value`:
 * r0 + (r1 − r0) · √(min(v, max) / max), the very formula d3's scaleSqrt applies.
 */
export function sqrtExpression(
	scale: SizeScale,
	value: ExpressionSpecification
): ExpressionSpecification {
	const [r0, r1] = scale.range;
	return ['+', r0, ['*', (r1 - r0) / Math.sqrt(scale.max), ['sqrt', ['min', value, scale.max]]]];
}

/** Mission radius by the `state` feature state; active missions without a figure get a fixed size. */
export function radiusExpression(scale: SizeScale, state: string): ExpressionSpecification {
	const value: ExpressionSpecification = ['to-number', ['feature-state', state], 0];
	return [
		'case',
		['>', value, 0],
		['max', MISSION_NO_FIGURE_RADIUS, sqrtExpression(scale, value)],
		MISSION_NO_FIGURE_RADIUS
	];
}
