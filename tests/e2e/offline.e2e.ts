import { expect, test } from '@playwright/test';
import { mapReady } from './helpers';

// The offline cache is the service worker's: allowed here only (see playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('after one visit the atlas and its tour work with the network gone, reload included', async ({
	page,
	context
}) => {
	await page.goto('/present?tour=oic-and-peacekeeping');
	await mapReady(page);
	// Wait until the service worker has cached the site and controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});

	// The cache holds the fonts the pages use, once each: Latin faces, WOFF2 only.
	const fonts = await page.evaluate(async () => {
		const keys = await Promise.all(
			(await caches.keys()).map(async (k) => (await caches.open(k)).keys())
		);
		return keys
			.flat()
			.map((r) => new URL(r.url).pathname)
			.filter((p) => /\.woff2?$/.test(p));
	});
	expect(fonts.length).toBe(4);
	for (const font of fonts)
		expect(font).toMatch(/noto-sans-latin(-ext)?-[46]00-normal\.[\w-]+\.woff2$/);

	await context.setOffline(true);
	await page.reload();
	await mapReady(page);
	await expect(page.locator('#step-title')).toHaveText('What peacekeeping is');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('#step-title')).toHaveText('Lebanon and UNIFIL');
	await expect(page.locator('.caption')).toContainText('December 2024');

	// The explorer and the articles too.
	await page.goto('/?country=BIH&year=1995');
	await mapReady(page);
	await expect(page.locator('[data-passage="role-of-islamic-nations/opening-3"]')).toBeVisible();
	// MapLibre's stylesheet, which the engine adds to the page, came from the cache: the file the
	// HTML preloads is the one the engine links, and it is loaded.
	const engineStyle = await page.evaluate(() => {
		const preload = document.querySelector<HTMLLinkElement>('link[rel="preload"][as="style"]');
		const sheet = document.querySelector<HTMLLinkElement>(
			'link[rel="stylesheet"][href*="maplibre"]'
		);
		return {
			preload: preload?.href,
			sheet: sheet?.href,
			rules: sheet?.sheet?.cssRules.length ?? 0
		};
	});
	expect(engineStyle.sheet).toBe(engineStyle.preload);
	expect(engineStyle.rules).toBeGreaterThan(50);
	await page.goto('/articles/role-of-islamic-nations');
	await expect(page.locator('#opening-3')).toContainText('Bosnia and Herzegovina');
	await context.setOffline(false);
});

test('a reader who opens another language is not told of a new version', async ({ page }) => {
	// The English site's worker (scope /) runs the page first; the Arabic site installs its own.
	await page.goto('/');
	await mapReady(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.goto('/ar/');
	await mapReady(page);
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const own = await navigator.serviceWorker.getRegistration('/ar/');
					return own?.active?.scriptURL ?? null;
				}),
			{ timeout: 20_000 }
		)
		.toMatch(/\/ar\/service-worker\.js$/);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
		.toMatch(/\/ar\/service-worker\.js$/);
	await page.waitForTimeout(500);
	await expect(page.locator('[data-site-update]')).toHaveCount(0);
});
