/**
 * Sizes by personnel: mission circles and link widths use square-root scales, so area (not
 * radius) grows with the number of people.
 */
import { scaleSqrt, type ScalePower } from 'd3-scale';
import type { ExpressionSpecification } from 'maplibre-gl';

export const MISSION_MAX_RADIUS = 28;
/** Radius of an active mission with no figure for the year (before 1990, or none reported). */
export const MISSION_NO_FIGURE_RADIUS = 4;

export function missionRadiusScale(maxPersonnel: number): ScalePower<number, number> {
	return scaleSqrt().domain([0, maxPersonnel]).range([0, MISSION_MAX_RADIUS]).clamp(true);
}

/** Reference circles for the legend: round numbers inside the domain. */
export function missionLegendValues(scale: ScalePower<number, number>): number[] {
	const max = scale.domain()[1];
	return [1000, 10000].filter((v) => v <= max);
}

/**
 * A square-root scale (domain starting at 0, clamped) as a MapLibre expression of `value`:
 * r0 + (r1 − r0) · √(min(v, max) / max), the very formula d3 applies.
 */
export function sqrtExpression(
	scale: ScalePower<number, number>,
	value: ExpressionSpecification
): ExpressionSpecification {
	const max = scale.domain()[1];
	const [r0, r1] = scale.range();
	return ['+', r0, ['*', (r1 - r0) / Math.sqrt(max), ['sqrt', ['min', value, max]]]];
}

/** Mission radius by the `state` feature state; active missions without a figure get a fixed size. */
export function radiusExpression(
	scale: ScalePower<number, number>,
	state: string
): ExpressionSpecification {
	const value: ExpressionSpecification = ['to-number', ['feature-state', state], 0];
	return [
		'case',
		['>', value, 0],
		['max', MISSION_NO_FIGURE_RADIUS, sqrtExpression(scale, value)],
		MISSION_NO_FIGURE_RADIUS
	];
}

export function linkWidthScale(maxPersonnel: number): ScalePower<number, number> {
	return scaleSqrt()
		.domain([0, Math.max(1, maxPersonnel)])
		.range([0.75, 9])
		.clamp(true);
}
