/**
 * The mission leadership dataset and Bara and Hultman's UN and non-UN operation sizes name UN
 * missions: every code they use is mapped here, so an operation they know cannot be missing from
 * missions.json unnoticed. The leadership file also gives start and end months, used for an
 * operation the UN list does not have (UNTAG). (The fatality records are read in fatalities.ts.)
 */
import type { MissionCodes } from './codes.ts';
import type { SourceDir } from './read.ts';

export const LEADERSHIP = 'un_mission_leadership_1948_2019.csv';
export const SIZES = 'bara_hultman_un_nonun_pko_1993_2016.csv';

const pad = (n: string) => n.padStart(2, '0');

/** A mission's start and end month as the leadership dataset codes them (9999: ongoing). */
export interface CodedDates {
	start: [number, number];
	end: [number, number] | null;
}

export function coverOtherFiles(src: SourceDir, codes: MissionCodes): Map<string, CodedDates> {
	const dates = new Map<string, CodedDates>();
	src.csv(LEADERSHIP).forEach((r, i) => {
		const year = Number(r['Mission start year']);
		const month = Number(r['Mission start month']);
		const where = `${LEADERSHIP} row ${i + 2}`;
		if (!Number.isInteger(year) || !Number.isInteger(month))
			throw new Error(`${where}: mission start "${month}/${year}" is not a month and year`);
		const id = codes.resolve(LEADERSHIP, r.Mission.trim(), `${year}-${pad(String(month))}`);
		if (!id) return;
		const endYear = Number(r['Mission end year']);
		const endMonth = Number(r['Mission end month']);
		dates.set(id, {
			start: [year, month],
			end: endYear === 9999 ? null : [endYear, endMonth]
		});
	});

	src.csv(SIZES).forEach((r) => {
		const code = r.mission.trim();
		const when = r.date.slice(0, 7);
		if (r.org === '1' || r.org === '1.0') codes.resolve(SIZES, code, when);
		else
			codes.excludeAll(
				SIZES,
				code,
				when,
				'another body’s operation (regional or ad hoc), not a UN peacekeeping operation'
			);
	});
	return dates;
}
