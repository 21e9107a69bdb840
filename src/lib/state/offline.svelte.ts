import { dev } from '$app/environment';
import { base } from '$app/paths';
import { mapSettled } from './mapSettled';

/**
 * What the reader is told about the site's own versions: a newer one is ready (a deploy since
 * this page opened), or a part of this page failed to load (its files are gone from the server).
 * Either way the page keeps working as far as it can, and reloading is the reader's choice.
 */
export const siteUpdate = $state<{ ready: boolean; failed: boolean; dismissed: boolean }>({
	ready: false,
	failed: false,
	dismissed: false
});

/** The worker's side, loaded with it (./offlineWorker.ts): nothing of it runs before then. */
let worker: typeof import('./offlineWorker') | null = null;

/**
 * Loads the worker's side, then registers the worker. Only the import is Vite's to watch: an
 * error after it (a browser that refuses the worker) is not a part of the page failing to load.
 */
async function startWorker(): Promise<void> {
	const loaded = await import('./offlineWorker');
	worker = loaded;
	loaded.watch(await navigator.serviceWorker.register(`${base}/service-worker.js`));
}

/** Loads the newest version: the waiting worker takes over, and the page reloads under it. */
export function reloadToUpdate(): void {
	if (worker) worker.reloadToUpdate();
	else location.reload();
}

/** A dynamic import that failed: Vite's event, or the browser's error for a module. */
const MODULE_FAILURE =
	/dynamically imported module|Importing a module script failed|error loading dynamically imported module/i;

/**
 * Watches for parts of the page that fail to load (lazily loaded code after a deploy, with no
 * offline cache to keep them) and says so instead of failing silently.
 */
export function watchForFailedLoads(): void {
	const failed = () => {
		siteUpdate.failed = true;
		siteUpdate.dismissed = false;
	};
	window.addEventListener('vite:preloadError', failed);
	window.addEventListener('unhandledrejection', (event) => {
		const reason = event.reason as { message?: unknown } | null;
		if (typeof reason?.message === 'string' && MODULE_FAILURE.test(reason.message)) failed();
	});
}

/**
 * Registers the service worker that keeps the atlas working offline, once the page is ready
 * (the map has drawn, or after a few seconds): caching the whole site must not compete with
 * the first view for the network or the CPU.
 */
export function registerOffline(): void {
	watchForFailedLoads();
	if (dev || !('serviceWorker' in navigator)) return;
	const register = () => {
		const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
		idle(() => void startWorker().catch(() => {}));
	};
	// A page without a map (sources, articles) registers after the fallback time.
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		clearTimeout(fallback);
		register();
	};
	const fallback = setTimeout(once, 6000);
	void mapSettled.then(once);
}
