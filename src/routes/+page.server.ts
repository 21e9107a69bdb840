// What the prerendered page shows before (or without) JavaScript: the latest year's table; and
// the size scales of the map and legend, built once here from the data.
import { atlasSizes, buildAtlas } from '$lib/server/atlas';
import { DEFAULT_YEAR } from '$lib/state/url';
import { tableRows } from '$lib/table/rows';

export function load() {
	const atlas = buildAtlas();
	const rule = atlas.rules.get(DEFAULT_YEAR)!;
	return {
		sizes: atlasSizes(),
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
