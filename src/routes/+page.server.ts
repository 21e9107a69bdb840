// What the prerendered page shows before (or without) JavaScript: the latest year's table; and
// what the map view needs from the build (size scales, theme ids).
import { buildAtlas, mapViewData } from '$lib/server/atlas';
import { DEFAULT_YEAR } from '$lib/state/url';
import { tableRows } from '$lib/table/rows';

export function load() {
	const atlas = buildAtlas();
	const rule = atlas.rules.get(DEFAULT_YEAR)!;
	return {
		...mapViewData(),
		table: {
			rows: tableRows(atlas, DEFAULT_YEAR, 'oic'),
			context: {
				year: DEFAULT_YEAR,
				asOf: rule.asOf,
				source: atlas.sources.get(rule.source)?.title ?? null
			}
		}
	};
}
