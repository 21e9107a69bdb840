/**
 * The data boundary (./decode.ts) for the files loaded on demand: per-mission figures, Geo-PKO
 * presence, the fallen, monthly figures, leaders and other bodies' operations. Loaded with the
 * files themselves (./load.ts), not with the first view.
 */
import {
	count,
	iso3,
	list,
	object,
	orNull,
	place,
	records,
	row,
	rows,
	sex,
	shapeError,
	got,
	text,
	value,
	whole,
	year,
	day,
	type RecordOf
} from './decode';
import type {
	FatalitiesFile,
	LeadershipFile,
	MissionContributionsFile,
	MonthlyFile,
	Operation,
	PresenceFile
} from './schema';

const MISSION_CONTRIBUTION = [
	['year', year],
	['iso3', iso3],
	['mission', text],
	['troops', count],
	['staffOfficers', count],
	['police', count],
	['formedPolice', count],
	['experts', count],
	['total', count],
	['women', count]
] as const;
const PRESENCE = [
	['mission', text],
	['year', year],
	['iso3', iso3],
	/** The largest troop estimate at one location (Geo-PKO's map-based unit sizes). */
	['troops', count]
] as const;
const FATALITY = [
	['date', day],
	['iso3', orNull(iso3)],
	['mission', text],
	['type', whole],
	['cause', whole],
	['sex', sex],
	['nationality', orNull(text)]
] as const;
const MONTH_PARTS = [
	['troops', count],
	['police', count],
	['experts', count]
] as const;

/** A contributor's personnel in one mission in a year (contributions-by-mission.json). */
export type MissionContribution = RecordOf<typeof MISSION_CONTRIBUTION>;
/** A contributor seen in a mission by Geo-PKO (presence.json): no head count. */
export type Presence = RecordOf<typeof PRESENCE>;
/** One person who died in a UN peace operation, the type and cause as the UN names them. */
export type Fatality = Omit<RecordOf<typeof FATALITY>, 'type' | 'cause'> & {
	year: number;
	type: string;
	cause: string;
};
/** A country's personnel in one month of the monthly reports. */
export type MonthParts = RecordOf<typeof MONTH_PARTS>;

export type MissionContributions = Omit<MissionContributionsFile, 'rows' | 'columns'> & {
	rows: MissionContribution[];
};
export type PresenceData = Omit<PresenceFile, 'rows'> & { rows: Presence[] };
export type Fatalities = Omit<FatalitiesFile, 'rows' | 'columns'> & { rows: Fatality[] };
export type Monthly = Omit<MonthlyFile, 'countries'> & {
	countries: Record<string, (MonthParts | null)[]>;
};
export function decodeByMission(x: unknown): MissionContributions {
	const file = 'contributions-by-mission.json';
	const f = object(file, '', x, ['rows', 'notes']);
	return {
		notes: list(file, '"notes"', f.notes) as MissionContributions['notes'],
		rows: rows(file, '"rows"', f.rows, MISSION_CONTRIBUTION)
	};
}

export function decodePresence(x: unknown): PresenceData {
	const file = 'presence.json';
	const f = object(file, '', x, ['source', 'note', 'rows']);
	return {
		source: value(file, '"source"', f.source, text),
		note: value(file, '"note"', f.note, text),
		rows: rows(file, '"rows"', f.rows, PRESENCE)
	};
}

export function decodeFatalities(x: unknown): Fatalities {
	const file = 'fatalities.json';
	const f = object(file, '', x, ['source', 'note', 'types', 'causes', 'otherCodes', 'rows']);
	const types = list(file, '"types"', f.types) as string[];
	const causes = list(file, '"causes"', f.causes) as string[];
	const named = (names: string[], i: number, what: string, where: string) => {
		if (i >= names.length)
			throw shapeError(file, where, `"${what}" ${i} is not in "${what}s" (${names.length} names)`);
		return names[i];
	};
	const input = list(file, '"rows"', f.rows);
	return {
		source: value(file, '"source"', f.source, text),
		note: value(file, '"note"', f.note, text),
		types,
		causes,
		otherCodes: object(file, '"otherCodes"', f.otherCodes, []) as Fatalities['otherCodes'],
		rows: input.map((r, i) => {
			const where = place('"rows"', i, r);
			const d = row(file, where, r, FATALITY);
			return {
				...d,
				year: Number(d.date.slice(0, 4)),
				type: named(types, d.type, 'type', where),
				cause: named(causes, d.cause, 'cause', where)
			};
		})
	};
}

export function decodeMonthly(x: unknown): Monthly {
	const file = 'contributions-monthly.json';
	const keys = [
		'countriesFrom',
		'countriesTo',
		'sources',
		'countries',
		'missionSources',
		'missions'
	];
	const f = object(file, '', x, keys);
	const countries: Monthly['countries'] = {};
	for (const [iso3, series] of Object.entries(object(file, '"countries"', f.countries, []))) {
		countries[iso3] = list(file, `"countries" "${iso3}"`, series).map((parts, i) =>
			parts === null ? null : row(file, `"countries" "${iso3}" month ${i}`, parts, MONTH_PARTS)
		);
	}
	const missions = object(file, '"missions"', f.missions, []);
	for (const [id, series] of Object.entries(missions))
		list(file, `"missions" "${id}"`, series).forEach((n, i) => {
			if (n !== null && !(typeof n === 'number' && n >= 0))
				throw shapeError(
					file,
					`"missions" "${id}" month ${i}`,
					`should be a number or null, got ${got(n)}`
				);
		});
	return {
		countriesFrom: value(file, '"countriesFrom"', f.countriesFrom, text),
		countriesTo: value(file, '"countriesTo"', f.countriesTo, text),
		sources: list(file, '"sources"', f.sources) as Monthly['sources'],
		missionSources: list(file, '"missionSources"', f.missionSources) as Monthly['missionSources'],
		missions: missions as Monthly['missions'],
		countries
	};
}

export function decodeLeadership(x: unknown): LeadershipFile {
	const file = 'leadership.json';
	const f = object(file, '', x, ['source', 'posts', 'note', 'rows']);
	records(file, f.rows, ['mission', 'name', 'posts', 'nationality', 'from', 'to']);
	return f as unknown as LeadershipFile;
}

export function decodeOperations(x: unknown): Operation[] {
	return records<Operation>('operations.json', x, [
		'id',
		'slug',
		'body',
		'name',
		'hosts',
		'start',
		'end',
		'hq',
		'sizes'
	]);
}
