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

// ---------------------------------------------------------------- fatalities.json
const Day = v.pipe(
	v.string(),
	v.regex(/^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'use a date like "1993-06-05"')
);
/**
 * One person who died in a UN peace operation: [date, iso3 or null, mission (a record's id, or
 * the UN's code where it names no operation of the atlas), personnel type (index into `types`),
 * cause (index into `causes`), "M" | "F" | null, the UN's nationality where iso3 is null].
 */
export const FatalityRow = v.tuple([
	Day,
	v.nullable(Iso3),
	v.string(),
	v.pipe(v.number(), v.integer(), v.minValue(0)),
	v.pipe(v.number(), v.integer(), v.minValue(0)),
	v.nullable(v.picklist(['M', 'F'])),
	v.nullable(v.string())
]);
export const FatalitiesFile = v.object({
	source: SourceId,
	note: v.string(),
	columns: v.array(v.string()),
	/** Personnel types and causes as the UN names them. */
	types: v.array(v.string()),
	causes: v.array(v.string()),
	/** UN codes in `rows` that are no operation of the atlas, with the reason. */
	otherCodes: v.record(v.string(), v.string()),
	rows: v.array(FatalityRow)
});

// ---------------------------------------------------------------- leadership.json
const YM = v.tuple([
	v.pipe(v.number(), v.integer(), v.minValue(1945), v.maxValue(LAST_YEAR)),
	v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)))
]);
/** One appointment to lead a UN operation. */
export const Leader = v.object({
	mission: v.string(),
	name: v.string(),
	/** Post codes of the codebook (see `posts`). */
	posts: v.array(v.number()),
	rank: v.nullable(v.string()),
	woman: v.boolean(),
	/** The Correlates of War code(s) as the file gives them ("770", "325-380"). */
	cow: v.string(),
	/** ISO alpha-3 of the nationality (two for a dual national; none for Yugoslavia). */
	nationality: v.array(Iso3),
	nationalityName: v.string(),
	/** [year, month] the appointment began and ended; `to` null: still serving in September 2019. */
	from: YM,
	to: v.nullable(YM)
});
export const LeadershipFile = v.object({
	source: SourceId,
	posts: v.record(v.string(), v.string()),
	note: v.string(),
	rows: v.array(Leader)
});

// ---------------------------------------------------------------- operations.json
/** A cited fact from a public page: its address, its words. */
export const PageSource = v.object({
	title: v.string(),
	publisher: v.string(),
	url: v.pipe(v.string(), v.regex(/^https?:\/\//, 'give the page’s address, http(s)://…'))
});
export const Cited = <T extends v.GenericSchema>(value: T) =>
	v.object({
		value,
		/** A source id of sources.json, or null where `page` cites a public page. */
		source: v.nullable(SourceId),
		page: v.nullable(PageSource),
		quote: v.nullable(v.string()),
		verified: v.boolean()
	});
/** An operation of another body than the UN: NATO, the EU, the AU, ECOWAS, the Arab League... */
export const Operation = v.object({
	id: v.pipe(v.string(), v.regex(/^[A-Z][A-Za-z0-9 -]+$/, 'use the acronym, e.g. "IFOR"')),
	slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'use lower case and hyphens, e.g. "ifor"')),
	body: v.picklist(['NATO', 'EU', 'AU', 'ECOWAS', 'LAS', 'MFO', 'OIC']),
	name: Cited(v.string()),
	/**
	 * Whether the UN Security Council authorised it, with the resolution; without the UN's, the
	 * body's own decision where the source gives it.
	 */
	authorised: Cited(v.object({ un: v.boolean(), resolution: v.nullable(v.string()) })),
	hosts: v.array(Iso3),
	start: Cited(YM),
	/** null value: still active in the latest source. */
	end: Cited(v.nullable(YM)),
	hq: Cited(
		v.object({
			name: v.string(),
			point: v.tuple([
				v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
				v.pipe(v.number(), v.minValue(-90), v.maxValue(90))
			]),
			/** Where the point comes from (the city's point in another source). */
			pointSource: v.string()
		})
	),
	/** Personnel at the months a source reports: [month, total, source id or page index]. */
	sizes: v.array(
		v.object({
			month: Month,
			total: v.pipe(v.number(), v.integer(), v.minValue(0)),
			source: v.nullable(SourceId),
			page: v.nullable(PageSource),
			quote: v.nullable(v.string())
		})
	),
	/** The largest size and number of contributing states one dataset gives. */
	peak: v.nullable(
		v.object({ size: v.nullable(v.number()), states: v.nullable(v.number()), source: SourceId })
	),
	/** OIC states' contingents, each from a public page in its own words. */
	contingents: v.array(
		v.object({
			iso3: Iso3,
			figure: v.string(),
			approx: v.nullable(v.number()),
			asOf: v.string(),
			note: v.string(),
			page: PageSource,
			quote: v.string()
		})
	),
	/** What the pages say about who served, in their own words (e.g. the Arab Deterrent Force). */
	notes: v.array(v.object({ text: v.string(), page: PageSource, quote: v.string() })),
	note: v.nullable(v.string())
});
export const OperationsFile = v.array(Operation);

export type Source = v.InferOutput<typeof Source>;
export type Country = v.InferOutput<typeof Country>;
export type Oic = v.InferOutput<typeof Oic>;
/** A record of missions.json as stored; the atlas reads it decoded (Mission in ./decode.ts). */
export type MissionEntry = v.InferOutput<typeof Mission>;
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
export type FatalityRow = v.InferOutput<typeof FatalityRow>;
export type FatalitiesFile = v.InferOutput<typeof FatalitiesFile>;
export type Leader = v.InferOutput<typeof Leader>;
export type LeadershipFile = v.InferOutput<typeof LeadershipFile>;
export type Operation = v.InferOutput<typeof Operation>;
export type OperationsFile = v.InferOutput<typeof OperationsFile>;

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
	'contributions-monthly.json': MonthlyFile,
	'fatalities.json': FatalitiesFile,
	'leadership.json': LeadershipFile,
	'operations.json': OperationsFile
} as const;
