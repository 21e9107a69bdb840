/**
 * The fallen scale: how many of a state's nationals died in UN peace operations, up to the year
 * shown or in it (UN Peace and Security Data Hub, geodata/fatalities.json). Classes are fixed
 * thresholds, the same for both modes, so a colour means the same number of dead in 1961 and in
 * 2025. The ramps are grey-purples, sober and unlike the personnel blues and greens; high
 * contrast uses magma's ramp without its near-white end. Every ramp keeps its order by lightness
 * under the common colour-vision deficiencies (./colourVision.test.ts).
 */
import { scaleThreshold } from 'd3-scale';
import type { MapScheme } from '$lib/map/theme';
import type { PersonnelScale } from './personnel';

export const FALLEN_THRESHOLDS = [5, 10, 25, 50, 100];
export const FALLEN_COLOURS: Record<MapScheme, string[]> = {
	light: ['#ddd5e6', '#bcaecf', '#9a86b5', '#775f97', '#553f75', '#30214a'],
	dark: ['#5f5480', '#7c6e9f', '#9b8dbd', '#baaed8', '#d7cff0', '#f3effd'],
	contrast: ['#fcae7c', '#f6705c', '#d7416e', '#a12d7a', '#6a1d80', '#2d1160']
};

/** A threshold scale like the personnel one: its classes, bins and expression helpers apply. */
export type FallenScale = PersonnelScale;

export function fallenScale(scheme: MapScheme = 'light'): FallenScale {
	return scaleThreshold<number, string>().domain(FALLEN_THRESHOLDS).range(FALLEN_COLOURS[scheme]);
}
