/**
 * What the country's and the mission's panels show from, handed down as one object: the data,
 * the year, the files loaded on demand, and where a link in a panel goes.
 */
import type { CorpusIndex } from '$lib/content/corpusIndex';
import type { Atlas } from '$lib/data/atlas';
import type { DetailFiles } from '$lib/data/detail.svelte';
import type { Selectable } from '$lib/map/pick';

export interface PanelContext {
	atlas: Atlas;
	year: number;
	/** A picked month of the year (its figures loaded), or null for the year's own. */
	month: number | null;
	/** True once every month's figures have loaded: the chart draws the monthly line. */
	monthlyLoaded: boolean;
	/** The files beyond the first view, each null until loaded. */
	files: Pick<
		DetailFiles,
		'byMission' | 'presence' | 'notes' | 'fatalities' | 'leadership' | 'operations'
	>;
	corpus: CorpusIndex | null;
	/** Opens what a link in a panel names, and takes the focus to its panel. */
	open: (kind: Selectable['kind'], id: string) => void;
	/** Shows another year (a click on a chart's year). */
	onyear: (year: number) => void;
}
