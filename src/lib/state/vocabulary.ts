/**
 * The words a link, a host's message or a tour step may use, from the data: every value from
 * outside is looked up here (in Maps and arrays, never as a property of an object) before it
 * selects anything.
 */
import type { Atlas } from '$lib/data/atlas';
import { OPERATION_IDS, operationSlugOf } from '$lib/data/operationIds';
import { toSlug, type Vocabulary } from './url';

export function atlasVocabulary(atlas: Atlas, themeIds: readonly string[]): Vocabulary {
	return {
		hasCountry: (c) => atlas.countries.has(c),
		hasTheme: (id) => themeIds.includes(id),
		missionForSlug: (s) => atlas.missionsBySlug.get(s)?.id ?? null,
		slugOf: (m) => atlas.missions.get(m)?.slug ?? toSlug(m),
		operationForSlug: (s) => OPERATION_IDS.get(s) ?? null,
		operationSlugOf
	};
}
