/**
 * The contributors scale: uniformed personnel a country sent in a year, in classes. The
 * distribution is very skewed (a few countries send thousands, most send tens), so the classes
 * are thresholds, fixed across years so a colour means the same number in 1994 and in 2024.
 * Colours: ColorBrewer YlGnBu on light land (pale is few, deep blue is many); on dark land the
 * ramp runs the other way in lightness, from deep teal to bright yellow-green (viridis), so that
 * "more" always stands out from the background. Both are sequential and safe for the common
 * colour-vision deficiencies. The map's paint expression and the legend read off this one scale.
 */
import { scaleThreshold, type ScaleThreshold } from 'd3-scale';
import type { ExpressionSpecification } from 'maplibre-gl';

export const PERSONNEL_THRESHOLDS = [100, 500, 1000, 2500, 5000];
export const PERSONNEL_COLOURS = {
	light: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
	dark: ['#2c5f8a', '#22808c', '#1f9e89', '#35b779', '#7ad151', '#e0e83a'],
	// High contrast (lectures): viridis from its yellow end, about 15 points of lightness apart.
	contrast: ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154']
};

export type PersonnelScale = ScaleThreshold<number, string>;

export function personnelScale(scheme: keyof typeof PERSONNEL_COLOURS = 'light'): PersonnelScale {
	return scaleThreshold<number, string>()
		.domain(PERSONNEL_THRESHOLDS)
		.range(PERSONNEL_COLOURS[scheme]);
}

export interface LegendBin {
	colour: string;
	/** Inclusive lower bound; the first class starts at 1 person. */
	from: number;
	/** Exclusive upper bound, null for the open top class. */
	to: number | null;
}

/** The legend's classes, read off the scale itself. */
export function personnelBins(scale: PersonnelScale): LegendBin[] {
	return scale.range().map((colour) => {
		const [from, to] = scale.invertExtent(colour);
		return { colour, from: from ?? 1, to: to ?? null };
	});
}

/**
 * The class a figure falls in: 0 for none, then 1, 2 … for the scale's colours in order. The map
 * keeps the class, not the figure, in feature state: a year step then rewrites only the
 * countries whose colour changes.
 */
export function personnelClass(scale: PersonnelScale, personnel: number): number {
	return personnel > 0 ? scale.range().indexOf(scale(personnel)) + 1 : 0;
}

/**
 * The same scale as a MapLibre expression over a feature-state class (see personnelClass):
 * `fallback` where the state is missing or 0 (no personnel that year).
 */
export function personnelExpression(
	scale: PersonnelScale,
	state: string,
	fallback: string | ExpressionSpecification
): ExpressionSpecification {
	const steps = scale.range().flatMap((colour, i) => [i + 1, colour]);
	return [
		'step',
		['to-number', ['feature-state', state], 0],
		fallback,
		...steps
	] as ExpressionSpecification;
}
