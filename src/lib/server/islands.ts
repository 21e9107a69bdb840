/**
 * The islands' server side: their components loaded once, and rendered into the page where an
 * Island stands (src/lib/islands/code.ts). Their styles (injected components) come with
 * their HTML, and go to the page's head (`islandStylesToHead`), so the prerendered island is
 * styled from the first paint.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { ISLAND_CODE, setIslandRenderer, type IslandName } from '$lib/islands/code';
import { buildCorpus } from '$lib/content/corpus';
import { CorpusIndex } from '$lib/content/corpusIndex';
import { buildAtlas } from './atlas';

/**
 * What an island shows in the prerendered page that the page itself loads only in the browser:
 * the data, read here from the committed files.
 */
let corpus: CorpusIndex | null = null;
const BUILD_DATA: Partial<Record<IslandName, () => Record<string, unknown>>> = {
	overview: () => ({ atlas: buildAtlas(), corpus: (corpus ??= new CorpusIndex(buildCorpus())) })
};

const loaded = new Map<IslandName, Component<Record<string, unknown>>>();

export async function preloadIslands(): Promise<void> {
	if (loaded.size) return;
	const names = Object.keys(ISLAND_CODE) as IslandName[];
	const modules = await Promise.all(names.map((name) => ISLAND_CODE[name]()));
	names.forEach((name, i) =>
		loaded.set(name, modules[i].default as unknown as Component<Record<string, unknown>>)
	);
	setIslandRenderer((name, props, context) => {
		const component = loaded.get(name);
		if (!component) throw new Error(`The island "${name}" is not in ISLAND_CODE.`);
		const data = BUILD_DATA[name]?.() ?? {};
		const { head, body } = render(component, { props: { ...props, ...data }, context });
		// One element around the component: the page's hydration adopts the island's HTML as one
		// node, however many the component has at its top.
		return `${head}<div data-island-root>${body}</div>`;
	});
}

const ISLAND_STYLE = /<style id="(svelte-[a-z0-9]+)">([\s\S]*?)<\/style>/g;

/**
 * Moves the islands' styles, which their server rendering writes beside their HTML, into the
 * page's head, each once: a stylesheet met in the body makes the browser restyle the page
 * parsed so far, and HTML wants them in the head. The island's code, once loaded, finds its
 * styles there by their id and does not add them again.
 */
export function islandStylesToHead(page: string): string {
	const end = page.indexOf('</head>');
	if (end < 0) return page;
	const styles = new Map<string, string>();
	const body = page.slice(end).replace(ISLAND_STYLE, (_, id: string, css: string) => {
		styles.set(id, css);
		return '';
	});
	if (!styles.size) return page;
	const head = [...styles].map(([id, css]) => `<style id="${id}">${css}</style>`).join('');
	return page.slice(0, end) + head + body;
}
