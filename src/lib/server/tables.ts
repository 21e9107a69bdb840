/**
 * The explore page's tables as they stand before its scripts run: the latest year's
 * countries, rendered at build time and inserted into the HTML by hooks.server.ts. The
 * browser replaces them with the interactive tables (TablesIsland) once the map has drawn.
 */
import { render } from 'svelte/server';
import AtlasTables from '$lib/table/AtlasTables.svelte';
import { DEFAULT_YEAR } from '$lib/state/url';
import { buildAtlas } from './atlas';

let cached: string | null = null;

export function prerenderedTables(): string {
	cached ??= render(AtlasTables, {
		props: {
			atlas: buildAtlas(),
			year: DEFAULT_YEAR,
			anchors: new Map(),
			onselect: () => {},
			onfocuscountry: () => {},
			interactive: false
		}
	}).body;
	return cached;
}
