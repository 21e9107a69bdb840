/**
 * What the explorer hands to the parts only one mode shows: the site's header (search, lecture,
 * share, theme) and data tables, which the explore page renders; the embed's bar and its talk
 * with the host page, which the embed renders. Neither downloads the other's code.
 */
import type { Atlas } from '$lib/data/atlas';
import type { Selectable } from '$lib/map/pick';
import type { ViewState, Vocabulary } from '$lib/state/url';

/** The view as the share dialog offers it: its address, what it shows in words, its citation. */
export interface ViewCitation {
	/** The page's address. */
	url: URL;
	/** What the view shows, in words. */
	title: string;
	citation: string;
	/** The credit line of an image of the view. */
	credit: string;
}

export interface HeaderContext {
	atlas: Atlas | null;
	view: ViewState;
	/** What the share dialog and the tour builder say of the view. */
	cite: ViewCitation;
	dark: boolean;
	ontoggletheme: () => void;
	/** Selects a search result and moves focus to its panel. */
	onchoose: (pick: Selectable) => void;
}

export interface TablesContext {
	atlas: Atlas | null;
	year: number;
	/** A picked month of the year whose figures have loaded, or null for the year's own. */
	month?: number | null;
	/** Where each country's label sits: the table's rows show their place on the map. */
	anchors: Map<string, [number, number]>;
	/** Selects a row's country or mission and brings the map into view. */
	onselect: (pick: Selectable) => void;
	/** The country whose row has focus, outlined on the map. */
	onfocuscountry: (iso3: string | null) => void;
	/** True once the map has drawn or cannot: the interactive tables load then. */
	mapSettled: boolean;
}

export interface EmbedContext {
	view: ViewState;
	/** What the loaded atlas knows, to read a host's requests; null until it loads. */
	vocab: Vocabulary | null;
	/** Applies a change the host page asked for. */
	onrequest: (change: Partial<ViewState>) => void;
}
