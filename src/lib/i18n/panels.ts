/**
 * The country, mission, operation and theme panels, their charts and comparisons (loaded on demand).
 * English; another language is a sibling module with the same keys.
 */
import { formatList, formatNumber, monthYear, formatPercent } from './format';
import { noFiguresIn, noPersonnelIn } from './common';

export const panelText = {
	asOf: (asOf: string) => `as of ${monthYear(asOf)}`,
	noPersonnelIn,
	noFiguresIn,
	/** "OIC member, since 1969": the status, then the joining year. */
	joined: (status: string, year: number) => `${status}, since ${year}`,
	/** Between the status and a suspension ("; suspended …"). */
	clauseSeparator: '; ',
	joinedAlt: (year: number, source: string) => `(${year} in ${source})`,
	suspended: (from: string, to: string | null) =>
		`suspended from ${monthYear(from)}${to ? ` to ${monthYear(to)}` : ''}`,
	notInOicThen: (year: number, joined: number) =>
		joined > year ? `Not yet in the OIC in ${year}.` : `Suspended from the OIC in ${year}.`,
	source: 'source',
	/** Before a citation's publisher: "[source: UN DPO]". */
	sourceLabel: 'source: ',
	roleHost: 'Host',
	roleFormerHost: 'Former host',
	roleHostFrom: (year: number) => `Host from ${year}`,
	chartTitle: 'Uniformed personnel sent, 1990–2025',
	roleContributor: 'Contributor',
	/** `month`: a picked month ('1995-08'), said instead of the year. */
	personnelHeading: (year: number, month: string | null = null) =>
		`Uniformed personnel, ${month ? monthYear(month) : year}`,
	women: 'Women',
	total: 'Total',
	topMissions: (year: number) => `Largest deployments, ${year}`,
	servedIn: (year: number) => `Served in, ${year} (Geo-PKO presence, no head counts)`,
	fromTheArticles: 'From the articles',
	readInArticle: 'Read in the article',
	themeHeading: 'Theme',
	themeCountries: (n: number, year: number) =>
		`${n} countr${n === 1 ? 'y' : 'ies'} on the map for ${year}`,
	themeNoCountries: 'No dataset in the atlas shows this theme by country.',
	chartSources:
		'Sources: IPI Peacekeeping Database 1990–2014, UN DPO reports 2015–2025; each year as of one month (December where available)',
	chartMonthly:
		'Bars: each year’s figure. Line: every monthly report, November 1990 – February 2014.',
	personnelChart: (
		name: string,
		peak: number,
		peakYear: number,
		year: number,
		value: number | null
	) =>
		`Bar chart: uniformed personnel sent by ${name}, 1990–2025, with a line of the monthly reports 1990–2014. Peak ${formatNumber(peak)} in ${peakYear}. ${year}: ${value === null ? 'no figure' : formatNumber(value)}.`,
	// Comparing the selected country with others on one chart (loaded on demand).
	compareOpen: 'Compare with other countries',
	compareTitle: (first: number, last: number) =>
		`Uniformed personnel sent, ${first}–${last}, on one scale`,
	compareAdd: 'Add a country to compare',
	comparePlaceholder: 'Compare with…',
	compareRemove: (name: string) => `Remove ${name} from the comparison`,
	compareFull: (max: number) =>
		`The chart compares at most ${max} other countries: remove one to add another.`,
	compareAdded: (name: string) => `${name} added to the comparison`,
	compareRemoved: (name: string) => `${name} removed from the comparison`,
	compareNoFigures: 'no personnel reported',
	/**
	 * `values`: each country's name and its figure in `year` (null: none reported); `year` null
	 * where the selected year has no figures.
	 */
	compareChart: (
		values: { name: string; value: number | null }[],
		first: number,
		last: number,
		year: number | null
	) =>
		`Line chart: uniformed personnel sent by ${formatList(values.map((v) => v.name))}, ${first}–${last}, on one scale.${
			year === null
				? ''
				: ` ${year}: ${values
						.map((v) => `${v.name} ${v.value === null ? 'none reported' : formatNumber(v.value)}`)
						.join('; ')}.`
		} The table below gives every year.`,
	compareTable: 'The figures as a table',
	compareCaption:
		'Uniformed personnel sent, each year as of one month (December where the sources have it). A dash: the year’s report lists none.',
	compareYear: 'Year',
	compareNote:
		'Each line breaks where a year’s report lists no personnel from the country: nothing is filled in.',
	/** The chart's keys, said after its summary. */
	chartKeys: 'Left and right arrows read each year’s bar; Enter shows that year.',
	/** A bar's name, for a screen reader. */
	chartBar: (year: number, value: number | null) =>
		value === null ? `${year}: no figure` : `${year}: ${formatNumber(value)} uniformed personnel`,
	/** The value shown over the hovered or focused bar. */
	chartReadout: (year: number, value: number | null) =>
		`${year}: ${value === null ? 'no figure' : formatNumber(value)}`,
	womenShare: (women: number, total: number) =>
		`${formatNumber(women)} (${formatPercent((100 * women) / total, 1)})`,
	unverified: 'unverified',
	unverifiedHint: 'No stored source confirms this',
	missionKind: { pko: 'UN peacekeeping operation', spm: 'Special political or support mission' },
	headquarters: 'Headquarters',
	missionPersonnel: (year: number) => `Uniformed personnel, ${year}`,
	noOicContributors: 'No OIC state reported personnel here that year.',
	contributorsHeading: (year: number) => `Contributors, ${year}`,
	oicContributorsOf: (year: number) => `OIC members and observers of ${year}`,
	noContributors: 'No contributor reported personnel here that year.',
	noContributorsNamed: 'The sources name no contributors for this year.',
	presenceApprox:
		'Before late 2009 the UN’s reports in the sources give no figures by mission: these are the states Geo-PKO finds at deployment locations, with the largest unit at one location (approximate, from UN deployment maps).',
	unitSize: (n: number) => `≈${formatNumber(n)} at one location`,
	otherContributors: (n: number) => `${n} other contributor${n === 1 ? '' : 's'}`,
	fromOtherSources: 'OIC contingents reported elsewhere',
	fromSource: (publisher: string, title: string) =>
		`from ${publisher}, “${title}”, not the UN’s monthly report`,
	asOfText: (when: string) => (when.length === 7 ? monthYear(when) : when),
	active: 'active',
	closed: 'closed',

	// Beyond the UN and beyond head counts: other bodies' operations, the fallen, command, women.
	operationsOnSoil: 'Peace operations on its territory',
	operationsOnSoilHint:
		'The UN’s operations and those of other bodies (NATO, the EU, the African Union, ECOWAS, the Arab League…), in one timeline.',
	noOperationsOnSoil: 'No peace operation on its territory in the data.',
	bodyLong: {
		NATO: 'North Atlantic Treaty Organization',
		EU: 'European Union',
		AU: 'African Union',
		ECOWAS: 'Economic Community of West African States',
		LAS: 'League of Arab States',
		MFO: 'Multinational Force and Observers (an independent organisation)',
		OIC: 'Organisation of Islamic Cooperation'
	} as Record<string, string>,
	otherBodyOperation: (body: string) => `A peace operation of the ${body}, not of the UN`,
	yearSpan: (from: number, to: number | null) =>
		to === null ? `${from}–` : from === to ? String(from) : `${from}–${to}`,
	monthSpan: (from: string, to: string | null) =>
		`${monthYear(from)} – ${to ? monthYear(to) : 'ongoing in the latest source'}`,
	organisation: 'Organisation',
	unAuthorisation: 'UN authorisation',
	authorisedYes: (resolution: string | null) =>
		resolution ? `Yes: ${resolution}` : 'Yes (no resolution named in the source)',
	authorisedNo: (decision: string | null) =>
		decision ? `No; mandated by ${decision}` : 'No Security Council authorisation',
	dates: 'Dates',
	sizeHeading: 'Personnel over time',
	sizeIn: (year: number) => `Personnel, ${year}`,
	sizeNotReported: (year: number) => `No size reported for ${year}.`,
	sizeMonth: (month: string) => monthYear(month),
	peak: (size: number | null, states: number | null) =>
		[
			size !== null ? `at most about ${formatNumber(size)} personnel` : null,
			states !== null ? `from ${formatNumber(states)} states` : null
		]
			.filter(Boolean)
			.join(', '),
	peakLabel: 'At its largest',
	oicContingents: 'OIC states’ contingents',
	oicContingentsHint:
		'From public pages, in their own words; these bodies publish no contributor figures like the UN’s monthly reports.',
	noOicContingents:
		'No OIC contingent found in the stored public pages. A state without a citable source is not listed.',
	whatPagesSay: 'What the sources say',
	pageSource: (publisher: string, title: string) => `${publisher}: “${title}”`,
	contingentFigure: (figure: string) => (figure ? `“${figure}”` : 'present, no number given'),

	leadersHeading: 'Led UN operations',
	leadersMissionHeading: 'Who led it',
	leadersHint:
		'Heads of mission, force commanders, police commissioners and chief military observers, 1948–2019.',
	leadersNone: (name: string) =>
		`The leadership dataset names no national of ${name} at the head of a UN operation (1948–2019).`,
	leadersMissionNone: 'The leadership dataset names no appointment for this operation.',
	leaderSpan: (from: [number, number | null], to: [number, number | null] | null) => {
		const f = (d: [number, number | null]) =>
			d[1] ? monthYear(`${d[0]}-${String(d[1]).padStart(2, '0')}`) : String(d[0]);
		return `${f(from)} – ${to ? f(to) : 'after September 2019'}`;
	},
	post: {
		1: 'Special Representative of the Secretary-General',
		2: 'Head of Mission',
		3: 'Force Commander',
		4: 'Deputy Force Commander',
		5: 'Chief of Staff',
		6: 'Police Commissioner',
		7: 'Chief Military Observer'
	} as Record<number, string>,
	oicNational: 'OIC national',

	womenHeading: 'Women in its contingents',
	womenLead: (name: string, share: number, unShare: number, year: number) =>
		`${year}: ${formatPercent(share * 100, 1)} of ${name}’s uniformed personnel were women, against ${formatPercent(unShare * 100, 1)} of all contributors’.`,
	womenNone: 'The sources split personnel by sex from late 2009; no figures for this country.',
	womenShareLabel: (name: string) => `${name}`,
	womenUnLabel: 'All contributors',
	womenTable: (name: string) =>
		`Women’s share of uniformed personnel, ${name} and all contributors`,
	shareColumn: (name: string) => `${name}, %`,
	loadingDetail: 'Loading the per-mission figures…',
	yearColumn: 'Year'
};
