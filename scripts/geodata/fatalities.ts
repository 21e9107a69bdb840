/**
 * The UN's record of those who died in its peace operations (UN Peace and Security Data Hub,
 * DPPADPOSS-FATALITIES): one row a person, deduplicated on `casualty_id`, with the mission
 * read through MissionCodes (UNOSOM, UNEF and UNAVEM split by the incident's date) and the
 * nationality as ISO alpha-3 where a present state answers.
 */
import type { FatalitiesFile, FatalityRow } from '../../src/lib/data/schema.ts';
import type { MissionCodes } from './codes.ts';
import type { NameResolver } from './names.ts';
import type { SourceDir } from './read.ts';
import { SOURCE } from './sources.ts';

export const FATALITIES = 'un_fatalities_1948_2025.csv';

/** Personnel types and causes as the UN names them, in the order the panels list them. */
export const PERSONNEL_TYPES = [
	'Military',
	'Military Observer',
	'Police',
	'International Civilian',
	'Local',
	'Other'
] as const;
export const CAUSES = [
	'Malicious Act',
	'Accident',
	'Illness',
	'Self-Inflicted',
	'To Be Determined',
	'Unknown'
] as const;

/**
 * Nationalities the file writes without an ISO code, or with a code of a state that no longer
 * exists: the present state where one answers, else null (the UN's own words are kept).
 */
const NATIONALITY: Record<string, string | null> = {
	'Côte dIvoire': 'CIV',
	Türkiye: 'TUR',
	Mauritius: 'MUS',
	'Viet Nam': 'VNM',
	'ZZ [Undetermined]': null,
	'': null,
	Yugoslavia: null,
	'Serbia and Montenegro': null
};
const HISTORICAL = new Set(['YUG', 'SCG']);

export function fatalities(
	src: SourceDir,
	names: NameResolver,
	codes: MissionCodes,
	known: Set<string>
): FatalitiesFile {
	const seen = new Set<string>();
	const rows: FatalityRow[] = [];
	const others = new Map<string, string>();
	let duplicates = 0;
	src.csv(FATALITIES).forEach((r, i) => {
		const where = `${FATALITIES} row ${i + 2} (${r.casualty_id})`;
		if (seen.has(r.casualty_id)) {
			duplicates++;
			return;
		}
		seen.add(r.casualty_id);
		const date = r.incident_date.trim();
		if (!/^(19|20)\d\d-\d\d-\d\d$/.test(date))
			throw new Error(`${where}: incident_date "${date}" is not a date like 1993-06-05`);
		const code = r.mission_acronym.trim();
		const mission = codes.resolve(FATALITIES, code, date);
		if (!mission) others.set(code, codes.why(FATALITIES, code) ?? '');
		const type = PERSONNEL_TYPES.indexOf(
			r.casualty_personnel_type.trim() as (typeof PERSONNEL_TYPES)[number]
		);
		if (type < 0)
			throw new Error(
				`${where}: personnel type "${r.casualty_personnel_type}" is not one of ${PERSONNEL_TYPES.join(', ')}; add it to PERSONNEL_TYPES in scripts/geodata/fatalities.ts`
			);
		const cause = CAUSES.indexOf(r.type_of_incident.trim() as (typeof CAUSES)[number]);
		if (cause < 0)
			throw new Error(
				`${where}: type of incident "${r.type_of_incident}" is not one of ${CAUSES.join(', ')}; add it to CAUSES in scripts/geodata/fatalities.ts`
			);
		const name = r.casualty_nationality.trim();
		let iso3: string | null = r.isocode3.trim() || null;
		if (iso3 && HISTORICAL.has(iso3)) iso3 = null;
		else if (!iso3)
			iso3 = name in NATIONALITY ? NATIONALITY[name] : names.resolve(name, `${where} nationality`);
		if (iso3 && !known.has(iso3))
			throw new Error(
				`${where}: nationality ${iso3} (${name}) is not in countries.json; add it or map it in NATIONALITY`
			);
		const gender = r.gender.trim();
		rows.push([
			date,
			iso3,
			mission ?? code,
			type,
			cause,
			gender === 'M' || gender === 'F' ? gender : null,
			iso3 ? null : name || null
		]);
	});
	rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return {
		source: SOURCE.fatalities,
		note: `One row for each person who died in a UN peace operation, from the UN's notifications of casualties; ${duplicates} rows listed twice under two nationalities were counted once (the first). The UN says figures before 2000 may be incomplete.`,
		columns: ['date', 'iso3', 'mission', 'type', 'cause', 'gender', 'nationality'],
		types: [...PERSONNEL_TYPES],
		causes: [...CAUSES],
		otherCodes: Object.fromEntries([...others].sort()),
		rows
	};
}
