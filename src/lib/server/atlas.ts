// The Atlas from the committed geodata, for what pages get at build time (prerender).
import countries from '$geodata/countries.json';
import missions from '$geodata/missions.json';
import contributions from '$geodata/contributions.json';
import sources from '$geodata/sources.json';
import { THEMES } from '$content/themes';
import { Atlas } from '$lib/data/atlas';
import {
	decodeContributions,
	decodeCountries,
	decodeMissions,
	decodeSources
} from '$lib/data/decode';
import type { Sizes } from '$lib/scales/size';
import { sizes } from '$lib/scales/sizeScales';

let atlas: Atlas | null = null;

export function buildAtlas(): Atlas {
	atlas ??= new Atlas({
		countries: decodeCountries(countries),
		missions: decodeMissions(missions),
		contributions: decodeContributions(contributions),
		sources: decodeSources(sources)
	});
	return atlas;
}

/** The size scales of every map view, from the data's peaks. */
export function atlasSizes(): Sizes {
	const a = buildAtlas();
	const missionPeak = Math.max(
		...[...a.missions.values()].flatMap((m) => m.personnel.map((p) => p.total ?? 0))
	);
	return sizes(missionPeak, a.maxPersonnel());
}

/**
 * What every map view (explore, embed, lecture) gets at build time: its size scales, and the
 * ids of the articles' themes a link may name (the themes themselves load with the corpus).
 */
export function mapViewData(): { sizes: Sizes; themeIds: string[] } {
	return { sizes: atlasSizes(), themeIds: THEMES.map((theme) => theme.id) };
}
