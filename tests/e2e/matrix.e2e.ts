/**
 * Every mode at every size, on the paths readers take: the explorer with a selection, the
 * embed with its panel, and each lecture step reached by stepping and by its own link, at
 * widths from a small phone to a projector, in light and dark. Each load checks what a reader
 * would see at once: the map fills its box, nothing covers the map's controls, the caption or
 * the selection, no notice the reader did not cause, and a projector's text is large enough.
 * MATRIX_SHOTS=<dir> also saves a screenshot of every view checked, to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { project, regionOf, mapReady } from './helpers';

const SIZES: [number, number][] = [
	[320, 640],
	[390, 844],
	[600, 800],
	[760, 628],
	[900, 675],
	[1024, 640],
	[1440, 900],
	[1920, 1080]
];

interface Step {
	title: string;
	country?: string;
	mission?: string;
	view?: [number, number, number];
}
const tour = JSON.parse(readFileSync('content/tours/oic-and-peacekeeping.json', 'utf8')) as {
	steps: Step[];
};
const missions = JSON.parse(readFileSync('geodata/missions.json', 'utf8')) as {
	id: string;
	hq: { point: { coordinates: [number, number] } };
}[];
/** Places that must be in view when selected: inland points of small selected states. */
const PLACES: Record<string, [number, number]> = {
	BIH: [17.8, 44.2],
	BGD: [90.3, 23.8],
	PAK: [69.3, 29.9]
};
const subjectOf = (s: Step): [number, number] | null =>
	s.mission
		? missions.find((m) => m.id === s.mission)!.hq.point.coordinates
		: s.country
			? PLACES[s.country]
			: null;

const SHOTS = process.env.MATRIX_SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });
async function shot(page: Page, name: string) {
	if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The map's canvas fills the map's box, and the box is on screen with a usable size. */
async function expectMapFills(page: Page, minHeight: number) {
	const boxes = await page.evaluate(() => {
		const host = document.querySelector('[data-map-host]')!.getBoundingClientRect();
		const canvas = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
		return { host: host.toJSON(), canvas: canvas.toJSON(), vw: innerWidth };
	});
	for (const k of ['x', 'y', 'width', 'height'] as const)
		expect(Math.abs(boxes.canvas[k] - boxes.host[k]), `canvas ${k}`).toBeLessThanOrEqual(1);
	expect(boxes.host.height, 'map height').toBeGreaterThanOrEqual(minHeight);
	expect(boxes.host.width, 'map width').toBeGreaterThanOrEqual(Math.min(300, boxes.vw - 2));
}

/**
 * What is drawn at each of an element's corners (inset a little) and centre is the element
 * itself: nothing covers it. Returns the names of points that are covered.
 */
async function covered(page: Page, selector: string): Promise<string[]> {
	return page.evaluate((sel) => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>(sel)) {
			const r = el.getBoundingClientRect();
			if (!r.width || !r.height) continue;
			const i = Math.min(6, r.width / 4, r.height / 4);
			const points = {
				centre: [r.x + r.width / 2, r.y + r.height / 2],
				'top left': [r.x + i, r.y + i],
				'top right': [r.right - i, r.y + i],
				'bottom left': [r.x + i, r.bottom - i],
				'bottom right': [r.right - i, r.bottom - i]
			};
			for (const [name, [x, y]] of Object.entries(points)) {
				if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
					out.push(`${sel} ${name} off screen`);
					continue;
				}
				const top = document.elementFromPoint(x, y);
				if (top && !el.contains(top) && !top.contains(el))
					out.push(`${sel} ${name} under ${top.tagName}.${top.className}`);
			}
		}
		return out;
	}, selector);
}

/** A place on the map is on screen and not under the panel, the caption or a control. */
async function expectInView(page: Page, lngLat: [number, number], what: string) {
	const at = await project(page, lngLat);
	const top = await page.evaluate(
		({ x, y }) =>
			x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight
				? (document.elementFromPoint(x, y)?.className ?? '')
				: 'off screen',
		at
	);
	expect(String(top), `${what} at ${Math.round(at.x)},${Math.round(at.y)}`).toContain(
		'maplibregl-canvas'
	);
}

async function expectNoNotice(page: Page) {
	await expect(page.locator('.notices, [role="alert"]:visible')).toHaveCount(0);
}

type Camera = { lng: number; lat: number; zoom: number };
/** The camera once it has stopped moving (two readings 150 ms apart agree). */
async function settledCamera(page: Page): Promise<Camera> {
	const read = () =>
		page.evaluate(() => {
			const m = (
				document.querySelector('[data-map-host]') as HTMLElement & {
					maplibreMap: import('maplibre-gl').Map;
				}
			).maplibreMap;
			const c = m.getCenter();
			// Moving, or drawing the tiles of where it moved to.
			return {
				lng: c.lng,
				lat: c.lat,
				zoom: m.getZoom(),
				moving: m.isMoving() || !m.areTilesLoaded()
			};
		});
	let last = await read();
	for (let i = 0; i < 40; i++) {
		await page.waitForTimeout(150);
		const now = await read();
		const same =
			!now.moving &&
			Math.abs(now.lng - last.lng) < 1e-6 &&
			Math.abs(now.lat - last.lat) < 1e-6 &&
			Math.abs(now.zoom - last.zoom) < 1e-6;
		last = now;
		if (same) break;
	}
	return { lng: last.lng, lat: last.lat, zoom: last.zoom };
}

/** Checks a lecture step as shown, whichever way it was reached. */
async function checkStep(page: Page, n: number, [width, height]: [number, number]) {
	const step = tour.steps[n - 1];
	await expect(page.locator('#step-title')).toHaveText(step.title);
	const camera = await settledCamera(page);
	await expectMapFills(page, height - 1);
	await expectNoNotice(page);
	// Nothing covers the caption, the controls, the legend or the map's attribution.
	const hidden = [
		...(await covered(page, '.caption')),
		...(await covered(page, '.controls > *')),
		...(await covered(page, '[data-present-legend]')),
		...(await covered(page, '.maplibregl-ctrl-attrib'))
	];
	expect(hidden, `step ${n} at ${width}×${height}`).toEqual([]);
	const subject = subjectOf(step);
	if (subject) await expectInView(page, subject, `step ${n}'s subject at ${width}×${height}`);
	const map = await page.evaluate(() => {
		const m = (
			document.querySelector('[data-map-host]') as HTMLElement & {
				maplibreMap: import('maplibre-gl').Map;
			}
		).maplibreMap;
		const size = m.getLayoutProperty('country-label', 'text-size') as number[];
		// The label size at this zoom: the layer's linear interpolation over zoom.
		const [, , , z0, s0, z1, s1] = size;
		const z = Math.min(z1, Math.max(z0, m.getZoom()));
		return { copies: m.getRenderWorldCopies(), label: s0 + ((s1 - s0) * (z - z0)) / (z1 - z0) };
	});
	expect(map.copies, 'a presentation draws one world').toBe(false);
	if (width >= 1920)
		expect(map.label, `step ${n}: map labels in a hall`).toBeGreaterThanOrEqual(20);
	const caption = await page
		.locator('.caption p:not(.count)')
		.first()
		.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
	if (width >= 1920) expect(caption, `step ${n}: caption text`).toBeGreaterThanOrEqual(28);
	return camera;
}

/**
 * The lecture at six of the sizes (600 and 900 px lay it out as 760 and 1024 do), a stretch of
 * the tour at each: every step is checked at two sizes or more.
 */
const LECTURE: Record<number, [number, number]> = {
	320: [1, 4],
	390: [4, 7],
	760: [7, 11],
	1024: [1, 4],
	1440: [4, 7],
	1920: [7, 11]
};

for (const [i, size] of SIZES.entries()) {
	const [width, height] = size;
	const phone = width < 500;
	// Light and dark in turn: both are met across the sizes.
	const scheme = i % 2 ? 'dark' : 'light';
	test.describe(`${width}×${height}`, () => {
		test.use({
			viewport: { width, height },
			isMobile: phone,
			hasTouch: phone,
			colorScheme: scheme
		});

		test(`explorer with a selection, the embed with its panel, the lecture`, async ({ page }) => {
			await page.goto('/?country=BIH&year=1995');
			await mapReady(page);
			await expect(page.locator('#panel-title')).toHaveText('Bosnia and Herzegovina');
			await settledCamera(page);
			await expectMapFills(page, Math.min(300, height * 0.4));
			await expectInView(page, PLACES.BIH, 'Bosnia and Herzegovina');
			// Framed, not a speck: the selection is drawn at a size a reader can see.
			const bih = await regionOf(page, [15.7, 42.55, 19.6, 45.3]);
			expect(bih.width, 'Bosnia and Herzegovina on screen (px)').toBeGreaterThanOrEqual(60);
			await expectNoNotice(page);
			expect(await covered(page, '.maplibregl-ctrl-attrib')).toEqual([]);
			await shot(page, `${width}-explorer-BIH-${scheme}`);

			// Embeds sit in article columns: up to a laptop's width.
			if (width <= 1024) {
				await page.goto('/embed?country=PAK&year=2024');
				await mapReady(page);
				await expect(page.locator('#panel-title')).toHaveText('Pakistan');
				await settledCamera(page);
				await expectMapFills(page, Math.min(250, height * 0.4));
				await expectInView(page, PLACES.PAK, 'Pakistan in the embed');
				await expectNoNotice(page);
				expect(await covered(page, '.maplibregl-ctrl-attrib')).toEqual([]);
				await shot(page, `${width}-embed-PAK`);
			}

			const stretch = LECTURE[width];
			if (!stretch) return;
			// A stretch of the tour stepped through from its first step (opened from its link);
			// one of its steps opened from its link too, which must frame the same.
			const [first, last] = stretch;
			const again = i < 4 ? last : first + 1;
			const warnings: string[] = [];
			// MapLibre warns when a fit leaves no room ("Map cannot fit within canvas").
			page.on('console', (m) => {
				if (/cannot fit/i.test(m.text())) warnings.push(m.text());
			});
			const open = async (n: number) => {
				await page.goto(`/present?tour=oic-and-peacekeeping&step=${n}`);
				await mapReady(page);
				return checkStep(page, n, size);
			};
			await open(first);
			await shot(page, `${width}-step-${first}`);
			let stepped: Camera | null = null;
			for (let n = first + 1; n <= last; n++) {
				await page.keyboard.press('ArrowRight');
				const camera = await checkStep(page, n, size);
				if (n === again) stepped = camera;
				await shot(page, `${width}-step-${n}`);
			}
			const direct = await open(again);
			expect(Math.abs(direct.zoom - stepped!.zoom), `step ${again} zoom`).toBeLessThan(0.01);
			expect(Math.abs(direct.lng - stepped!.lng), `step ${again} longitude`).toBeLessThan(0.01);
			expect(Math.abs(direct.lat - stepped!.lat), `step ${again} latitude`).toBeLessThan(0.01);
			expect(warnings).toEqual([]);
		});
	});
}
