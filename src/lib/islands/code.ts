/**
 * The islands: parts of a page that are prerendered like the rest but whose code loads after
 * the first view (docs/architecture.md, "Islands"). Each is a component; the server renders it
 * into the page, and the browser adopts that HTML as it is until the code arrives, then
 * hydrates it in place. Their styles travel with their HTML (in the page's head) and with
 * their code (`<svelte:options css="injected" />`): a lazily loaded component's stylesheet
 * would come after the first paint.
 */
import type { Component, ComponentProps } from 'svelte';

export const ISLAND_CODE = {
	/** The site's header: title, search, lecture, share, theme and language. */
	header: () => import('../../routes/SiteHeader.svelte'),
	/** The embed's bar: the way to the full atlas, and full screen where the host allows it. */
	embedBar: () => import('../../routes/embed/EmbedBar.svelte'),
	/** The legend under the map. */
	legend: () => import('$lib/controls/Legend.svelte'),
	/** The panel's first view: the year at a glance and the citation. */
	overview: () => import('$lib/panels/Overview.svelte'),
	/** The layers' switches. */
	layers: () => import('$lib/controls/LayerToggles.svelte'),
	/** What the map colours the states by. */
	measure: () => import('$lib/controls/MeasureControl.svelte')
} satisfies Record<string, () => Promise<{ default: Component<never> }>>;

export type IslandName = keyof typeof ISLAND_CODE;
export type IslandComponent<N extends IslandName> = Awaited<
	ReturnType<(typeof ISLAND_CODE)[N]>
>['default'];
export type IslandProps<N extends IslandName> = ComponentProps<IslandComponent<N>>;

/**
 * Renders an island's component to HTML: set by the server (src/lib/server/islands.ts), never
 * in the browser, which keeps the renderer out of the page's scripts.
 */
export type IslandRenderer = (
	name: IslandName,
	props: Record<string, unknown>,
	context: Map<unknown, unknown>
) => string;

let renderer: IslandRenderer | null = null;

export function setIslandRenderer(render: IslandRenderer): void {
	renderer = render;
}

export function renderIsland(
	name: IslandName,
	props: Record<string, unknown>,
	context: Map<unknown, unknown>
): string {
	if (!renderer)
		throw new Error(
			`The island "${name}" was rendered on the server before its renderer was set: ` +
				'src/hooks.server.ts must await preloadIslands() before resolving a page.'
		);
	return renderer(name, props, context);
}

/** When a page's islands load: set in context by the mode that has them. */
export interface IslandTiming {
	/** The first view is done (the map has drawn and the browser has been idle since). */
	readonly due: boolean;
	/** What the page shows is no longer what was prerendered: the islands are needed now. */
	readonly now: boolean;
}
