/**
 * Loads what every map view needs, each file on its own so a missing one costs only what it
 * carries: the figures (an Atlas) and the country shapes, given OIC roles once the figures are in.
 */
import countriesUrl from '$geodata/countries.topo.json?url';
import { Atlas } from './atlas';
import { FIRST_VIEW_FILES, loadAtlasFiles } from './load';
import { loadCountries, type CountryLayers } from '$lib/map/countries';
import { withRoles } from '$lib/map/features';

/** Every file of the first map view, for `<link rel="preload">` in the page's head. */
export const MAP_FILES = [countriesUrl, ...FIRST_VIEW_FILES];

export interface MapData {
	atlas: Promise<Atlas>;
	/** Resolves after the figures have loaded or failed. */
	shapes: Promise<CountryLayers>;
}

export function loadMapData(): MapData {
	const atlas = loadAtlasFiles().then((files) => new Atlas(files));
	const shapes = loadCountries(countriesUrl).then(async (layers) => {
		const a = await atlas.catch(() => null);
		return a ? withRoles(layers, a) : layers;
	});
	return { atlas, shapes };
}
