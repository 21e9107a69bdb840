/**
 * The map engine, MapLibre: the largest download and the longest start of the first view.
 *
 * MapLibre's own ES module build is shipped as it is (an asset with a hashed name, like its
 * worker), so a page can name both in its head (`engineLinks`, added by hooks.server.ts to every
 * prerendered page with a live map): the engine is fetched and compiled while the HTML is still
 * parsing, and the worker's script downloads alongside. `loadEngine()` imports it once and
 * shares it; as soon as it has run, MapLibre's worker is created (`prewarm`), so the worker's
 * own download and compile run while the page hydrates rather than after the map mounts.
 * hooks.client.ts calls it as soon as the app's entry runs on a page whose HTML has a map.
 */
import engineUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export type Engine = typeof import('maplibre-gl');

/**
 * The head links of a page with a live map. Written into the HTML by the server hook, not by a
 * component, so they cost the page no JavaScript. The worker's script is prefetched: browsers
 * have no preload for workers, and the worker's request finds the response in the HTTP cache.
 * On a slow connection that saves the round trip after the engine has run.
 */
export const engineLinks = () =>
	`<link rel="modulepreload" href="${engineUrl}"><link rel="prefetch" href="${workerUrl}">`;

/** The attribute every live map's container carries in the prerendered HTML. */
export const MAP_HOST_ATTRIBUTE = 'data-map-host';

let engine: Promise<Engine> | null = null;

const absolute = (url: string) => new URL(url, document.baseURI).href;

export function loadEngine(): Promise<Engine> {
	engine ??= (import(/* @vite-ignore */ absolute(engineUrl)) as Promise<Engine>).then(
		(maplibre) => {
			maplibre.setWorkerUrl(absolute(workerUrl));
			maplibre.prewarm();
			return maplibre;
		}
	);
	return engine;
}

/** Starts the engine if this page's HTML holds a live map; pages without one never load it. */
export function startEngineForPage(doc: Document): void {
	if (doc.querySelector(`[${MAP_HOST_ATTRIBUTE}]`)) void loadEngine().catch(() => {});
}
