/**
 * The hosts scale: how many peacekeeping operations a state hosted in the selected year
 * (1, 2, 3 or more), in oranges that stand apart from the contributors' blues; a muted tone for
 * states that hosted operations before that year. On light land more operations are deeper
 * oranges (the dark end of ColorBrewer Oranges); on dark land, as the contributors' ramp does,
 * the lightness runs the other way. Every class keeps at least 3:1 against the land it is drawn
 * on, OIC or not, in its scheme (scales.test.ts).
 */
import { scaleThreshold, type ScaleThreshold } from 'd3-scale';
import type { ExpressionSpecification } from 'maplibre-gl';

export const HOST_COLOURS = {
	light: ['#d94801', '#a63603', '#7f2704'],
	dark: ['#fd8d3c', '#fdae6b', '#fdd0a2'],
	contrast: ['#c44000', '#7f2704', '#5c1a00']
};
export const HOSTED_BEFORE_COLOUR = '#9c8f80';

export type HostScale = ScaleThreshold<number, string>;

export function hostScale(scheme: keyof typeof HOST_COLOURS = 'light'): HostScale {
	return scaleThreshold<number, string>().domain([2, 3]).range(HOST_COLOURS[scheme]);
}

export interface HostBin {
	colour: string;
	count: number;
	/** True for the open top class ("3 or more"). */
	orMore: boolean;
}

export function hostBins(scale: HostScale): HostBin[] {
	return scale.range().map((colour) => {
		const [from, to] = scale.invertExtent(colour);
		return { colour, count: from ?? 1, orMore: to === undefined };
	});
}

/** Colour by the `hosting` feature state (active operations), `before` for past hosts. */
export function hostExpression(scale: HostScale, fallback: string): ExpressionSpecification {
	const [first, ...rest] = scale.range();
	const steps = scale.domain().flatMap((threshold, i) => [threshold, rest[i]]);
	return [
		'case',
		['boolean', ['feature-state', 'hostedBefore'], false],
		HOSTED_BEFORE_COLOUR,
		['step', ['to-number', ['feature-state', 'hosting'], 0], fallback, 1, first, ...steps]
	] as ExpressionSpecification;
}
