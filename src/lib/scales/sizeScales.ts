/**
 * The d3 square-root scales behind every size on the map: area (not radius) grows with the
 * number of people. Built at build time (prerender) and in tests; pages get their SizeScale.
 */
import { scaleSqrt, type ScalePower } from 'd3-scale';
import { MISSION_MAX_RADIUS, type SizeScale, type Sizes } from './size';

export function missionRadiusScale(maxPersonnel: number): ScalePower<number, number> {
	return scaleSqrt()
		.domain([0, Math.max(1, maxPersonnel)])
		.range([0, MISSION_MAX_RADIUS])
		.clamp(true);
}

/** Reference circles for the legend: round numbers inside the domain. */
export function missionLegendValues(scale: ScalePower<number, number>): number[] {
	const max = scale.domain()[1];
	return [1000, 10000].filter((v) => v <= max);
}

export function linkWidthScale(maxPersonnel: number): ScalePower<number, number> {
	return scaleSqrt()
		.domain([0, Math.max(1, maxPersonnel)])
		.range([0.75, 9])
		.clamp(true);
}

/** What the map and the legend read from a d3 square-root scale. */
export function sizeScale(scale: ScalePower<number, number>, legend: number[] = []): SizeScale {
	const [r0, r1] = scale.range();
	return {
		max: scale.domain()[1],
		range: [r0, r1],
		legend: legend.map((value) => [value, scale(value)])
	};
}

/** The size scales for the data's peaks: the largest mission and the largest contribution. */
export function sizes(missionPeak: number, maxContribution: number): Sizes {
	const radius = missionRadiusScale(missionPeak);
	return {
		radius: sizeScale(radius, missionLegendValues(radius)),
		linkWidth: sizeScale(linkWidthScale(maxContribution))
	};
}
