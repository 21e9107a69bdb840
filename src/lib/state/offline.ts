import { dev } from '$app/environment';
import { base } from '$app/paths';

/**
 * Registers the service worker that keeps the atlas working offline, once the page is ready
 * (the map has drawn, or after a few seconds): caching the whole site must not compete with
 * the first view for the network or the CPU.
 */
export function registerOffline(): void {
	if (dev || !('serviceWorker' in navigator)) return;
	const register = () => {
		const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
		idle(() => navigator.serviceWorker.register(`${base}/service-worker.js`).catch(() => {}));
	};
	const ready = () => document.querySelector('[data-ready="true"]');
	if (ready()) return register();
	const observer = new MutationObserver(() => {
		if (!ready()) return;
		observer.disconnect();
		clearTimeout(fallback);
		register();
	});
	const fallback = setTimeout(() => {
		observer.disconnect();
		register();
	}, 6000);
	observer.observe(document.body, {
		subtree: true,
		attributes: true,
		attributeFilter: ['data-ready']
	});
}
