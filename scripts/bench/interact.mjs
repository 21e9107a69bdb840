/**
 * First interaction: a reader clicks a country at the moment the map first shows, and waits
 * for the panel to name it. The click goes where the country is drawn, to whatever lies on top
 * there (the picture, or the live map's element above it); a click that changes nothing is
 * sent again every 50 ms, and the time runs from the first one until the panel's heading names
 * the country.
 *
 * The page records what happens in sessionStorage, which a reload through the picture's link
 * keeps, with times on the wall clock (performance.timeOrigin + performance.now()), which
 * holds across documents.
 */

const KEY = '__benchInteraction';

/**
 * Installed before any page script (page.addInitScript), in every document of the load:
 * records each mousedown, each navigation towards `country=<iso3>`, when the URL first names
 * the country, when the panel's heading first does, and when the panel shows the country's
 * figures (the heading names it and the early "Loading its figures…" panel is gone). In the first document it also calls
 * the `__benchPainted` binding in the first frame the static map picture is laid out with the
 * country in it (measure.mjs's instrument takes the frame it is laid out at all, which can come
 * while the picture's HTML is still arriving), with the point to click: the
 * centre of the country's bounding box in the picture, or, if that falls outside its outline,
 * the point of the outline nearest to it.
 */
export function interactionProbe(iso3) {
	const STORE = '__benchInteraction';
	const now = () => performance.timeOrigin + performance.now();
	let s = null;
	try {
		s = JSON.parse(sessionStorage.getItem(STORE) ?? 'null');
	} catch {
		s = null;
	}
	s ??= {
		clicks: [],
		navigations: [],
		urlAt: null,
		headingAt: null,
		figuresAt: null,
		documents: 0
	};
	s.documents += 1;
	const save = () => sessionStorage.setItem(STORE, JSON.stringify(s));
	const names = (url) => new URL(url, location.href).searchParams.get('country') === iso3;
	// A document opened by the picture's link: its URL names the country from its start.
	if (s.clicks.length > 0 && s.urlAt === null && names(location.href)) s.urlAt = now();
	save();

	addEventListener(
		'mousedown',
		() => {
			s.clicks.push(now());
			save();
		},
		{ capture: true }
	);
	// The Navigation API sees both a link's reload and the app's pushState.
	globalThis.navigation?.addEventListener('navigate', (e) => {
		if (!names(e.destination.url)) return;
		s.navigations.push({ at: now(), sameDocument: e.destination.sameDocument });
		if (e.destination.sameDocument && s.urlAt === null) s.urlAt = now();
		save();
	});

	// The country's name as the picture's link gives it (its data-name, in the page's language).
	let name = null;
	const check = () => {
		if (s.clicks.length === 0) return;
		name ??=
			document
				.querySelector(`.map-picture path[data-iso3="${iso3}"]`)
				?.closest('a')
				?.getAttribute('data-name')
				?.trim() || null;
		const heading = document.getElementById('panel-title')?.textContent?.trim();
		if (!name || heading !== name) return;
		s.headingAt ??= now();
		// The panel named it before the data was in ("Loading its figures…"): the figures
		// are shown once that early panel has given way to the country's own.
		if (!document.querySelector('[data-early-pick]')) {
			s.figuresAt = now();
			observer.disconnect();
		}
		save();
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { subtree: true, childList: true, characterData: true });

	function target(path) {
		const box = path.getBoundingClientRect();
		const toShape = path.getScreenCTM()?.inverse();
		const inside = ([x, y]) => path.isPointInFill(new DOMPoint(x, y).matrixTransform(toShape));
		const cx = box.left + box.width / 2;
		const cy = box.top + box.height / 2;
		const points = [[cx, cy]];
		for (let i = 1; i < 16; i++) {
			for (let j = 1; j < 16; j++) {
				points.push([box.left + (box.width * i) / 16, box.top + (box.height * j) / 16]);
			}
		}
		const distance = ([x, y]) => Math.hypot(x - cx, y - cy);
		points.sort((p, q) => distance(p) - distance(q));
		const hit = toShape && points.find(inside);
		if (!hit) return { error: `no point inside ${iso3}'s outline in the picture` };
		const picture = performance.now();
		return { x: hit[0], y: hit[1], centre: distance(hit) === 0, picture, at: now() };
	}
	// rAF runs just before the frame paints: the same poll as the instrument's. The picture can
	// be laid out while its HTML is still arriving: the country's path must be there too.
	const poll = () => {
		if (s.documents > 1) return;
		const svg = document.querySelector('.map-picture svg');
		const box = svg?.getBoundingClientRect();
		const path = svg?.querySelector(`path[data-iso3="${iso3}"]`);
		const visible = svg && getComputedStyle(svg).visibility === 'visible';
		if (path && visible && box.width > 0 && box.height > 0) window.__benchPainted?.(target(path));
		else requestAnimationFrame(poll);
	};
	requestAnimationFrame(poll);
}

/** The probe's record, or null while the page is between documents. */
async function record(page) {
	try {
		return await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null'), KEY);
	} catch {
		return null;
	}
}

/** Polls the record until `done(record)` or `ms` have passed; the last record read. */
async function until(page, done, ms) {
	const end = Date.now() + ms;
	let last = null;
	for (;;) {
		last = (await record(page)) ?? last;
		if (last && done(last)) return { record: last, done: true };
		if (Date.now() >= end) return { record: last, done: false };
		await new Promise((wake) => setTimeout(wake, 10));
	}
}

/**
 * One load of `url` in a fresh `page` (with measure.mjs's instrument installed): clicks the
 * country as soon as the map picture is laid out, again every 50 ms while nothing happens,
 * then waits for the panel to name it. Times in ms; `firstInteraction` runs from the moment the
 * first click was sent, so the page's input delay (a click queued behind a long task) counts.
 */
export async function firstInteraction(page, url, iso3, { retryMs = 50, timeout = 30_000 } = {}) {
	let painted;
	const paint = new Promise((resolve, reject) => {
		painted = resolve;
		// unref: a load that has finished leaves no timer holding the bench open.
		setTimeout(() => reject(new Error(`the map picture never showed ${iso3}`)), timeout).unref();
	});
	paint.catch(() => {});
	await page.exposeBinding('__benchPainted', (_source, target) => painted(target));
	await page.addInitScript(interactionProbe, iso3);
	await page.goto(url, { waitUntil: 'commit' });
	const target = await paint;
	if (target.error) throw new Error(target.error);

	// On the wall clock, which both the page's times (timeOrigin-based) and Node's share.
	const sent = Date.now();
	let attempts = 0;
	const happened = (r) => r.navigations.length > 0 || r.urlAt != null || r.headingAt != null;
	for (;;) {
		await page.mouse.click(target.x, target.y);
		attempts += 1;
		if ((await until(page, happened, retryMs)).done) break;
		if (Date.now() - sent > timeout)
			throw new Error(`${attempts} clicks on ${iso3} in ${timeout} ms changed nothing`);
	}
	const { record: r, done } = await until(page, (x) => x.figuresAt != null, timeout);
	if (!done) throw new Error(`the panel did not show ${iso3}'s figures within ${timeout} ms`);
	const received = r.clicks[0] ?? null;
	return {
		iso3,
		attempts,
		centre: target.centre,
		picture: target.picture,
		sentAfterPaint: sent - target.at,
		inputDelay: received == null ? null : received - sent,
		firstInteraction: r.headingAt - sent,
		fromPaint: r.headingAt - target.at,
		toFigures: r.figuresAt - sent,
		toUrl: r.urlAt == null ? null : r.urlAt - sent,
		reload: r.navigations.some((n) => !n.sameDocument)
	};
}
