/**
 * The map engine, MapLibre: the largest download and the longest start of the first view.
 *
 * MapLibre's own ES module build is shipped as it is (an asset with a hashed name, like its
 * worker), so a page can name both in its HTML (`engineLinks`, added by hooks.server.ts to every
 * prerendered page with a live map): the engine is fetched and compiled as soon as the page's
 * content has been parsed, and the worker's script downloads alongside. `loadEngine()` imports it once and
 * shares it; as soon as it has run, MapLibre's worker is created (`prewarm`), so the worker's
 * own download and compile run while the page hydrates rather than after the map mounts.
 * hooks.client.ts calls it as soon as the app's entry runs on a page whose HTML has a map.
 *
 * MapLibre's stylesheet (64 KB, most of it its logo drawn three times) comes with the engine, not
 * inlined in the page's head: the page's first paint and style recalculations do not carry it,
 * and nothing it styles exists before the engine has run.
 */
import engineUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import styleUrl from 'maplibre-gl/dist/maplibre-gl.css?url';

export type Engine = typeof import('maplibre-gl');

/**
 * A page with a live map asks for the engine by links in its HTML, written by the server hook,
 * not by a component, so they cost the page no JavaScript. The worker's script is prefetched:
 * browsers have no preload for workers, and the worker's request finds the response in the HTTP
 * cache. On a slow connection that saves the round trip after the engine has run.
 *
 * The stylesheet's preload goes in the head; the scripts' links go after the page's content
 * with the app's own (hooks.server.ts, `scriptLinksLast`).
 */
export const engineLinks = () => ({
	head: `<link rel="preload" as="style" href="${styleUrl}">`,
	scripts: `<link rel="modulepreload" href="${engineUrl}"><link rel="prefetch" href="${workerUrl}">`
});

/** The attribute every live map's container carries in the prerendered HTML. */
export const MAP_HOST_ATTRIBUTE = 'data-map-host';

let engine: Promise<Engine> | null = null;

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** MapLibre's stylesheet in the page, once it has loaded (a failed one leaves it unstyled). */
function engineStyle(): Promise<void> {
	const href = absolute(styleUrl);
	const present = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some(
		(link) => link.href === href
	);
	if (present) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	const loaded = new Promise<void>((resolve) => {
		link.onload = link.onerror = () => resolve();
	});
	// First in the head: the page's own rules for the map's controls come later and win.
	document.head.prepend(link);
	return loaded;
}

export function loadEngine(): Promise<Engine> {
	engine ??= Promise.all([
		import(/* @vite-ignore */ absolute(engineUrl)) as Promise<Engine>,
		engineStyle()
	]).then(([maplibre]) => {
		maplibre.setWorkerUrl(absolute(workerUrl));
		maplibre.prewarm();
		return maplibre;
	});
	return engine;
}

/** Starts the engine if this page's HTML holds a live map; pages without one never load it. */
export function startEngineForPage(doc: Document): void {
	if (doc.querySelector(`[${MAP_HOST_ATTRIBUTE}]`)) void loadEngine().catch(() => {});
}
