import type { Atlas } from '$lib/data/atlas';
import type { Theme } from './types';

/** The countries a theme lights up on the map in a year, from the data; null for none. */
export function themeCountries(
	atlas: Atlas,
	theme: Theme | undefined | null,
	year: number
): string[] | null {
	if (!theme || theme.countries === 'none') return null;
	if (theme.countries === 'oic') return atlas.oicCodes().filter((c) => atlas.oicIn(c, year));
	if (theme.countries === 'hosts')
		return atlas.hostCodes().filter((c) => atlas.hostState(c, year).state !== 'none');
	return atlas
		.contributors(year)
		.map(([c]) => c)
		.filter((c) => atlas.oicIn(c, year));
}
