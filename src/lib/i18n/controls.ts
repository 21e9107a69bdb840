/**
 * The controls beside the map: layers, legend, colour measure, year and month, search.
 * English; another language is a sibling module with the same keys.
 */
import { monthName } from './format';
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
	// What the map colours the states by (?measure=).
	measureLabel: 'Colour states by',
	measureName: {
		personnel: 'Personnel sent',
		fallen: 'Fallen, to this year',
		'fallen-year': 'Fallen, this year'
	} satisfies Record<Measure, string>,

	// Time.
	yearLabel: 'Year',
	monthLabel: 'Month',
	monthName: (m: number) => monthName(m),
	yearsOwnMonth: '(the year’s figure)',
	play: 'Play through the years',
	pause: 'Pause',
	previousYear: 'Previous year',
	nextYear: 'Next year',

	// Theme.
	themeToggle: (dark: boolean) => (dark ? 'Use light theme' : 'Use dark theme')
};
