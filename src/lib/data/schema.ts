/**
 * The shape of every file in geodata/, in one module: the derivation (scripts/geodata) writes
 * through these schemas, the build validates against them, and the app trusts their types.
 */
import * as v from 'valibot';

import { FIRST_FIGURE_YEAR, FIRST_YEAR, LAST_YEAR } from './years';

export { FIRST_FIGURE_YEAR, FIRST_YEAR, LAST_YEAR };

const fix = {
	iso3: 'use an ISO 3166-1 alpha-3 code in capitals, like "BGD"',
	year: `use a year from ${FIRST_YEAR} to ${LAST_YEAR}`,
	count: 'use a whole number of people, 0 or more, or null where the source gives none',
	month: 'use a month like "2024-12"',
	source: 'name a source id listed in geodata/sources.json'
};

export const Iso3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, fix.iso3));
export const Year = v.pipe(
	v.number(),
	v.integer(fix.year),
	v.minValue(FIRST_YEAR, fix.year),
	v.maxValue(LAST_YEAR, fix.year)
);
export const Month = v.pipe(v.string(), v.regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, fix.month));
/** A head count: whole, never negative; null where the source does not say. */
export const Count = v.nullable(v.pipe(v.number(), v.integer(fix.count), v.minValue(0, fix.count)));
export const SourceId = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, fix.source));

/** A fact and where it comes from; `verified: false` where no stored source confirms it. */
const sourced = <T extends v.GenericSchema>(value: T) =>
	v.object({ value, source: v.string(), verified: v.boolean() });

// ---------------------------------------------------------------- sources.json
export const Source = v.object({
	id: SourceId,
	title: v.string(),
	publisher: v.string(),
	/** Where the stored copy came from (repository and path, or page address). */
	origin: v.string(),
	licence: v.string(),
	citation: v.string(),
	coverage: v.string()
});
export const SourcesFile = v.array(Source);

// ---------------------------------------------------------------- countries.json
export const OicStatus = v.picklist(['member', 'observer']);
export const Oic = v.object({
	status: OicStatus,
	joined: v.pipe(v.number(), v.integer(), v.minValue(1969, 'the OIC was founded in 1969')),
	/** A different joining year given by another source. */
	joinedAlt: v.nullable(v.number()),
	joinedAltSource: v.nullable(v.string()),
	/** Months ("1980-01") from which the state did not count, to its return (null: still out). */
	suspended: v.array(
		v.object({
			from: Month,
			to: v.nullable(Month),
			note: v.string(),
			sources: v.array(v.object({ title: v.string(), url: v.string() }))
		})
	),
	note: v.nullable(v.string()),
	source: SourceId
});
export const Country = v.object({
	iso3: Iso3,
	name: v.string(),
	/** Other names people search by: "Turkey", "Ivory Coast", source spellings. */
	altNames: v.array(v.string()),
	oic: v.nullable(Oic),
	/** False where the country has no shape of its own on the map (listed in the README). */
	hasShape: v.boolean()
});
export const CountriesFile = v.array(Country);

// ---------------------------------------------------------------- missions.json
export const MissionKind = v.picklist(['pko', 'spm']);
export const YearMonth = v.object({
	year: v.nullable(Year),
	month: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
	source: v.string(),
	verified: v.boolean()
});
export const Mission = v.object({
	/** Acronym as the UN writes it, e.g. "UNOSOM II"; the URL form is `slug`. */
	id: v.pipe(
		v.string(),
		v.regex(/^[A-Z][A-Z0-9 ]+$/, 'use the acronym in capitals, e.g. "UNIFIL"')
	),
	slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'use lower case and hyphens, e.g. "unosom-ii"')),
	kind: MissionKind,
	name: sourced(v.string()),
	start: YearMonth,
	/**
	 * Null year for an operation still active in the latest report (status "active"), or, for a
	 * closed mission, where no source gives the end (then `start.year` is null too).
	 */
	end: YearMonth,
	status: v.picklist(['active', 'closed']),
	/**
	 * The first and last month ("1992-04") or year ("2015") with uniformed personnel in the
	 * sources; null where none reports any (operations before 1990). A mission without dates is
	 * drawn in these years only.
	 */
	reported: v.nullable(
		v.object({
			first: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2})?$/)),
			last: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2})?$/)),
			source: v.string()
		})
	),
	hosts: v.object({ value: v.array(Iso3), source: v.string(), verified: v.boolean() }),
	/** Hosts that are OIC members or observers today. */
	oicHosts: v.array(Iso3),
	hq: v.object({
		name: v.string(),
		point: v.object({
			type: v.literal('Point'),
			coordinates: v.tuple([
				v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
				v.pipe(v.number(), v.minValue(-90), v.maxValue(90))
			])
		}),
		source: v.string(),
		verified: v.boolean()
	}),
	/** Uniformed personnel in the mission, by year, as of the month the year's figure uses. */
	personnel: v.array(v.tuple([Year, Count, SourceId])),
	note: v.nullable(v.string())
});
export const MissionsFile = v.array(Mission);

// ---------------------------------------------------------------- contributions.json
/** How each year's figure is taken: the month it is as of, and the source it comes from. */
export const YearRule = v.object({
	year: Year,
	asOf: Month,
	source: SourceId,
	/** Whether per-mission figures exist for the year. */
	byMission: v.boolean()
});
/**
 * A year whose shown month is not typical of its monthly reports (its total differs from their
 * mean by more than a quarter), or falls in a run of months the source has no figure for. The
 * figures are the source's monthly totals (all missions), for one country or (iso3 null) all.
 */
export const YearNote = v.object({
	iso3: v.nullable(Iso3),
	year: Year,
	kind: v.picklist(['unrepresentative', 'gap']),
	asOf: Month,
	value: v.number(),
	mean: v.number(),
	min: v.number(),
	max: v.number(),
	months: v.number(),
	gap: v.nullable(
		v.object({
			what: v.picklist(['troops', 'police', 'experts']),
			from: Month,
			to: Month,
			before: v.number(),
			after: v.number()
		})
	)
});
/** [iso3, year, troops, police, experts, total, women] */
export const ContributionRow = v.tuple([Iso3, Year, Count, Count, Count, Count, Count]);
export const ContributionsFile = v.object({
	rule: v.string(),
	years: v.array(YearRule),
	columns: v.tuple([
		v.literal('iso3'),
		v.literal('year'),
		v.literal('troops'),
		v.literal('police'),
		v.literal('experts'),
		v.literal('total'),
		v.literal('women')
	]),
	/** Peacekeeping operations only. */
	rows: v.array(ContributionRow),
	/** Personnel in special political missions, kept apart: [iso3, year, total]. */
	politicalMissions: v.array(v.tuple([Iso3, Year, Count])),
	/** Where a year's month hides what the year's monthly reports show, all contributors together. */
	notes: v.array(YearNote),
	/** The months contributions-monthly.json has figures for: a reader may pick one of these. */
	months: v.object({ from: Month, to: Month })
});

// ---------------------------------------------------------------- contributions-by-mission.json
/** [year, iso3, mission, troops, staffOfficers, police, formedPolice, experts, total, women] */
export const MissionContributionRow = v.tuple([
	Year,
	Iso3,
	v.string(),
	Count,
	Count,
	Count,
	Count,
	Count,
	Count,
	Count
]);
export const MissionContributionsFile = v.object({
	columns: v.array(v.string()),
	rows: v.array(MissionContributionRow),
	/** YearNote for single countries (loaded with the panels, not the first view). */
	notes: v.array(YearNote)
});

// ---------------------------------------------------------------- contributions-monthly.json
const MonthParts = v.nullable(v.tuple([Count, Count, Count]));
/**
 * Every month's figures where the sources report monthly (loaded on demand): per country
 * [troops, police, experts] or null (no row: none reported), one entry a month from
 * `countriesFrom` to `countriesTo`; per mission its total, for the same months.
 */
export const MonthlyFile = v.object({
	countriesFrom: Month,
	countriesTo: Month,
	/** Which source each stretch of months comes from. */
	sources: v.array(v.object({ from: Month, to: Month, source: SourceId })),
	countries: v.record(v.string(), v.array(MonthParts)),
	/** Which source each stretch of the missions' months comes from (the same months). */
	missionSources: v.array(v.object({ from: Month, to: Month, source: SourceId })),
	missions: v.record(v.string(), v.array(Count))
});

// ---------------------------------------------------------------- presence.json
/** [mission, year, iso3, largest troop estimate at one location or null] */
export const PresenceRow = v.tuple([v.string(), Year, Iso3, Count]);
export const PresenceFile = v.object({
	source: SourceId,
	note: v.string(),
	rows: v.array(PresenceRow)
});

// ---------------------------------------------------------------- discrepancies.json
export const Discrepancy = v.object({
	what: v.string(),
	iso3: v.nullable(Iso3),
	month: Month,
	values: v.array(v.object({ source: SourceId, value: v.number() })),
	used: SourceId
});
export const DiscrepanciesFile = v.array(Discrepancy);

// ---------------------------------------------------------------- mission-codes.json
/** What each mission code of each source file became: a record, several by date, or nothing. */
export const MissionCode = v.object({
	file: v.string(),
	code: v.string(),
	missions: v.array(v.string()),
	rule: v.picklist(['same', 'renamed', 'split by date', 'excluded']),
	why: v.nullable(v.string()),
	first: v.string(),
	last: v.string(),
	rows: v.number()
});
export const MissionCodesFile = v.array(MissionCode);

export type Source = v.InferOutput<typeof Source>;
export type Country = v.InferOutput<typeof Country>;
export type Oic = v.InferOutput<typeof Oic>;
export type Mission = v.InferOutput<typeof Mission>;
export type YearRule = v.InferOutput<typeof YearRule>;
export type YearNote = v.InferOutput<typeof YearNote>;
export type MonthlyFile = v.InferOutput<typeof MonthlyFile>;
export type ContributionsFile = v.InferOutput<typeof ContributionsFile>;
export type ContributionRow = v.InferOutput<typeof ContributionRow>;
export type MissionContributionsFile = v.InferOutput<typeof MissionContributionsFile>;
export type MissionContributionRow = v.InferOutput<typeof MissionContributionRow>;
export type PresenceFile = v.InferOutput<typeof PresenceFile>;
export type Discrepancy = v.InferOutput<typeof Discrepancy>;
export type MissionCode = v.InferOutput<typeof MissionCode>;

/** Every geodata file with its schema: what the build validates. */
export const GEODATA_FILES = {
	'sources.json': SourcesFile,
	'countries.json': CountriesFile,
	'missions.json': MissionsFile,
	'contributions.json': ContributionsFile,
	'contributions-by-mission.json': MissionContributionsFile,
	'presence.json': PresenceFile,
	'discrepancies.json': DiscrepanciesFile,
	'mission-codes.json': MissionCodesFile,
	'contributions-monthly.json': MonthlyFile
} as const;
