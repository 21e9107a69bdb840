/**
 * The controls beside the map: layers, legend, colour measure, year and month, search.
 * English; another language is a sibling module with the same keys.
 */
import { formatNumber, monthName } from './format';
import { BODY_NAMES } from './common';
import type { LayerId, Measure } from '$lib/state/url';

export const controlsText = {
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
	legendOperation: 'Operation of another body (NATO, EU, AU, ECOWAS, Arab League…)',
	legendOperationNoSize: 'its size not reported that year',
	// What the map colours the states by (?measure=).
	measureLabel: 'Colour states by',
	measureName: {
		personnel: 'Personnel sent',
		fallen: 'Fallen, to this year',
		'fallen-year': 'Fallen, this year'
	} satisfies Record<Measure, string>,
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
	legendMissionClosed: 'closed',
	legendOic: 'The OIC that year',
	legendMember: 'member',
	legendObserver: 'observer (dashed)',
	legendNeither: 'neither (not coloured)',
	legendLinks: 'Lines: personnel of the selection (dashed: presence only).',

	// Time.
	yearLabel: 'Year',
	monthLabel: 'Month',
	monthName: (m: number) => monthName(m),
	yearsOwnMonth: '(the year’s figure)',
	play: 'Play through the years',
	pause: 'Pause',
	previousYear: 'Previous year',
	nextYear: 'Next year',

	// Search.
	searchLabel: 'Find a country or mission',
	searchPlaceholder: 'Country or mission…',
	searchNoResults: 'Nothing found',
	searchCountry: 'Country',
	searchMission: 'Mission',
	searchOperation: 'Other body',
	/** The names a reader may type for a body: "NATO" finds IFOR. */
	bodyNames: (body: string) => BODY_NAMES[body] ?? [],
	searchResults: (n: number) => `${n} result${n === 1 ? '' : 's'}`,

	// Theme.
	themeToggle: (dark: boolean) => (dark ? 'Use light theme' : 'Use dark theme')
};
