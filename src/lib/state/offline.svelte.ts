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

let waiting: ServiceWorker | null = null;
let reloading = false;

/** Loads the newest version: the waiting worker takes over, and the page reloads under it. */
export function reloadToUpdate(): void {
	if (waiting && ownController()) {
		navigator.serviceWorker.addEventListener('controllerchange', () => reload(), { once: true });
		waiting.postMessage({ type: 'skip-waiting' });
		// If the worker does not take over (another tab already reloaded into it), reload anyway.
		setTimeout(reload, 3000);
	} else reload();
}

function reload() {
	if (reloading) return;
	reloading = true;
	location.reload();
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
 * Whether this page is run by its own build's worker. Each language is its own build with its
 * own worker (the English one's scope, `/`, also covers `/fr/` and `/ar/`): a French page first
 * run by the English worker is not an old version of itself.
 */
function ownController(): boolean {
	const controller = navigator.serviceWorker.controller;
	return Boolean(controller && controller.scriptURL === workerUrl());
}

const workerUrl = () => new URL(`${base}/service-worker.js`, location.href).href;

function watch(registration: ServiceWorkerRegistration) {
	const found = (worker: ServiceWorker | null) => {
		// The first install has nothing to replace; a later one waits for the reader.
		if (!worker || !ownController()) return;
		waiting = worker;
		siteUpdate.ready = true;
	};
	found(registration.waiting);
	registration.addEventListener('updatefound', () => {
		const worker = registration.installing;
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed') found(worker);
		});
	});
	// Another tab loaded the new version: this one runs the old one until it reloads.
	let hadController = ownController();
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (hadController) siteUpdate.ready = true;
		hadController = ownController();
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
		idle(() =>
			navigator.serviceWorker
				.register(`${base}/service-worker.js`)
				.then(watch)
				.catch(() => {})
		);
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
