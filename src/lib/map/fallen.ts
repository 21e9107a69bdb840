/**
 * The map's fallen mode (?measure=fallen, ?measure=fallen-year): each state's fill by the number
 * of its nationals who died in UN peace operations, up to the year shown or in it. Loaded with
 * the fatalities, when the mode is chosen: the first view carries none of it.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { fallenByCountry, type FallenMode } from '$lib/data/beyond';
import type { Fatalities } from '$lib/data/decode';
import { fallenScale, type FallenScale } from '$lib/scales/fallen';
import { personnelClass, personnelExpression } from '$lib/scales/personnel';
import type { Measure } from '$lib/state/url';
import type { CountryTarget, FeatureStates } from './featureState';
import { SOURCE } from './ids';
import { landColour } from './style';
import { themeFor, type MapScheme } from './theme';

export { fallenScale };

export const modeOf = (measure: Measure): FallenMode =>
	measure === 'fallen-year' ? 'year' : 'cumulative';

/**
 * The fill of the fallen mode, as the personnel fill: the year's OIC members and observers by
 * their `fallenClass` feature state (none: the OIC's tint), every other state plain land. The
 * tooltip and the panels still give any state's fallen.
 */
export function fallenFill(scheme: MapScheme): ExpressionSpecification {
	const theme = themeFor(scheme);
	return [
		'case',
		['>', ['to-number', ['feature-state', 'oic'], 0], 0],
		personnelExpression(fallenScale(scheme), 'fallenClass', landColour(theme)),
		theme.land
	];
}

/** The class of each state with a death, for a year and mode (0, absent, for none). */
export function fallenClasses(
	file: Fatalities,
	year: number,
	mode: FallenMode,
	scale: FallenScale = fallenScale()
): Map<string, number> {
	const out = new Map<string, number>();
	for (const [iso3, n] of fallenByCountry(file, year, mode))
		out.set(iso3, personnelClass(scale, n));
	return out;
}

/** Writes every country's `fallenClass` (and its dot's, for a small state). */
export function applyFallen(
	states: FeatureStates,
	file: Fatalities,
	year: number,
	measure: Measure,
	targets: CountryTarget[]
): void {
	const classes = fallenClasses(file, year, modeOf(measure));
	for (const c of targets) {
		const fallenClass = classes.get(c.iso3) ?? 0;
		states.set(SOURCE.countries, c.iso3, { fallenClass });
		if (c.dot) states.set(SOURCE.labels, c.iso3, { fallenClass });
	}
}
