/**
 * Interface strings, in English, of the views loaded on demand: country, mission and theme
 * panels, the data tables, the sources page, sharing and embedding, lecture mode. Read through
 * ./detail.ts.
 */
import { MAX_COMPARE, type NoticeKind } from '$lib/state/url';
import { monthYearEn } from './months.en';

// Its own formatter (the same as ./en.ts's): an import would tie this file to the first view's chunk.
const number = new Intl.NumberFormat('en');
/** "2012-08" → "August 2012". */
const monthYear = monthYearEn;
/** "Pakistan, Indonesia and Bangladesh" */
const list = (items: string[]) => new Intl.ListFormat('en').format(items);

export const enDetail = {
	// Notices about the link the page was opened with (shown only when there are some).
	notice: (param: string, value: string, kind: NoticeKind) =>
		({
			unknown: `The link asks for ${param} “${value}”, which the atlas does not know; it was left out.`,
			malformed: `The link’s ${param} “${value}” could not be read; the default is shown instead.`,
			clamped: `The link’s ${param} “${value}” is outside what the atlas covers; the nearest value is shown.`,
			conflict: `The link selects more than one thing; the ${param} “${value}” was left out.`,
			unavailable: `The link asks for ${param} “${value}”, but the sources have no monthly reports for that year; the year’s own month is shown.`,
			alone: `The link’s ${param} “${value}” needs a selected country to compare with; it was left out.`,
			'too-many': `One chart compares a country with at most ${MAX_COMPARE} others; the link’s ${param} “${value}” was left out.`
		})[kind],
	dismiss: 'Dismiss',

	pictureTitle:
		'Map of the OIC states: contributors of uniformed personnel and hosts of UN peacekeeping operations',
	close: 'Close',
	joined: (year: number) => `since ${year}`,
	joinedAlt: (year: number, source: string) => `(${year} in ${source})`,
	suspended: (from: string, to: string | null) =>
		`suspended from ${monthYear(from)}${to ? ` to ${monthYear(to)}` : ''}`,
	notInOicThen: (year: number, joined: number) =>
		joined > year ? `Not yet in the OIC in ${year}.` : `Suspended from the OIC in ${year}.`,
	source: 'source',
	roleHost: 'Host',
	roleFormerHost: 'Former host',
	roleHostFrom: (year: number) => `Host from ${year}`,
	chartTitle: 'Uniformed personnel sent, 1990–2025',
	roleContributor: 'Contributor',
	missionsHosted: 'Peacekeeping operations hosted',
	noMissionsHosted: 'No UN peacekeeping operation on its territory in the data.',
	/** `month`: a picked month ('1995-08'), said instead of the year. */
	personnelHeading: (year: number, month: string | null = null) =>
		`Uniformed personnel, ${month ? monthYear(month) : year}`,
	troops: 'Troops',
	police: 'Police',
	experts: 'Experts on mission',
	women: 'Women',
	total: 'Total',
	topMissions: (year: number) => `Largest deployments, ${year}`,
	servedIn: (year: number) => `Served in, ${year} (Geo-PKO presence, no head counts)`,
	loadingDetail: 'Loading the per-mission figures…',
	sourcesTitle: 'Sources',
	sourcesIntro:
		'Every figure in the atlas names one of these sources and the month it is as of. Facts no stored source confirms are marked unverified.',
	sourcePublisher: 'Publisher',
	sourceOrigin: 'Where the copy comes from',
	sourceLicence: 'Licence',
	sourceCitation: 'Cite as',
	sourceCoverage: 'Coverage',
	backToMap: 'Back to the map',
	offlineTitle: 'You are offline',
	offlineBody:
		'This page was not saved for use without a network. These pages were, on this device, and work until the network is back:',
	offlineExplorer: 'The map, every year and country',
	offlineLecture: 'Lecture mode: “The OIC states and UN peacekeeping”',
	passageLink: 'Link to this passage',
	onTheMap: 'On the map:',
	fromTheArticles: 'From the articles',
	readInArticle: 'Read in the article',
	quotedFrom: (title: string) => `From “${title}”`,
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
		`Bar chart: uniformed personnel sent by ${name}, 1990–2025, with a line of the monthly reports 1990–2014. Peak ${number.format(peak)} in ${peakYear}. ${year}: ${value === null ? 'no figure' : number.format(value)}.`,
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
		`Line chart: uniformed personnel sent by ${list(values.map((v) => v.name))}, ${first}–${last}, on one scale.${
			year === null
				? ''
				: ` ${year}: ${values
						.map((v) => `${v.name} ${v.value === null ? 'none reported' : number.format(v.value)}`)
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
		value === null ? `${year}: no figure` : `${year}: ${number.format(value)} uniformed personnel`,
	/** The value shown over the hovered or focused bar. */
	chartReadout: (year: number, value: number | null) =>
		`${year}: ${value === null ? 'no figure' : number.format(value)}`,
	womenShare: (women: number, total: number) =>
		`${number.format(women)} (${((100 * women) / total).toFixed(1)}%)`,
	unverified: 'unverified',
	unverifiedHint: 'No stored source confirms this',
	missionKind: { pko: 'UN peacekeeping operation', spm: 'Special political or support mission' },
	headquarters: 'Headquarters',
	missionPersonnel: (year: number) => `Uniformed personnel, ${year}`,
	oicContributors: (year: number) => `OIC contributors, ${year}`,
	noOicContributors: 'No OIC state reported personnel here that year.',
	contributorsHeading: (year: number) => `Contributors, ${year}`,
	oicContributorsOf: (year: number) => `OIC members and observers of ${year}`,
	noContributors: 'No contributor reported personnel here that year.',
	noContributorsNamed: 'The sources name no contributors for this year.',
	presenceApprox:
		'Before late 2009 the UN’s reports in the sources give no figures by mission: these are the states Geo-PKO finds at deployment locations, with the largest unit at one location (approximate, from UN deployment maps).',
	unitSize: (n: number) => `≈${number.format(n)} at one location`,
	otherContributors: (n: number) => `${n} other contributor${n === 1 ? '' : 's'}`,
	fromOtherSources: 'OIC contingents reported elsewhere',
	fromSource: (publisher: string, title: string) =>
		`from ${publisher}, “${title}”, not the UN’s monthly report`,
	asOfText: (when: string) => (when.length === 7 ? monthYear(when) : when),
	shareTitle: 'Share this view',
	shareLink: 'Link to this view',
	shareEmbed: 'Embed it in a page',
	embedOptions: 'Embed options',
	embedTheme: 'Colours',
	embedThemeAuto: 'Follow the reader',
	embedThemeLight: 'Light',
	embedThemeDark: 'Dark',
	embedPanel: 'Detail panel',
	embedControls: 'Year and layers',
	embedInteractive: 'Pan and zoom',
	shareIframe: 'Embed code (works without script)',
	shareScript: 'Optional: make the embed as tall as its content',
	shareScriptHint:
		'Add this line once to the page, anywhere after the embed. Pages that remove scripts (many course platforms) still show the map at a 4:3 ratio.',
	sharePreview: 'Preview the embed',
	sharePng: 'Download a PNG of this view',
	pngUnavailable: 'The live map is not available, so no image can be made.',
	copy: 'Copy',
	copied: (what: string) => `Copied the ${what}`,
	presentTitle: 'Lecture mode',
	stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
	shareChartTitle: 'OIC members’ and observers’ share of all UN uniformed personnel, by year',
	shareChartYear: 'Year',
	shareChartSources: 'Each year’s figures and their sources',
	shareChartShare: 'OIC share',
	typeChartTitle: (year: number) =>
		`Uniformed personnel from the OIC’s members and observers of ${year}, by type`,
	typeChartNone: (year: number) => `The ${year} figures do not give personnel by type.`,
	typeChartType: 'Type',
	typeChartPersonnel: 'Personnel',
	previousStep: 'Previous step',
	nextStep: 'Next step',
	keysHelp: 'Keys',
	presenterView: 'Presenter view',
	audienceWindow: 'Open the audience window',
	highContrast: 'High contrast',
	legendToggle: 'Legend',
	saveStepImage: 'Save this step as an image',
	blankScreen: 'Screen blanked: press B to show the map again',
	notes: 'Speaker notes',
	noNotes: 'No notes for this step.',
	nextUp: 'Next',
	lastStep: 'This is the last step.',
	clockElapsed: 'Elapsed',
	clockNow: 'Time',
	keyList: [
		['→  Space  PageDown', 'next step'],
		['←  PageUp', 'previous step'],
		['Home  End', 'first, last step'],
		['number, Enter', 'jump to that step'],
		['F', 'full screen (Esc leaves)'],
		['B', 'blank screen'],
		['H', 'high contrast'],
		['L', 'show or hide the legend'],
		['?', 'show or hide these keys']
	] as [string, string][],
	tourNotice: (what: string) =>
		`The link’s ${what} could not be used; the tour starts at its first step.`,
	stepNotice: (step: number, what: string, value: string) =>
		what === 'view'
			? `Step ${step}: the map view “${value}” is outside what the map can show; the nearest view is shown.`
			: what === 'layer'
				? `Step ${step}: the layer “${value}” is not in the atlas; the step shows its other layers.`
				: `Step ${step}: the ${what} “${value}” is not in the atlas; the step selects nothing instead.`,
	customTourError: (message: string) => `This tour could not be played: ${message}`,
	lectureTitle: 'Lecture mode',
	playDefaultTour: 'Present the tour “The OIC states and UN peacekeeping”',
	myTour: 'Your own tour',
	myTourTitle: 'My tour',
	tourName: 'Title',
	addStep: 'Add this view as a step',
	stepTitle: 'Step title',
	stepCaption: 'Caption',
	removeStep: 'Remove',
	playMyTour: 'Play your tour',
	downloadTour: 'Download the tour file',
	openTourFile: 'Open a tour file',
	tourFileError: (file: string, message: string) =>
		`${file} is not a tour the atlas can play: ${message}.`,
	longTourLink: (chars: number) =>
		`The link to play this tour is ${Math.round(chars / 100) / 10} thousand characters long. Browsers play it, but e-mail, chat and learning platforms often cut links past 8,000 characters. To share a long tour, send the tour file: “Open a tour file” here plays it.`,
	tourFileHint:
		'Put the file in content/tours/ to ship it with the atlas: the build checks every step.',
	active: 'active',
	closed: 'closed',

	// The data tables under the explore map, loaded after the map (see TablesIsland).
	tableTitle: (year: number) => `Data table, ${year}`,
	tableCountry: 'Country',
	tableMission: 'Operation',
	missionTableTitle: (year: number) => `Peacekeeping operations active in ${year}`,
	tableStatus: 'OIC status',
	tablePersonnel: 'Uniformed personnel',
	tableHosting: 'Operations hosted',
	tableScope: 'Show',
	tableScopeOic: 'OIC members and observers',
	tableScopeAll: 'All contributors and hosts',
	/** `asOf`: the month of the figures, already written out (t.monthYear). */
	tableCaption: (n: number, asOf: string | null, source: string | null) =>
		`${n} countries. ${asOf ? `Personnel as of ${asOf}` : 'No personnel figures before 1990'}${source ? `; source: ${source}` : ''}. Select a country to open its panel.`,
	downloadCsv: 'Download CSV',
	downloadGeoJson: 'Download GeoJSON',
	downloadOperationsLabel: 'Other bodies’ operations',

	// Beyond the UN and beyond head counts: other bodies' operations, the fallen, command, women.
	operationsOnSoil: 'Peace operations on its territory',
	operationsOnSoilHint:
		'The UN’s operations and those of other bodies (NATO, the EU, the African Union, ECOWAS, the Arab League…), in one timeline.',
	noOperationsOnSoil: 'No peace operation on its territory in the data.',
	body: {
		UN: 'UN',
		NATO: 'NATO',
		EU: 'EU',
		AU: 'African Union',
		ECOWAS: 'ECOWAS',
		LAS: 'Arab League',
		MFO: 'MFO',
		OIC: 'OIC'
	} as Record<string, string>,
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
	ongoing: 'ongoing',
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
			size !== null ? `at most about ${number.format(size)} personnel` : null,
			states !== null ? `from ${number.format(states)} states` : null
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

	fallenHeading: 'In memory: the fallen',
	fallenLead: (n: number, name: string, first: number, last: number) =>
		n === 1
			? `One national of ${name} died serving in a UN peace operation, in ${first}.`
			: `${number.format(n)} nationals of ${name} died serving in UN peace operations, ${first === last ? `in ${first}` : `from ${first} to ${last}`}.`,
	fallenNone: (name: string) =>
		`The UN’s records name no national of ${name} who died in a UN peace operation.`,
	fallenInYear: (n: number, year: number) =>
		n ? `${number.format(n)} in ${year}.` : `None recorded in ${year}.`,
	fallenMissionLead: (n: number, id: string) =>
		`${number.format(n)} ${n === 1 ? 'person' : 'people'} died serving in ${id}.`,
	fallenMissionNone: (id: string) => `The UN’s records name no one who died serving in ${id}.`,
	fallenByYear: 'By year',
	fallenByMission: 'By operation',
	fallenByNationality: 'By nationality, OIC states first',
	fallenCauses: 'As the UN records the cause',
	fallenTypes: 'Who they were',
	fallenCaveat:
		'The UN notes that its records before 2000 may be incomplete. Military, police, civilian and local staff are counted together.',
	fallenOtherCode: (code: string, why: string) => `${code} (${why})`,
	cause: {
		'Malicious Act': 'malicious act',
		Accident: 'accident',
		Illness: 'illness',
		'Self-Inflicted': 'self-inflicted',
		'To Be Determined': 'to be determined',
		Unknown: 'unknown'
	} as Record<string, string>,
	personnelType: {
		Military: 'military',
		'Military Observer': 'military observers',
		Police: 'police',
		'International Civilian': 'international civilians',
		Local: 'local staff',
		Other: 'other'
	} as Record<string, string>,
	showAll: (n: number) => `Show all ${n}`,
	showFewer: 'Show fewer',
	fallenYearTable: (name: string) => `Fallen by year, ${name}`,
	yearColumn: 'Year',
	deathsColumn: 'Died',

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
		`${year}: ${(share * 100).toFixed(1)}% of ${name}’s uniformed personnel were women, against ${(unShare * 100).toFixed(1)}% of all contributors’.`,
	womenNone: 'The sources split personnel by sex from late 2009; no figures for this country.',
	womenShareLabel: (name: string) => `${name}`,
	womenUnLabel: 'All contributors',
	womenTable: (name: string) =>
		`Women’s share of uniformed personnel, ${name} and all contributors`,
	shareColumn: (name: string) => `${name}, %`,

	// The map's fallen mode and other bodies' operations (legend and tooltips).
	fallenTitle: (year: number, inYear: boolean) =>
		inYear ? `Died in UN peace operations in ${year}` : `Died in UN peace operations, 1948–${year}`,
	fallenLegendNone: 'none recorded',
	fallenSource:
		'Nationals of the year’s OIC members and observers; other states are not coloured (their figures are in the tooltip and panels). Source: UN Peace and Security Data Hub, Mission Fatalities; the UN notes that records before 2000 may be incomplete.',
	/** A state's line in the tooltip: "171 died in UN peace operations, 1948–2025". */
	fallenLine: (n: number, year: number, inYear: boolean) => {
		const when = inYear ? ` in ${year}` : `, 1948–${year}`;
		return n
			? `${number.format(n)} died in UN peace operations${when}`
			: `No national recorded among those who died in UN peace operations${when}`;
	},
	/** "40,000 personnel, November 1996" */
	operationSize: (total: number, month: string) =>
		`${number.format(total)} personnel, ${monthYear(month)}`,
	operationNoSize: (year: number) => `Size not reported for ${year}`
};

export type DetailStrings = typeof enDetail;
