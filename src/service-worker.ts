/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: the built site (scripts, styles, fonts, geodata, prerendered pages,
 * the articles) is cached at install; requests are answered from the cache first, so a lecture
 * hall without Wi-Fi can reload the atlas and play its tours.
 *
 * A deploy never breaks an open page (docs/architecture.md, "Deploys and the offline cache"):
 * - a new version installs beside the old one and waits: pages open on the old version keep
 *   their worker and every file they were built with;
 * - the page tells the reader a new version is ready (src/lib/state/offline.svelte.ts); it takes over
 *   only when the reader asks (the page then reloads) or once no page of the old one is open;
 * - when it takes over, the old version's files stay cached for the pages still open on it
 *   (other tabs), and are deleted once none is.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'peacekeeping-atlas-';
const CACHE = `${PREFIX}${version}`;
/** Which pages were open when this version took over: they may still run an older one. */
const OPEN_AT_TAKEOVER = `${base}/__open-at-takeover`;
/** What a page not in the cache gets when the network is gone. */
const OFFLINE_PAGE = `${base}/offline`;
/**
 * Fonts: the build has every subset Fontsource ships, and the browser downloads only those whose
 * characters a page shows (Latin; the atlas writes no Cyrillic, Greek, Devanagari or Vietnamese).
 * The cache takes the Latin faces, and as WOFF2 only, which every browser with service workers
 * reads: 4 files instead of 32 (about 1 MB less to download after the first visit). The Arabic
 * build's list has Noto Sans Arabic too (no other build's does): its Arabic faces are cached.
 */
const usedFont = (path: string) =>
	/noto-sans-(latin(-ext)?|arabic-arabic)-\d+-normal\.[\w-]+\.woff2$/.test(path);
const ASSETS = [...build, ...files, ...prerendered].filter(
	(path) => !/\.woff2?$/.test(path) || usedFont(path)
);
/** Files named by their content: the same name is the same bytes, whichever version has it. */
const immutable = (path: string) => path.startsWith(`${base}/_app/immutable/`);

sw.addEventListener('install', (event) => {
	// No skipWaiting(): an open page keeps the worker it was loaded with.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('message', (event) => {
	// The reader chose to load the new version (the page reloads when this worker takes over).
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			await cache.put(
				OPEN_AT_TAKEOVER,
				new Response(JSON.stringify(open.map((c) => c.id)), {
					headers: { 'content-type': 'application/json' }
				})
			);
			await pruneOldVersions();
			await sw.clients.claim();
		})()
	);
});

/** Deletes older versions' caches once no page that was open at the takeover is still open. */
async function pruneOldVersions(): Promise<void> {
	const old = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
	if (!old.length) return;
	const cache = await caches.open(CACHE);
	const record = await cache.match(OPEN_AT_TAKEOVER);
	const ids = record ? ((await record.json()) as string[]) : [];
	const stillOpen = await Promise.all(ids.map((id) => sw.clients.get(id)));
	if (stillOpen.some(Boolean)) return;
	await Promise.all(old.map((k) => caches.delete(k)));
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	if (url.pathname === OPEN_AT_TAKEOVER) return;
	const navigation = event.request.mode === 'navigate';
	// A page load is when pages of an older version may have gone: their files may go too.
	if (navigation) event.waitUntil(pruneOldVersions());
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached by path; their query (?year=…, ?step=…) is read by the page itself.
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			if (cached) return cached;
			// A page still open on an older version asks for a file of its own build: the
			// server no longer has it, the older cache does.
			if (immutable(url.pathname)) {
				const older = await caches.match(url.pathname, { ignoreSearch: true });
				if (older) return older;
			}
			try {
				return await fetch(event.request);
			} catch {
				const fallback = await cache.match(event.request, { ignoreSearch: true });
				if (fallback) return fallback;
				// Offline, and a page this site never cached: the site's own page says so.
				if (navigation) return (await cache.match(OFFLINE_PAGE)) ?? Response.error();
				return Response.error();
			}
		})()
	);
});
