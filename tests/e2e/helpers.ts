/** Shared steps of the end-to-end tests: open a map page, project places, read pixels. */
import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export type RGB = [number, number, number];

/** A page that records, in `__readyAt`, when the map first said it was ready. */
export type ReadyWindow = Window & { __readyAt?: number };

/** Records the moment the map becomes ready, to tell what the first view fetched from what came later. */
export async function markReadyTime(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const observer = new MutationObserver(() => {
			if (!document.querySelector('[data-ready="true"]')) return;
			(window as ReadyWindow).__readyAt = performance.now();
			observer.disconnect();
		});
		observer.observe(document, {
			subtree: true,
			attributes: true,
			attributeFilter: ['data-ready']
		});
	});
}

/** Holds the engine's country shapes until `release()`: the live map cannot draw before. */
export async function holdShapes(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((done) => (release = done));
	await page.route(/countries\.topo[^/]*\.json$/, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

/** Every request a page makes to another origin than the site's (data: and blob: URLs aside). */
export function foreignRequests(page: Page, baseURL: string): string[] {
	const origin = new URL(baseURL).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) foreign.push(url);
	});
	return foreign;
}

/** Opens a page and waits for the map's single readiness signal. */
export async function openMap(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await mapReady(page);
}

/**
 * Moves within the page as a reader's click on a link would: SvelteKit's router, no reload. The
 * map stays, so `data-ready` is already set; wait for the URL or the new content instead.
 */
export async function follow(page: Page, href: string): Promise<void> {
	await page.evaluate((h) => {
		const a = document.createElement('a');
		a.href = h;
		document.body.append(a);
		a.click();
		a.remove();
	}, href);
}

/**
 * Waits for the map's readiness signal (`data-ready="true"`) in a page, a frame or an iframe.
 * An observer in the page answers the moment it is set: a locator assertion would poll for it,
 * every half second after its first tries, and find it up to that much later. Over some 250
 * loads a run that was minutes (docs/testing.md).
 */
export async function mapReady(
	scope: Page | Frame | FrameLocator,
	timeout = 30_000
): Promise<void> {
	await scope.locator(':root').evaluate(
		(root, ms) =>
			new Promise<void>((done, fail) => {
				const ready = () => root.querySelector('[data-ready="true"]') !== null;
				if (ready()) return done();
				const observer = new MutationObserver(() => {
					if (!ready()) return;
					observer.disconnect();
					clearTimeout(timer);
					done();
				});
				const timer = setTimeout(() => {
					observer.disconnect();
					fail(new Error(`The map did not set data-ready="true" within ${ms} ms`));
				}, ms);
				observer.observe(root, {
					subtree: true,
					childList: true,
					attributes: true,
					attributeFilter: ['data-ready']
				});
			}),
		timeout
	);
	await expect(scope.locator('[data-ready="true"]')).toBeVisible();
}

/** Page coordinates (CSS pixels) of a longitude/latitude on the live map. */
export async function project(
	page: Page,
	lngLat: [number, number]
): Promise<{ x: number; y: number }> {
	return page.evaluate((ll) => {
		const host = document.querySelector('[data-map-host]') as HTMLElement & {
			maplibreMap: { project(p: [number, number]): { x: number; y: number } };
		};
		const point = host.maplibreMap.project(ll);
		const box = host.getBoundingClientRect();
		return { x: box.left + point.x, y: box.top + point.y };
	}, lngLat);
}

/** The feature state MapLibre holds for a feature of a source. */
export async function featureState(
	page: Page,
	source: string,
	id: string
): Promise<Record<string, unknown>> {
	return page.evaluate(
		([s, i]) => {
			const host = document.querySelector('[data-map-host]') as HTMLElement & {
				maplibreMap: {
					getFeatureState(f: { source: string; id: string }): Record<string, unknown>;
				};
			};
			return host.maplibreMap.getFeatureState({ source: s, id: i });
		},
		[source, id]
	);
}

/** The page rectangle of a [west, south, east, north] box on the live map. */
export async function regionOf(page: Page, [w, s, e, n]: [number, number, number, number]) {
	const a = await project(page, [w, n]);
	const b = await project(page, [e, s]);
	return {
		x: Math.round(a.x),
		y: Math.round(a.y),
		width: Math.round(b.x - a.x),
		height: Math.round(b.y - a.y)
	};
}

/** Pixels of a screenshot region within a few units of a colour. */
export async function countColour(
	page: Page,
	clip: { x: number; y: number; width: number; height: number },
	hex: string,
	tolerance = 24
): Promise<number> {
	const png = PNG.sync.read(await page.screenshot({ clip }));
	const [r, g, b] = hexToRgb(hex);
	let n = 0;
	for (let i = 0; i < png.data.length; i += 4) {
		if (
			Math.abs(png.data[i] - r) <= tolerance &&
			Math.abs(png.data[i + 1] - g) <= tolerance &&
			Math.abs(png.data[i + 2] - b) <= tolerance
		)
			n++;
	}
	return n;
}

/** ISO codes of the countries MapLibre rendered under a page point. */
export async function countriesAt(page: Page, at: { x: number; y: number }): Promise<string[]> {
	return page.evaluate((p) => {
		const host = document.querySelector('[data-map-host]') as HTMLElement & {
			maplibreMap: {
				queryRenderedFeatures(
					point: [number, number],
					options: { layers: string[] }
				): { properties: { iso3: string } }[];
			};
		};
		const box = host.getBoundingClientRect();
		return host.maplibreMap
			.queryRenderedFeatures([p.x - box.left, p.y - box.top], {
				layers: ['host-badge', 'country-dot', 'country-fill']
			})
			.map((f) => f.properties.iso3);
	}, at);
}

/**
 * The most common colour in a small square of the screenshot around a point: a label's
 * letters or a border crossing the square do not change the answer.
 */
export async function colourAt(page: Page, at: { x: number; y: number }, radius = 4): Promise<RGB> {
	const size = radius * 2 + 1;
	const shot = await page.screenshot({
		clip: { x: Math.round(at.x) - radius, y: Math.round(at.y) - radius, width: size, height: size }
	});
	const png = PNG.sync.read(shot);
	const counts = new Map<string, number>();
	for (let i = 0; i < png.data.length; i += 4) {
		const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
	return top.split(',').map(Number) as RGB;
}

export function hexToRgb(hex: string): RGB {
	const h = hex.replace('#', '');
	return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as RGB;
}

/** The largest per-channel difference between a colour and a hex colour. */
export function hexDistance(actual: RGB, hex: string): number {
	const expected = hexToRgb(hex);
	return Math.max(...actual.map((c, i) => Math.abs(c - expected[i])));
}

/** Asserts two colours are the same within a few units per channel (antialiasing, rounding). */
export function expectColour(actual: RGB, expectedHex: string, what: string, tolerance = 6): void {
	const off = hexDistance(actual, expectedHex);
	expect(off, `${what}: got rgb(${actual.join(',')}), expected ${expectedHex}`).toBeLessThanOrEqual(
		tolerance
	);
}
