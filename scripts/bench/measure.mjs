/**
 * What one page load measures, the same way on every page: the app's explorer and embed and
 * the bare floor all expose `[data-map-host].maplibreMap` and `[data-ready="true"]`.
 * Times are taken in the page (performance.now(), from navigation start), so Playwright's
 * round trips never count.
 */

/**
 * Installed before any page script runs (page.addInitScript): records first contentful paint,
 * the frame the static map picture became visible, the moment an SVG map was first on screen,
 * and the moment `data-ready="true"` appears.
 *
 * On screen: an in-page mark (requestAnimationFrame) is taken before its frame is painted, and
 * here a frame can reach the screen 30–250 ms later (rastered in software, the GPU process
 * waits for every frame to finish). So each SVG map (SVG_MAPS) gets a transparent 1×1 image in
 * its middle with an `elementtiming` name, and the Element Timing API gives the presentation
 * time of the first frame that painted it: the frame the map was first seen in, measured the
 * same way on every page. The image is added once the SVG is in the document, hidden with it.
 * `svgMaps` selects those SVG maps: the app's picture and Leaflet's paths (page (e)); MapLibre's
 * pages mark their first frame with shapes themselves.
 */
export function instrument(svgMaps = '.map-picture svg, .leaflet-overlay-pane svg') {
	const b = (window.__bench = {
		fcp: null,
		lcp: null,
		picture: null,
		mapShown: null,
		mapTagged: false,
		ready: null
	});
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
		}).observe({ type: 'paint', buffered: true });
		new PerformanceObserver((list) => {
			const entries = list.getEntries();
			b.lcp = entries[entries.length - 1].startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	} catch {
		// Observers missing: the figures stay null and the report says n/a.
	}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				if (e.identifier === 'bench-map' && b.mapShown === null)
					b.mapShown = e.renderTime || e.startTime;
		}).observe({ type: 'element', buffered: true });
		const dot =
			'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
		const tagger = new MutationObserver(() => {
			const svg = document.querySelector(svgMaps);
			if (!svg) return;
			tagger.disconnect();
			const box = svg.viewBox?.baseVal;
			const image = document.createElementNS('http://www.w3.org/2000/svg', 'image');
			image.setAttribute('href', dot);
			image.setAttribute('width', '1');
			image.setAttribute('height', '1');
			image.setAttribute('x', String(box && box.width ? box.x + box.width / 2 : 0));
			image.setAttribute('y', String(box && box.height ? box.y + box.height / 2 : 0));
			image.setAttribute('elementtiming', 'bench-map');
			image.setAttribute('aria-hidden', 'true');
			svg.append(image);
			b.mapTagged = true;
		});
		tagger.observe(document, { childList: true, subtree: true });
	} catch {
		// No Element Timing: the first painted map falls back to the in-page marks.
	}
	// A MutationObserver fires in the same task as the attribute change: no polling delay.
	const observer = new MutationObserver(() => {
		if (b.ready === null && document.querySelector('[data-ready="true"]')) {
			b.ready = performance.now();
			observer.disconnect();
		}
	});
	observer.observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-ready']
	});
	// The inlined SVG picture may be shown only after hydration, or after its own script has set
	// the address's view: find the first frame it is laid out with a size and visible. rAF runs
	// just before that frame paints.
	const poll = () => {
		if (b.picture !== null || b.ready !== null) return;
		const svg = document.querySelector('.map-picture svg');
		const box = svg?.getBoundingClientRect();
		if (box && box.width > 0 && box.height > 0 && getComputedStyle(svg).visibility === 'visible')
			b.picture = performance.now();
		else requestAnimationFrame(poll);
	};
	requestAnimationFrame(poll);
}

/** Waits (in Node) until the page reports ready; returns the in-page timings so far. */
export async function waitReady(page, timeout = 60_000) {
	await page.waitForFunction(() => window.__bench?.ready != null, null, { timeout, polling: 50 });
	// A page can be ready before its SVG map's frame is presented (Leaflet marks ready in the
	// animation frame that paints it): its time on screen is reported with that frame.
	await page
		.waitForFunction(() => !window.__bench.mapTagged || window.__bench.mapShown != null, null, {
			timeout: 3000,
			polling: 50
		})
		.catch(() => {});
	return page.evaluate(() => {
		const mark = performance.getEntriesByName('first-map-render')[0];
		// Every page marks the moment its MapLibre map is constructed: the start of the engine's work.
		const constructed = performance.getEntriesByName('map-constructed')[0];
		return {
			...window.__bench,
			mapRender: mark ? mark.startTime : null,
			constructed: constructed ? constructed.startTime : null,
			// The same moment on the wall clock, to split the server's request log at it.
			readyAt: performance.timeOrigin + window.__bench.ready
		};
	});
}

/**
 * The first painted map: for an SVG map (the app's picture, Leaflet's paths), the moment its
 * first frame was on screen (Element Timing, `instrument`); for the MapLibre pages, their first
 * frame with shapes. Without Element Timing, the app's falls back to the later of its first
 * contentful paint and the frame the picture became visible in.
 */
export function firstMapPaint(t) {
	if (t.mapShown != null) return t.mapShown;
	if (t.mapRender != null) return t.mapRender;
	if (t.fcp == null) return t.picture;
	return t.picture == null ? t.fcp : Math.max(t.fcp, t.picture);
}

/**
 * In the page, at the map's 'idle': the main-thread time so far, then the time once the GPU has
 * finished drawing that frame. 'idle' fires when MapLibre has issued its draw calls; reading one
 * pixel back waits until they are executed, so `drawn` is when the new frame exists as pixels.
 * Both figures are taken for every step and repaint, on every page, the same way.
 */
function frameTimes(map, t0) {
	const idle = performance.now() - t0;
	const canvas = map.getCanvas();
	const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
	if (!gl) return { idle, drawn: null };
	gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
	return { idle, drawn: performance.now() - t0 };
}

/** Resolves with frameTimes from the trigger to the map's next 'idle'; null after 15 s. */
function untilIdle(trigger) {
	return (ms) =>
		new Promise((resolve) => {
			const map = document.querySelector('[data-map-host]').maplibreMap;
			const timer = setTimeout(() => resolve(null), ms);
			const t0 = performance.now();
			// Listen first, then trigger: 'idle' cannot slip past.
			map.once('idle', () => {
				clearTimeout(timer);
				resolve(frameTimes(map, t0));
			});
			trigger(map);
		});
}

const inPage = (trigger, ms) =>
	`(() => { ${frameTimes.toString()}; return (${untilIdle.toString()})(${trigger})(${ms}); })()`;

/** A plain repaint: what one frame of this map costs with nothing changed. */
export async function repaint(page) {
	return page.evaluate(inPage('(map) => map.triggerRepaint()', 15000));
}

/**
 * One year step by keyboard on the app's year slider, from keydown to the map's next 'idle'
 * (and to its pixels): the latency a reader sees, app work (state, DOM) included. Returns null
 * if nothing happened.
 */
export async function keyStep(page, slider) {
	const before = await page.evaluate(() => document.querySelector('[data-year]')?.dataset.year);
	// Armed in a first round trip, so the listener surely exists before the key is sent. The
	// capture-phase keydown runs before the slider's default action (value, input event).
	await page.evaluate(`(() => {
		${frameTimes.toString()};
		window.__benchStep = new Promise((resolve) => {
			const timer = setTimeout(() => resolve(null), 15000);
			document.addEventListener(
				'keydown',
				() => {
					const t0 = performance.now();
					const map = document.querySelector('[data-map-host]').maplibreMap;
					map.once('idle', () => {
						clearTimeout(timer);
						resolve(frameTimes(map, t0));
					});
				},
				{ once: true, capture: true }
			);
		});
	})()`);
	await slider.press('ArrowLeft');
	const times = await page.evaluate(() => window.__benchStep);
	const after = await page.evaluate(() => document.querySelector('[data-year]')?.dataset.year);
	if (before !== undefined && before === after)
		throw new Error(`year did not change from ${before}`);
	return times;
}

/** One year step on the bare page: the same feature-state calls the app makes per year. */
export async function bareStep(page, year) {
	return page.evaluate(inPage(`(map) => window.__benchYear(${Number(year)})`, 15000));
}

/** Main-thread JS heap after a garbage collection (workers are not included, on any page). */
export async function heapUsed(cdp) {
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize;
}

/** Lets the page finish work queued behind the last measurement (DOM updates, fades). */
export const settle = (page, ms = 150) => page.waitForTimeout(ms);

export function median(values) {
	const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (v.length === 0) return null;
	const mid = v.length >> 1;
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
