/**
 * The explorer page: its panel, hint, sharing and presenting buttons.
 * English; another language is a sibling module with the same keys.
 */
import { monthYear } from './format';
import type { YearCoverage } from '$lib/data/atlas';

export const exploreText = {
	dataErrorTitle: 'Part of the map data could not be loaded',

	// Layers and legend.
	controlsLabel: 'Year and layers',
	/** Said to screen readers with the summary while the map colours the fallen. */
	liveFallen: (year: number, inYear: boolean) =>
		`The map shows each state’s nationals who died in UN peace operations, ${inYear ? `in ${year}` : `1948–${year}`}.`,
	coverage: (year: number, kind: YearCoverage, asOf: string | null) =>
		({
			'active-only': `${year}: before 1990 the sources give no personnel figures, only which operations were active.`,
			totals: `${year}: each country’s total${asOf ? `, ${`as of ${monthYear(asOf)}`}` : ''}; no per-mission figures before late 2009 (dashed lines show Geo-PKO presence).`,
			'by-mission': `${year}: figures by country and mission${asOf ? `, as of ${monthYear(asOf)}` : ''}.`
		})[kind],
	closePanel: 'Close the panel',
	citation: (view: string, data: string | null, url: string, accessed: string) =>
		`Peacekeeping Atlas, “${view}”${data ? `. Data: ${data}` : ''}. ${url} (accessed ${accessed}).`,
	skipToControls: 'Skip to the year and layers',
	skipToTable: 'Skip to the data table',
	tableLink: 'Data table',
	liveSelection: (name: string, figure: string) => `Selected: ${name}. ${figure}`
};
