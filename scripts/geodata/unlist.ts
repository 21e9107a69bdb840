/**
 * The UN's own list of peacekeeping operations (UN Peace and Security Data Hub, February 2024
 * snapshot): start and end dates, headquarters and full names for 81 rows. The mission dates of
 * the atlas come from here wherever the list has the mission.
 *
 * The file's own quirks, each handled by name so a new copy of the file cannot slip past:
 * coordinates use decimal commas; seven rows have latitude and longitude swapped; three rows
 * are umbrellas over two missions; a few rows are not operations at all.
 */
import type { SourceDir } from './read.ts';

export const UN_LIST_FILE = 'un_pko_missions_2024.csv';

/** Rows whose mission_longitude holds the latitude and the other way round (PROVENANCE.md §13). */
export const SWAPPED = new Set([
	'UNOSOM I',
	'UNOSOM II',
	'UNAVEM I',
	'UNAVEM II',
	'UNEF',
	'UNSCOB',
	'MINUSMA'
]);

export interface UnListRow {
	acronym: string;
	name: string;
	/** [year, month, day] or null where the list gives none. */
	start: [number, number, number] | null;
	end: [number, number, number] | null;
	active: boolean;
	hq: { name: string; lon: number; lat: number } | null;
	row: number;
}

/** "1992-02-01" → [1992, 2, 1]; "" → null. */
export function dateCell(cell: string, where: string): [number, number, number] | null {
	if (!cell.trim()) return null;
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell.trim());
	if (!m) throw new Error(`${where}: "${cell}" is not a date like 1992-02-01`);
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** "45,8167" → 45.8167 (the file writes decimal commas). */
export function decimalComma(cell: string, where: string): number | null {
	if (!cell.trim()) return null;
	const n = Number(cell.trim().replace(',', '.'));
	if (!Number.isFinite(n)) throw new Error(`${where}: "${cell}" is not a number`);
	return n;
}

export function unList(src: SourceDir): Map<string, UnListRow> {
	const out = new Map<string, UnListRow>();
	const swappedSeen = new Set<string>();
	src.csv(UN_LIST_FILE).forEach((r, i) => {
		const acronym = r.mission_acronym.trim();
		const where = `${UN_LIST_FILE} row ${i + 2} (${acronym})`;
		if (out.has(acronym)) throw new Error(`${where}: the acronym is listed twice`);
		let lon = decimalComma(r.mission_longitude, `${where} mission_longitude`);
		let lat = decimalComma(r.mission_latitude, `${where} mission_latitude`);
		if (SWAPPED.has(acronym)) {
			[lon, lat] = [lat, lon];
			swappedSeen.add(acronym);
		}
		if (lat !== null && Math.abs(lat) > 90) {
			throw new Error(
				`${where}: latitude ${lat} is out of range; if longitude and latitude are swapped, add the row to SWAPPED in scripts/geodata/unlist.ts`
			);
		}
		const active = /^yes$/i.test(r.mission_isactive.trim());
		if (!active && !/^no$/i.test(r.mission_isactive.trim()))
			throw new Error(`${where}: mission_isactive "${r.mission_isactive}" is neither Yes nor No`);
		out.set(acronym, {
			acronym,
			name: r.mission_name.trim(),
			start: dateCell(r.start_date, `${where} start_date`),
			end: dateCell(r.end_date, `${where} end_date`),
			active,
			hq:
				lon !== null && lat !== null && r.mission_location.trim()
					? { name: r.mission_location.trim(), lon, lat }
					: null,
			row: i + 2
		});
	});
	for (const a of SWAPPED) {
		if (!swappedSeen.has(a))
			throw new Error(`${UN_LIST_FILE}: SWAPPED names ${a}, which the file no longer has`);
	}
	return out;
}

/** "1992-02" style text for a date of the list. */
export const monthText = (d: [number, number, number]) =>
	`${d[0]}-${String(d[1]).padStart(2, '0')}`;
