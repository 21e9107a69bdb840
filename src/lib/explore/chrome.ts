/**
 * What the explorer hands to the parts only the full site shows: the header (search, lecture,
 * share, theme) and the data tables. The explore page renders them; an embed, which shows
 * neither, does not download their code.
 */
import type { Atlas } from '$lib/data/atlas';
import type { Pick } from '$lib/map/pick';
import type { ViewState } from '$lib/state/url';

export interface HeaderContext {
	atlas: Atlas | null;
	view: ViewState;
	/** The page's address, for the share dialog. */
	viewUrl: URL;
	/** What the view shows, in words: the citation and the share dialog use it. */
	citationTitle: string;
	citation: string;
	credit: string;
	dark: boolean;
	ontoggletheme: () => void;
	/** Selects a search result and moves focus to its panel. */
	onchoose: (pick: Pick) => void;
}

export interface TablesContext {
	atlas: Atlas | null;
	year: number;
	/** Where each country's label sits: the table's rows show their place on the map. */
	anchors: Map<string, [number, number]>;
	/** Selects a row's country or mission and brings the map into view. */
	onselect: (pick: Pick) => void;
	/** The country whose row has focus, outlined on the map. */
	onfocuscountry: (iso3: string | null) => void;
}
