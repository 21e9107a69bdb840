/**
 * Which countries served in which mission and year, from Geo-PKO's contributor lists per
 * deployment location (1994–2024). Presence, not head counts: the number kept is the largest
 * troop estimate Geo-PKO gives for one location, null where it says "size unknown".
 */
import type { PresenceFile } from '../../src/lib/data/schema.ts';
import type { MissionCodes } from './codes.ts';
import type { NameResolver } from './names.ts';
import type { SourceDir } from './read.ts';
import { SOURCE } from './sources.ts';

const FILE = 'geopko_v2.3_tccmap.csv';

/** "Bangladesh (300), Benin (size unknown)" → [["Bangladesh", 300], ["Benin", null]] */
export function parseOverview(text: string, where: string): [string, number | null][] {
	if (!text.trim()) return [];
	return text.split(/,\s*(?![^()]*\))/).map((part) => {
		const m = /^\s*(.+?)\s*\((\d+|size unknown)\)\s*$/.exec(part);
		if (!m)
			throw new Error(
				`${where}: cannot read "${part}"; expected "Country (123)" or "Country (size unknown)"`
			);
		return [m[1], m[2] === 'size unknown' ? null : Number(m[2])];
	});
}

export function presence(src: SourceDir, names: NameResolver, codes: MissionCodes): PresenceFile {
	const best = new Map<string, number | null>();
	src.csv(FILE).forEach((row, i) => {
		const where = `${FILE} row ${i + 2}`;
		const mission = codes.resolve(FILE, row.mission, row.year);
		if (!mission) return;
		for (const [name, size] of parseOverview(row['year.overview'], where)) {
			const iso3 = names.resolve(name, where);
			if (!iso3) continue;
			const key = `${mission}|${row.year}|${iso3}`;
			const prev = best.get(key);
			best.set(key, prev === undefined ? size : size === null ? prev : Math.max(prev ?? 0, size));
		}
	});
	const rows = [...best.entries()]
		.map(([key, size]) => {
			const [mission, year, iso3] = key.split('|');
			return [mission, Number(year), iso3, size] as PresenceFile['rows'][number];
		})
		.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2].localeCompare(b[2]));
	return {
		source: SOURCE.geoPkoTcc,
		note: 'Countries with troops at mapped deployment locations, by mission and year. Map-based and partial: small contingents, staff officers, police and observers are often missing. The number is the largest troop estimate at a single location, not the country’s total.',
		rows
	};
}
