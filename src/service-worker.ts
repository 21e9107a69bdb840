/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: the built site (scripts, styles, fonts, geodata, prerendered pages,
 * the articles) is cached at install; requests are answered from the cache first, so a lecture
 * hall without Wi-Fi can reload the atlas and play its tours.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `peacekeeping-atlas-${version}`;
/**
 * Fonts: the build has every subset Fontsource ships, and the browser downloads only those whose
 * characters a page shows (Latin; the atlas writes no Cyrillic, Greek, Devanagari or Vietnamese).
 * The cache takes the Latin faces, and as WOFF2 only, which every browser with service workers
 * reads: 4 files instead of 32 (about 1 MB less to download after the first visit).
 */
const usedFont = (path: string) => /noto-sans-latin(-ext)?-\d+-normal\.[\w-]+\.woff2$/.test(path);
const ASSETS = [...build, ...files, ...prerendered].filter(
	(path) => !/\.woff2?$/.test(path) || usedFont(path)
);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached by path; their query (?year=…, ?step=…) is read by the page itself.
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			if (cached) return cached;
			try {
				return await fetch(event.request);
			} catch {
				return (await cache.match(event.request, { ignoreSearch: true })) ?? Response.error();
			}
		})()
	);
});
