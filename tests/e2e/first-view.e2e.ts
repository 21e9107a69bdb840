import { expect, test, type Page, type Response } from '@playwright/test';
import { panelText } from '../../src/lib/i18n/panels';
import { openMap, markReadyTime, type ReadyWindow, mapReady } from './helpers';

/** A string only the panels' strings hold: the country panel's ranking heading. */
const DETAIL_STRING = panelText.topMissions(2025).replace('2025', '');
/** d3-format's SI prefix for micro: in any bundle that holds d3's continuous scales. */
const D3_FORMAT_MARK = 'µ';

/**
 * Collects our own scripts (MapLibre, whose path says so or which is over 900 KB, is not ours)
 * and tells, in page time, which were requested before the map was ready.
 */
async function scriptLog(page: Page) {
	const scripts: { url: string; text: Promise<string> }[] = [];
	page.on('response', (r: Response) => {
		const path = new URL(r.url()).pathname;
		if (!/\.m?js$/.test(path) || /maplibre/i.test(path)) return;
		// A script still arriving when the test ends has no text: not an error of the page.
		scripts.push({ url: r.url(), text: r.text().catch(() => '') });
	});
	await markReadyTime(page);
	/** The code of the scripts requested before the map was ready, and of those requested since. */
	return async (): Promise<{ firstView: string; later: string }> => {
		const early = await page.evaluate(() => {
			const readyAt = (window as ReadyWindow).__readyAt ?? Infinity;
			return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((r) => r.startTime <= readyAt)
				.map((r) => r.name);
		});
		const own = (
			await Promise.all(
				scripts.map(async (s) => ({ early: early.includes(s.url), text: await s.text }))
			)
		).filter((s) => s.text.length < 900_000);
		const join = (list: { text: string }[]) => list.map((s) => s.text).join('\n');
		return {
			firstView: join(own.filter((s) => s.early)),
			later: join(own.filter((s) => !s.early))
		};
	};
}

test('the first view: tables in its HTML, the engine named by it, no code of the views opened on demand', async ({
	page
}) => {
	const scripts = await scriptLog(page);
	await page.goto('/');
	// Prerendered: the latest year's countries, each a link, before any script has run.
	const table = page.locator('#data-table');
	await expect(table.locator('tbody a[href*="country=BGD"]')).toHaveText('Bangladesh');
	await mapReady(page);
	// Then the interactive tables take their place: sortable, with the year's operations.
	await expect(table.locator('tbody button[data-row="BGD"]')).toHaveText('Bangladesh');
	await expect(table.getByRole('button', { name: 'Download CSV' })).toBeVisible();
	await expect(page.locator('#mission-table-title')).toHaveText(
		'Peacekeeping operations active in 2025'
	);
	await expect(table.locator('tbody a[data-row]')).toHaveCount(0);
	// The tables' template came after ready, not with the map's scripts; nor did the panels'
	// strings or the charts' continuous scales (sizes come prerendered).
	const first = await scripts();
	expect(first.firstView.length).toBeGreaterThan(10_000);
	expect(first.firstView.includes('id="data-table"'), 'table code before ready').toBe(false);
	expect(first.later.includes('id="data-table"'), 'table code after ready').toBe(true);
	expect(first.firstView.includes(DETAIL_STRING), 'panel strings in the first view').toBe(false);
	expect(first.firstView.includes(D3_FORMAT_MARK), 'continuous d3 scales in the first view').toBe(
		false
	);

	// Opening a country brings both: they were split off, not lost.
	const search = page.getByRole('combobox', { name: 'Find a country or mission' });
	await search.fill('Pakistan');
	await search.press('Enter');
	await expect(page.getByRole('heading', { name: 'Pakistan', level: 2 })).toBeVisible();
	await expect(page.getByText(DETAIL_STRING.trim(), { exact: false }).first()).toBeVisible();
	const { later } = await scripts();
	expect(later.includes(DETAIL_STRING), 'panel strings once a panel opens').toBe(true);
	expect(later.includes(D3_FORMAT_MARK), 'the chart’s d3 scales once a panel opens').toBe(true);

	// The map engine: named by the HTML, asked for with the app's code; not where there is no map.
	const timing = await page.evaluate(() => {
		const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		const engine = resources.find((r) => /\/maplibre-gl\.[\w-]+\.mjs$/.test(r.name));
		const worker = resources.find((r) => /\/maplibre-gl-worker\.[\w-]+\.mjs$/.test(r.name));
		const boot = resources.find((r) => /\/entry\/start\.[\w-]+\.js$/.test(r.name));
		return {
			engine: engine?.startTime ?? null,
			worker: worker?.startTime ?? null,
			bootArrived: boot?.responseEnd ?? null
		};
	});
	// Named by the page's HTML (modulepreload and prefetch links after its content, with the
	// app's own), not by a script once the page has hydrated: the links go into the page with
	// the app's own once the map's frame is done (first-seconds.e2e.ts), so the engine and the
	// worker's script are asked for before the app's boot module has even arrived.
	const html = await (await page.request.get('/')).text();
	expect(html.slice(0, html.indexOf('</head>'))).not.toContain('modulepreload');
	const links = html.slice(html.indexOf('<template data-script-links>'));
	expect(links.slice(0, links.indexOf('</template>'))).toMatch(
		/<link rel="modulepreload" href="[^"]*maplibre-gl\.[\w-]+\.mjs"><link rel="prefetch" href="[^"]*maplibre-gl-worker\./
	);
	await expect(page.locator('link[rel="modulepreload"][href*="maplibre-gl."]')).toHaveCount(1);
	await expect(page.locator('link[rel="prefetch"][href*="maplibre-gl-worker."]')).toHaveCount(1);
	expect(timing.engine).not.toBeNull();
	expect(timing.worker).not.toBeNull();
	expect(timing.bootArrived).not.toBeNull();
	expect(timing.engine!).toBeLessThan(timing.bootArrived!);
	expect(timing.worker!).toBeLessThan(timing.bootArrived!);

	// A page with no map never downloads the engine.
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto('/sources');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(requested.filter((p) => /maplibre/.test(p))).toEqual([]);
	await expect(page.locator('link[href*="maplibre"]')).toHaveCount(0);
});

test('a reader who reaches the table before the map is ready gets it at once, focus kept', async ({
	page
}) => {
	// The map engine never arrives, so the map never becomes ready.
	await page.route(/maplibre-gl\.[\w-]+\.mjs$/, () => {});
	await page.goto('/');
	const link = page.locator('#data-table tbody a[data-row="PAK"]');
	await expect(link).toBeVisible();
	await link.focus();
	// Focus in the prerendered table loads the interactive one and moves to the same row.
	await expect(page.locator('#data-table tbody button[data-row="PAK"]')).toBeFocused();
	await expect(page.locator('[data-ready="true"]')).toHaveCount(0);
});

test('focus that reaches the table before the page’s scripts have run is kept too', async ({
	page
}) => {
	await page.route(/maplibre-gl\.[\w-]+\.mjs$/, () => {});
	// The app's code waits until the reader has focused a row of the prerendered table.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/entry\/app\.[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await page.locator('#data-table tbody a[data-row="PAK"]').focus();
	release();
	await expect(page.locator('#data-table tbody button[data-row="PAK"]')).toBeFocused();
});

test('an embed does not download the site’s header and tables, which it never shows', async ({
	page
}) => {
	// Markers of the compiled templates: the data table's section and the search field's id.
	const markers = ['id="data-table"', 'atlas-search'];
	const embed = await scriptLog(page);
	await openMap(page, '/embed');
	// Time for anything deferred to arrive.
	await page.waitForTimeout(1500);
	const embedCode = Object.values(await embed()).join('\n');
	for (const m of markers) expect(embedCode.includes(m), `${m} in the embed`).toBe(false);

	const site = await scriptLog(page);
	await openMap(page, '/');
	await expect(page.locator('#data-table tbody button').first()).toBeVisible();
	const siteCode = Object.values(await site()).join('\n');
	for (const m of markers) expect(siteCode.includes(m), `${m} on the explore page`).toBe(true);
});
