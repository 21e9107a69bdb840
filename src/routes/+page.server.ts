// What the prerendered page shows before (or without) JavaScript: the latest year's table.
import countries from '$geodata/countries.json';
import missions from '$geodata/missions.json';
import contributions from '$geodata/contributions.json';
import sources from '$geodata/sources.json';
import { Atlas, type AtlasFiles } from '$lib/data/atlas';
import { DEFAULT_YEAR } from '$lib/state/url';
import { tableRows } from '$lib/table/rows';

export function load() {
	const atlas = new Atlas({ countries, missions, contributions, sources } as unknown as AtlasFiles);
	const rule = atlas.rules.get(DEFAULT_YEAR)!;
	return {
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
