/**
 * The interface strings of the atlas, in English: those of the first view (map, controls,
 * legend, year overview). Views loaded on demand (panels, data tables, sources, sharing,
 * lecture mode) have theirs in ./en.detail.ts, so the first view does not download them.
 * Other languages (Arabic first, right to left) will be siblings of these files with the same
 * keys; components never hold prose.
 */
import type { LayerId, Measure } from '$lib/state/url';
import type { OicShare, YearCoverage } from '$lib/data/atlas';
import type { YearNote } from '$lib/data/decode';
import { OIC_FOUNDED } from '$lib/data/years';
import { MONTHS_EN, monthYearEn } from './months.en';

/*
 * English figures and months are written out here, not by Intl: the first Intl object (or
 * localeCompare) a page uses loads the browser's locale data, 10–20 ms of main thread before the
 * map is ready. A number these cannot write exactly (not a whole number) falls back to Intl.
 * Other languages may format with Intl; the interface only calls these functions.
 */
const MONTHS = MONTHS_EN;
let intlNumber: Intl.NumberFormat | undefined;
/** A number as Intl.NumberFormat('en') writes it: whole numbers grouped by threes with commas. */
const formatNumber = (n: number): string =>
	Number.isSafeInteger(n) && !Object.is(n, -0)
		? String(n).replace(/\B(?=(\d{3})+$)/g, ',')
		: (intlNumber ??= new Intl.NumberFormat('en')).format(n);
/**
 * "2024-05" → "May 2024", as Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' }) writes
 * it. Only months of the data reach it, and its schema (Month) guarantees their form.
 */
const monthYear = monthYearEn;
/** Other bodies' names, the usual one first. */
const BODY_NAMES: Record<string, string[]> = {
	NATO: ['NATO', 'North Atlantic Treaty Organization'],
	EU: ['the EU', 'European Union'],
	AU: ['the African Union', 'AU'],
	ECOWAS: ['ECOWAS', 'Economic Community of West African States'],
	LAS: ['the Arab League', 'League of Arab States'],
	MFO: ['the MFO', 'Multinational Force and Observers'],
	OIC: ['the OIC', 'Organisation of Islamic Cooperation']
};
const personnelIn = (n: number, year: number) =>
	`${formatNumber(n)} uniformed personnel in ${year}`;
const noPersonnelIn = (year: number) => `No uniformed personnel reported in ${year}`;
const noFiguresIn = (year: number) => `No figures for ${year}`;

export const en = {
	siteTitle: 'Peacekeeping Atlas',
	siteTagline: 'UN peacekeeping seen from the member and observer states of the OIC',
	mapLabel: 'World map of UN peacekeeping and the OIC states',
	mapKeys:
		'Map. Arrow keys move it, plus and minus zoom, Enter selects the country or mission at the ring in the centre.',
	mapLoading: 'Loading the map…',
	noWebGLTitle: 'The live map cannot start in this browser',
	noWebGLBody:
		'It needs WebGL, which is switched off or unsupported here (common on locked-down or remote desktops). Turn on hardware acceleration in the browser settings, or open the atlas in another browser.',
	notFoundTitle: 'This page is not in the atlas',
	notFoundBody:
		'The address may be mistyped, or the page may have moved. The map, the lecture and the sources are here:',
	errorTitle: 'This page could not be shown',
	errorBody: (status: number) =>
		`Something went wrong (${status}). Reload the page, or go on from here:`,
	notFoundMap: 'The map of peacekeeping and the OIC states',
	notFoundLecture: 'Lecture mode: “The OIC states and UN peacekeeping”',
	notFoundSources: 'The sources of every figure',
	updateReady:
		'A new version of the atlas is ready. Reload to use it; this page keeps working meanwhile.',
	updateFailed:
		'Part of this page could not be loaded: the atlas was updated since the page opened. Reload to continue.',
	updateReload: 'Reload',
	updateLater: 'Not now',
	mapFailedTitle: 'The live map stopped at its start',
	mapFailedBody: (reason: string) =>
		`The map engine reported: “${reason.slice(0, 160)}”. The map shown is a still picture. Reload the page; if this link was shared with you, open the atlas from its home page instead.`,
	engineFailedTitle: 'The live map could not be loaded',
	engineFailedBody:
		'Its map engine did not download, so the map shown is a still picture. Check the connection and reload the page to try again.',
	sourceShapes: 'Country shapes: Natural Earth',
	dataErrorTitle: 'Part of the map data could not be loaded',
	formatNumber,
	asOf: (asOf: string) => `as of ${monthYear(asOf)}`,
	monthYear,

	// Layers and legend.
	controlsLabel: 'Year and layers',
	layersHeading: 'Layers',
	layerName: {
		hosts: 'Hosts',
		contributors: 'Contributors',
		missions: 'Missions',
		operations: 'Other bodies',
		links: 'Links'
	} satisfies Record<LayerId, string>,
	layerHint: {
		hosts: 'OIC states where operations were deployed',
		contributors: 'Uniformed personnel sent, per country',
		missions: 'Mission headquarters, sized by personnel',
		operations: 'Operations of NATO, the EU, the African Union, ECOWAS, the Arab League and others',
		links: 'From the selected country or mission'
	} satisfies Record<LayerId, string>,
	legendHeading: 'Legend',
	legendOperation: 'Operation of another body (NATO, EU, AU, ECOWAS, Arab League…)',
	legendOperationNoSize: 'its size not reported that year',
	// What the map colours the states by (?measure=).
	measureLabel: 'Colour states by',
	measureName: {
		personnel: 'Personnel sent',
		fallen: 'Fallen, to this year',
		'fallen-year': 'Fallen, this year'
	} satisfies Record<Measure, string>,
	/** Said to screen readers with the summary while the map colours the fallen. */
	liveFallen: (year: number, inYear: boolean) =>
		`The map shows each state’s nationals who died in UN peace operations, ${inYear ? `in ${year}` : `1948–${year}`}.`,
	legendPersonnel: 'Uniformed personnel sent',
	legendNoPersonnel: 'none reported',
	legendNoFiguresShort: 'no figures',
	legendNoFigures: 'No personnel figures in the sources before 1990: no state is coloured.',
	legendRange: (from: number, to: number | null) =>
		to === null ? `${formatNumber(from)} or more` : `${formatNumber(from)}–${formatNumber(to - 1)}`,
	legendHosts: 'Operations hosted that year',
	legendHostCount: (count: number, orMore: boolean) =>
		`${count}${orMore ? ' or more' : ''} operation${count > 1 || orMore ? 's' : ''}`,
	legendHostedBefore: 'hosted before',
	legendHostBadge: 'dot: hosting that year',
	legendMissions: 'Headquarters: UN operations (circles), other bodies’ (diamonds)',
	legendMissionActive: 'active, sized by personnel',
	legendMissionClosed: 'closed',
	legendOic: 'The OIC that year',
	legendMember: 'member',
	legendObserver: 'observer (dashed)',
	legendNeither: 'neither (not coloured)',
	legendLinks: 'Lines: personnel of the selection (dashed: presence only).',

	// Time.
	yearLabel: 'Year',
	monthLabel: 'Month',
	monthName: (m: number) => MONTHS[m - 1],
	yearsOwnMonth: '(the year’s figure)',
	play: 'Play through the years',
	pause: 'Pause',
	previousYear: 'Previous year',
	nextYear: 'Next year',
	coverage: (year: number, kind: YearCoverage, asOf: string | null) =>
		({
			'active-only': `${year}: before 1990 the sources give no personnel figures, only which operations were active.`,
			totals: `${year}: each country’s total${asOf ? `, ${`as of ${monthYear(asOf)}`}` : ''}; no per-mission figures before late 2009 (dashed lines show Geo-PKO presence).`,
			'by-mission': `${year}: figures by country and mission${asOf ? `, as of ${monthYear(asOf)}` : ''}.`
		})[kind],

	// Search.
	searchLabel: 'Find a country or mission',
	searchPlaceholder: 'Country or mission…',
	searchNoResults: 'Nothing found',
	searchCountry: 'Country',
	searchMission: 'Mission',
	searchOperation: 'Other body',
	searchOperationOf: (body: string) =>
		`an operation of ${BODY_NAMES[body]?.[0] ?? body}, not the UN`,
	/** The names a reader may type for a body: "NATO" finds IFOR. */
	bodyNames: (body: string) => BODY_NAMES[body] ?? [],
	searchResults: (n: number) => `${n} result${n === 1 ? '' : 's'}`,

	// Theme.
	themeToggle: (dark: boolean) => (dark ? 'Use light theme' : 'Use dark theme'),

	// Tooltip and panels.
	personnelIn,
	noPersonnelIn,
	noFiguresIn,
	/**
	 * A country's personnel in a year: the figure, none reported, or (`covered` false) no figures
	 * at all that year.
	 */
	personnelLine: (total: number | null, year: number, covered: boolean) =>
		!covered ? noFiguresIn(year) : total === null ? noPersonnelIn(year) : personnelIn(total, year),
	hostingIn: (ids: string[], year: number) => `Hosting in ${year}: ${ids.join(', ')}`,
	mapHint: 'Select a country or a mission on the map, or find one by name.',
	closePanel: 'Close the panel',
	oicStatus: {
		member: 'OIC member',
		observer: 'OIC observer'
	},
	notOic: 'Not an OIC member or observer',
	notYetOic: (year: number, status: 'member' | 'observer', joined: number) =>
		`Not yet in the OIC in ${year} (${status === 'member' ? 'a member' : 'an observer'} since ${joined})`,
	suspendedIn: (year: number) => `Suspended from the OIC in ${year}`,
	roles: 'Roles',
	source: 'Source',
	themesHeading: 'Themes of the articles',
	moreInTheme: (title: string) => `More on “${title}”`,
	citation: (view: string, data: string | null, url: string, accessed: string) =>
		`Peacekeeping Atlas, “${view}”${data ? `. Data: ${data}` : ''}. ${url} (accessed ${accessed}).`,
	/** A mission's dates; `reported` where no source dates it: the years with personnel. */
	missionYears: (
		start: number | null,
		end: number | null,
		reported: [number, number] | null = null
	) =>
		start === null
			? reported
				? `dates not in the sources; personnel reported ${reported[0] === reported[1] ? reported[0] : `${reported[0]}–${reported[1]}`}`
				: 'dates not in the sources'
			: start === end
				? String(start)
				: `${start}–${end ?? 'present'}`,
	hostsLabel: 'Hosts',
	overviewHeading: (year: number) => `${year} at a glance`,
	/** `asOf`: a picked month ("1995-08"), which the sentence names instead of the year. */
	summary: (
		year: number,
		hosted: number,
		later: number,
		share: OicShare | null,
		asOf: string | null = null
	) => {
		const when = asOf ? monthYear(asOf) : String(year);
		const ops = (n: number) => `${n} peacekeeping operation${n === 1 ? '' : 's'}`;
		if (year < OIC_FOUNDED)
			return `${year}: the OIC was founded in ${OIC_FOUNDED}; ${ops(later)} active in states that joined it later.`;
		const pct = (n: number) => `${Math.round((100 * n) / share!.all)}%`;
		return (
			`${when}: ${ops(hosted)} active in OIC member and observer states` +
			(later ? ` and ${later} in states that joined later` : '') +
			(share && share.all
				? `; ${formatNumber(share.oic)} uniformed personnel from ${share.contributors} of the OIC’s members and observers of ${year}, ${pct(share.oic)} of all ${formatNumber(share.all)} (members ${formatNumber(share.members.personnel)}, ${pct(share.members.personnel)}; ${share.observers.personnel ? `observers ${formatNumber(share.observers.personnel)}, ${pct(share.observers.personnel)}` : 'observers none'}).`
				: '.')
		);
	},
	/** One sentence on a year whose shown month hides what its monthly reports show. */
	yearNote: (n: YearNote, name: string | null) => {
		const month = monthYear(n.asOf);
		const whose = name ? `${name}’s ${n.year}` : String(n.year);
		if (n.gap)
			return `The source has no figures for ${name ? `${name}’s` : 'the'} ${n.gap.what} from ${monthYear(n.gap.from)} to ${monthYear(n.gap.to)}, between ${formatNumber(n.gap.before)} before and ${formatNumber(n.gap.after)} after: likely a gap in its reports, and the ${month} figure falls in it.`;
		return `${month} is not typical of ${whose}: ${name ? '' : 'all contributors together had '}${formatNumber(n.value)} that month, against a mean of ${formatNumber(n.mean)} over the year’s ${n.months} monthly reports (${formatNumber(n.min)}–${formatNumber(n.max)}).`;
	},
	hostedNowHeading: (year: number) => `Operations in OIC states, ${year}`,
	hostedLaterHeading: (year: number) => `In states that joined the OIC after ${year}`,
	noneHosted: 'None that year.',
	topOicContributors: (year: number) => `Largest OIC contributors, ${year}`,
	/** After a state's name, in a view of a year before it joined the OIC. */
	joinedLater: (name: string, joined: number) => `${name} (OIC since ${joined})`,
	/** The year overview's line on contributors it does not count as OIC in that year. */
	notCountedThen: (year: number, names: string) =>
		`Not counted as OIC in ${year}: ${names}, which joined later or were suspended.`,
	skipToControls: 'Skip to the year and layers',
	skipToTable: 'Skip to the data table',
	tableLink: 'Data table',
	liveSelection: (name: string, figure: string) => `Selected: ${name}. ${figure}`,
	share: 'Share',
	opensNewTab: ' (opens in a new tab)',
	fullScreen: 'Full screen',
	openLarger: 'Open larger',
	cooperativeDesktop: 'Use Ctrl + scroll to zoom the map',
	cooperativeMac: 'Use ⌘ + scroll to zoom the map',
	cooperativeMobile: 'Use two fingers to move the map',
	present: 'Present',
	lecture: 'Lecture',
	// Source notes and citations, in the year overview as in the panels.
	sourceOf: (title: string, asOf: string | null) =>
		`Source: ${title}${asOf ? `, ${monthYear(asOf)}` : ''}`,
	copyCitation: 'Copy citation',
	citationCopied: 'Citation copied',
	citationFailed: 'Select and copy the citation below'
};

export type Strings = typeof en;
