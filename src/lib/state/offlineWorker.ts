/**
 * The service worker's side of ./offline.svelte.ts, loaded when the worker is registered (once
 * the first view is done): whether a newer version waits, and handing over to it.
 */
import { base } from '$app/paths';
import { siteUpdate } from './offline.svelte';

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

export function watch(registration: ServiceWorkerRegistration) {
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
