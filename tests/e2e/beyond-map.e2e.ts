/**
 * The map beyond the UN's head counts: other bodies' operations drawn as diamonds, told apart
 * from the UN's circles by shape and colour in pixels; the fallen mode; and neither file in
 * the first view's downloads.
 */
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { FALLEN_COLOURS } from '../../src/lib/scales/fallen';
import { PERSONNEL_COLOURS } from '../../src/lib/scales/personnel';
import { lightTheme } from '../../src/lib/map/theme';
import {
	colourAt,
	expectColour,
	hexDistance,
	hexToRgb,
	openMap,
	project,
	markReadyTime,
	type ReadyWindow
} from './helpers';

const SARAJEVO: [number, number] = [18.3564, 43.8486];
/** Sarajevo in the middle of the map, close enough that nothing else is near. */
const AT_SARAJEVO = 'view=18.3564,43.8486,5';

/**
 * The ids of the features of a layer MapLibre drew: the operations' drawings of the year (the
 * others, for other years, are there with their feature state off).
 */
async function rendered(page: Page, layer: string): Promise<string[]> {
	return page.evaluate((l) => {
		const host = document.querySelector('[data-map-host]') as HTMLElement & {
			maplibreMap: {
				getLayer(id: string): unknown;
				queryRenderedFeatures(o: {
					layers: string[];
				}): { source: string; state: { on?: boolean }; properties: { id: string } }[];
			};
		};
		if (!host.maplibreMap.getLayer(l)) return [];
		return host.maplibreMap
			.queryRenderedFeatures({ layers: [l] })
			.filter((f) => f.source !== 'operations' || f.state.on === true)
			.map((f) => f.properties.id);
	}, layer);
}

/** A square of the screen around a point, as RGB rows. */
async function crop(page: Page, at: { x: number; y: number }, half: number) {
	const clip = {
		x: Math.round(at.x) - half,
		y: Math.round(at.y) - half,
		width: half * 2,
		height: half * 2
	};
	const png = PNG.sync.read(await page.screenshot({ clip }));
	const px = (x: number, y: number): [number, number, number] => {
		const i = (y * png.width + x) * 4;
		return [png.data[i], png.data[i + 1], png.data[i + 2]];
	};
	return { png, px, clip };
}

/** A pixel of the operations' colour (magenta, drawn at 85% over any land), not the UN's purple. */
const isOperation = ([r, g, b]: [number, number, number]) => r - g > 90 && b - g > 25;
/** A pixel of the UN circles' purple at 55% over any land: bluer than it is red, unlike greys. */
const isMission = ([r, g, b]: [number, number, number]) => b - g > 25 && r - g > 5 && r - g < 60;

test.describe('other bodies’ operations', () => {
	test('IFOR at Sarajevo in 1996: a diamond, not a UN circle, that names itself on hover and selects on click', async ({
		page
	}) => {
		// Two loads and two screenshots read pixel by pixel: slow under two workers.
		test.setTimeout(90_000);
		// One load of the operations layer for the shapes, then the pointer: the selection's
		// outline would change the pixels counted, so the click comes after them.
		await test.step('IFOR is drawn at Sarajevo in 1996 as a diamond, not as a UN circle: the operations layer', async () => {
			// The two tests tell the theme's colours apart.
			const [operationColour, missionColour] = [lightTheme.operation, lightTheme.mission].map(
				hexToRgb
			);
			expect([isOperation(operationColour), isMission(operationColour)]).toEqual([true, false]);
			expect([isOperation(missionColour), isMission(missionColour)]).toEqual([false, true]);

			await openMap(page, `/?year=1996&layers=operations&${AT_SARAJEVO}`);
			await expect.poll(() => rendered(page, 'operation-symbols')).toContain('IFOR');
			expect(await rendered(page, 'operation-symbols')).toContain('SFOR');
			// Labels off, so no letters cross the shapes measured.
			await page.evaluate(
				() =>
					new Promise<void>((done) => {
						const map = (
							document.querySelector('[data-map-host]') as HTMLElement & {
								maplibreMap: {
									setLayoutProperty(l: string, k: string, v: string): void;
									once(e: string, f: () => void): void;
								};
							}
						).maplibreMap;
						for (const layer of ['country-label', 'operation-label'])
							map.setLayoutProperty(layer, 'visibility', 'none');
						map.once('idle', () => done());
					})
			);
			const hq = await project(page, SARAJEVO);
			const { png, px } = await crop(page, hq, 90);
			const count = (test: (c: [number, number, number]) => boolean) => {
				let n = 0;
				for (let y = 0; y < png.height; y++)
					for (let x = 0; x < png.width; x++) if (test(px(x, y))) n++;
				return n;
			};
			expect(count(isOperation), 'the operations’ colour is drawn').toBeGreaterThan(400);
			expect(count(isMission), 'no UN circle in this layer').toBe(0);

			// IFOR (west) and SFOR (east) share the headquarters' row. Along it, the western edge of
			// the colour is IFOR's west corner; a row d px above or below, a diamond's edge has moved
			// d px inwards (its sides run at 45°), a circle's far less (r − √(r² − d²)).
			const row = Math.round(png.height / 2);
			const westEdge = (y: number) => {
				for (let x = 0; x < png.width; x++) if (isOperation(px(x, y))) return x;
				return -1;
			};
			const corner = westEdge(row);
			expect(corner).toBeGreaterThan(0);
			for (const d of [-12, -6, 6, 12]) {
				const moved = westEdge(row + d) - corner;
				expect(moved, `edge ${d} px from the corner row`).toBeGreaterThanOrEqual(Math.abs(d) - 3);
				expect(moved).toBeLessThanOrEqual(Math.abs(d) + 3);
			}
		});

		await test.step('hovering IFOR names it; clicking selects it in the URL', async () => {
			await expect.poll(() => rendered(page, 'operation-symbols')).toContain('IFOR');
			const hq = await project(page, SARAJEVO);
			// Inside IFOR's west half, clear of SFOR to the east.
			const at = { x: hq.x - 40, y: hq.y };
			await page.mouse.move(at.x, at.y);
			await expect(page.getByText('40,000 personnel, November 1996')).toBeVisible();
			await page.mouse.click(at.x, at.y);
			await expect(page).toHaveURL(/[?&]operation=ifor(&|$)/);
			// Its outline turns to the selection's.
			await expect
				.poll(() =>
					page.evaluate(() => {
						const host = document.querySelector('[data-map-host]') as HTMLElement & {
							maplibreMap: {
								queryRenderedFeatures(o: {
									layers: string[];
								}): { properties: { id: string }; state: { on?: boolean; selected?: boolean } }[];
							};
						};
						return host.maplibreMap
							.queryRenderedFeatures({ layers: ['operation-symbols'] })
							.filter((f) => f.state.on && f.state.selected)
							.map((f) => f.properties.id);
					})
				)
				.toEqual(['IFOR']);
		});

		await test.step('IFOR is drawn at Sarajevo in 1996 as a diamond, not as a UN circle: UNMIBH in the missions layer', async () => {
			// The UN's own circle there (UNMIBH) in the missions layer: its colour, not the operations'.
			await openMap(page, `/?year=1996&layers=missions&${AT_SARAJEVO}`);
			await expect.poll(() => rendered(page, 'mission-circles')).toContain('UNMIBH');
			const un = await crop(page, await project(page, SARAJEVO), 90);
			let operation = 0;
			let mission = 0;
			for (let y = 0; y < un.png.height; y++)
				for (let x = 0; x < un.png.width; x++) {
					if (isOperation(un.px(x, y))) operation++;
					if (isMission(un.px(x, y))) mission++;
				}
			expect(operation, 'no operation colour among the UN’s circles').toBe(0);
			expect(mission, 'the UN circle is drawn').toBeGreaterThan(20);
		});
	});

	test('zooming in from the world shows the year’s operations’ labels', async ({ page }) => {
		// Below zoom 3 the labels' source is not sent at all (a step would re-lay it out for
		// nothing); it arrives when the map reaches the labels' zoom.
		await openMap(page, '/?year=1996&layers=operations');
		await expect.poll(() => rendered(page, 'operation-symbols')).toContain('IFOR');
		expect(await rendered(page, 'operation-label')).toEqual([]);
		await page.evaluate((centre) => {
			const host = document.querySelector('[data-map-host]') as HTMLElement & {
				maplibreMap: { jumpTo(o: { center: [number, number]; zoom: number }): void };
			};
			host.maplibreMap.jumpTo({ center: centre, zoom: 5 });
		}, SARAJEVO);
		await expect
			.poll(() => rendered(page, 'operation-label'))
			.toEqual(expect.arrayContaining([expect.stringMatching(/^(IFOR|SFOR)$/)]));
		// A step to a year with other operations there brings their labels.
		await page.getByRole('slider').first().focus();
		for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/[?&]year=2005(&|$)/);
		await expect.poll(() => rendered(page, 'operation-label')).toContain('EUFOR Althea');
	});
});

/** Pakistan's label point on screen. */
async function pakistan(page: Page) {
	const point = await page.evaluate(() => {
		const host = document.querySelector('[data-map-host]') as HTMLElement & {
			maplibreMap: {
				querySourceFeatures(s: string): {
					properties: { iso3: string };
					geometry: { coordinates: [number, number] };
				}[];
			};
		};
		return host.maplibreMap
			.querySourceFeatures('country-labels')
			.find((f) => f.properties.iso3 === 'PAK')!.geometry.coordinates;
	});
	// A little south-west of the label point: clear of its letters.
	return project(page, [point[0] - 1.5, point[1] - 1.5]);
}

test('the fallen mode colours Pakistan by its fallen, and the control switches back', async ({
	page
}) => {
	await openMap(page, '/?measure=fallen&year=1995&layers=contributors');
	const legend = page.locator('[data-legend-title="fallen"]');
	await expect(legend).toHaveText('Died in UN peace operations, 1948–1995');
	await expect(page.getByText('UN Peace and Security Data Hub', { exact: false })).toBeVisible();
	// 48 of Pakistan's nationals had died by the end of 1995: the class 25–49.
	await expect
		.poll(async () =>
			hexDistance(await colourAt(page, await pakistan(page)), FALLEN_COLOURS.light[3])
		)
		.toBeLessThanOrEqual(6);
	await page.mouse.move((await pakistan(page)).x, (await pakistan(page)).y);
	await expect(page.getByText('48 died in UN peace operations, 1948–1995')).toBeVisible();
	await expect(page.locator('[data-announcement]')).toContainText(
		'died in UN peace operations, 1948–1995'
	);

	await page.getByLabel('Colour states by').selectOption('personnel');
	await expect(page).not.toHaveURL(/measure=/);
	await expect(legend).toHaveCount(0);
	// 1,468 uniformed personnel in December 1995: the class 1,000–2,499.
	await expect
		.poll(async () =>
			hexDistance(await colourAt(page, await pakistan(page)), PERSONNEL_COLOURS.light[3])
		)
		.toBeLessThanOrEqual(6);
	expectColour(await colourAt(page, await pakistan(page)), PERSONNEL_COLOURS.light[3], 'Pakistan');
	expect(FALLEN_COLOURS.light[3]).not.toBe(PERSONNEL_COLOURS.light[3]);
});

test('the first view fetches neither file; operations only after the map is ready', async ({
	page
}) => {
	await markReadyTime(page);
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await openMap(page, '/');
	const timing = () =>
		page.evaluate(() => {
			const readyAt = (window as ReadyWindow).__readyAt ?? Infinity;
			const entry = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
				(r) => /operations[^/]*\.json/.test(r.name)
			);
			return entry ? { start: entry.startTime, readyAt } : null;
		});
	await expect.poll(timing).not.toBeNull();
	const t = (await timing())!;
	expect(t.start, 'operations.json is fetched after the map is ready').toBeGreaterThanOrEqual(
		t.readyAt
	);
	await expect.poll(() => rendered(page, 'operation-symbols')).not.toEqual([]);
	expect(requested.filter((p) => /fatalities/.test(p))).toEqual([]);

	// Choosing the fallen brings the fatalities.
	await page.getByLabel('Colour states by').selectOption('fallen');
	await expect.poll(() => requested.filter((p) => /fatalities/.test(p)).length).toBe(1);
});
