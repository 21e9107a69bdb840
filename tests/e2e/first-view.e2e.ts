import { expect, test, type Page, type Response } from '@playwright/test';
import { enDetail } from '../../src/lib/i18n/en.detail';
import { openMap } from './helpers';

/** A string only the detail views' strings hold: the country panel's ranking heading. */
const DETAIL_STRING = enDetail.topMissions(2025).replace('2025', '');
/** d3-format's SI prefix for micro: in any bundle that holds d3's continuous scales. */
const D3_FORMAT_MARK = 'µ';

/** Collects the bodies of our own scripts: MapLibre (its path says so, or over 900 KB) is not ours. */
function scriptBodies(page: Page): { bodies: string[]; done: () => Promise<void> } {
	const bodies: string[] = [];
	const pending: Promise<void>[] = [];
	const onResponse = (r: Response) => {
		const path = new URL(r.url()).pathname;
		if (!/\.m?js$/.test(path) || /maplibre/i.test(path)) return;
		pending.push(
			r.text().then((text) => {
				if (text.length < 900_000) bodies.push(text);
			})
		);
	};
	page.on('response', onResponse);
	return { bodies, done: async () => void (await Promise.all(pending)) };
}

test('the first view downloads no code of the views opened on demand', async ({ page }) => {
	const scripts = scriptBodies(page);
	await openMap(page, '/');
	await scripts.done();
	const firstView = scripts.bodies.join('\n');
	expect(firstView.length).toBeGreaterThan(10_000);
	// The panels' strings and the charts' continuous scales (sizes come prerendered).
	expect(firstView.includes(DETAIL_STRING), 'panel strings in the first view').toBe(false);
	expect(firstView.includes(D3_FORMAT_MARK), 'continuous d3 scales in the first view').toBe(false);

	// Opening a country brings both: they were split off, not lost.
	const search = page.getByRole('combobox', { name: 'Find a country or mission' });
	await search.fill('Pakistan');
	await search.press('Enter');
	await expect(page.getByRole('heading', { name: 'Pakistan', level: 2 })).toBeVisible();
	await expect(page.getByText(DETAIL_STRING.trim(), { exact: false }).first()).toBeVisible();
	await scripts.done();
	const all = scripts.bodies.join('\n');
	expect(all.includes(DETAIL_STRING), 'panel strings once a panel opens').toBe(true);
	expect(all.includes(D3_FORMAT_MARK), 'the chart’s d3 scales once a panel opens').toBe(true);
});

test('an embed does not download the site’s header and tables, which it never shows', async ({
	page
}) => {
	// Markers of the compiled templates: the data table's section and the search field.
	const markers = ['id="data-table"', 'id="atlas-search"'];
	const embed = scriptBodies(page);
	await openMap(page, '/embed');
	await embed.done();
	const embedCode = embed.bodies.join('\n');
	for (const m of markers) expect(embedCode.includes(m), `${m} in the embed`).toBe(false);

	const site = scriptBodies(page);
	await openMap(page, '/');
	await site.done();
	const siteCode = site.bodies.join('\n');
	for (const m of markers) expect(siteCode.includes(m), `${m} on the explore page`).toBe(true);
});

test('the map engine starts downloading with the HTML, and only on pages with a map', async ({
	page
}) => {
	await openMap(page, '/');
	const timing = await page.evaluate(() => {
		const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		const engine = resources.find((r) => /\/maplibre-gl\.[\w-]+\.mjs$/.test(r.name));
		const worker = resources.find((r) => /\/maplibre-gl-worker\.[\w-]+\.mjs$/.test(r.name));
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return {
			engine: engine && { start: engine.startTime },
			worker: worker?.startTime ?? null,
			parsed: nav.domContentLoadedEventStart
		};
	});
	// Asked for by the page's head (a modulepreload link) before the HTML has been parsed,
	// rather than by a script once the page has hydrated.
	await expect(page.locator('head link[rel="modulepreload"][href*="maplibre-gl."]')).toHaveCount(1);
	expect(timing.engine).toBeDefined();
	expect(timing.engine!.start).toBeLessThan(timing.parsed);
	expect(timing.worker).not.toBeNull();

	// A page with no map never downloads the engine.
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto('/sources');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(requested.filter((p) => /maplibre/.test(p))).toEqual([]);
	await expect(page.locator('link[rel="modulepreload"][href*="maplibre"]')).toHaveCount(0);
});
