/**
 * The year overview and what it shares with the panels in the first view: summary, notes, lists, sources.
 * English; another language is a sibling module with the same keys.
 */
import { monthYear } from './format';

export const overviewText = {
	mapHint: 'Select a country or a mission on the map, or find one by name.',
	themesHeading: 'Themes of the articles',
	hostedNowHeading: (year: number) => `Operations in OIC states, ${year}`,
	hostedLaterHeading: (year: number) => `In states that joined the OIC after ${year}`,
	noneHosted: 'None that year.',
	topOicContributors: (year: number) => `Largest OIC contributors, ${year}`,
	/** After a state's name, in a view of a year before it joined the OIC. */
	joinedLater: (name: string, joined: number) => `${name} (OIC since ${joined})`,
	/** The year overview's line on contributors it does not count as OIC in that year. */
	notCountedThen: (year: number, names: string) =>
		`Not counted as OIC in ${year}: ${names}, which joined later or were suspended.`,
	// Source notes and citations, in the year overview as in the panels.
	sourceOf: (title: string, asOf: string | null) =>
		`Source: ${title}${asOf ? `, ${monthYear(asOf)}` : ''}`,
	citationCopied: 'Citation copied',
	citationFailed: 'Select and copy the citation below'
};
