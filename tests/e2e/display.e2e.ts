/**
 * The atlas as the reader's system shows it: Windows high contrast (forced colours), and a
 * 320 px screen (WCAG reflow).
 */
import { expect, test } from '@playwright/test';
import { personnelBins, personnelScale } from '../../src/lib/scales/personnel';
import { openMap } from './helpers';

const rgb = (hex: string) =>
	`rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('in forced colours the legend, the bars and the picture keep the data’s colours; the rest follows the system', async ({
	page
}) => {
	await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
	await openMap(page, '/?year=1995&country=PAK');
	// The seven personnel swatches: the scale's colours, not the system's.
	const swatches = page.locator('[data-legend="personnel"] li[data-colour] .swatch');
	const bins = personnelBins(personnelScale());
	await expect(swatches).toHaveCount(bins.length);
	for (let i = 0; i < bins.length; i++)
		await expect(swatches.nth(i)).toHaveCSS('background-color', rgb(bins[i].colour));
	// Host outlines and the hosting badge keep their oranges.
	const outline = page.locator('[data-legend="hosts"] .outline').first();
	expect(await outline.evaluate((e) => getComputedStyle(e).borderTopColor)).not.toMatch(
		/^rgb\((0, 0, 0|255, 255, 255)\)$/
	);
	const badge = page.locator('[data-legend="hosts"] .badge');
	expect(await badge.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toMatch(
		/^rgb\((0, 0, 0|255, 255, 255)\)$|rgba\(0, 0, 0, 0\)/
	);
	// The panel's chart bars keep their fill.
	const bar = page.locator('.personnel-chart rect.current');
	await expect(bar).toBeVisible();
	const fill = await bar.evaluate((e) => getComputedStyle(e).fill);
	expect(fill).not.toMatch(/^rgb\((0, 0, 0|255, 255, 255)\)$/);
	// And each hosted operation's years in the panel.
	const span = page.locator('.hosted .timeline .span').first();
	expect(await span.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toMatch(
		/^rgb\((0, 0, 0|255, 255, 255)\)$/
	);
	// So does the map's picture (the first paint, and the map without WebGL).
	const picture = page.locator('.map-picture svg path[data-iso3="PAK"]');
	expect(await picture.evaluate((e) => getComputedStyle(e).fill)).not.toMatch(
		/^rgb\((0, 0, 0|255, 255, 255)\)$/
	);
	// The interface around them takes the system's colours: a button is drawn as the system's.
	const button = page.getByRole('button', { name: 'Share' });
	const system = await page.evaluate(() => {
		const probe = document.createElement('span');
		probe.style.color = 'ButtonText';
		document.body.append(probe);
		const colour = getComputedStyle(probe).color;
		probe.remove();
		return colour;
	});
	await expect(button).toHaveCSS('color', system);
});

for (const path of ['/sources', '/articles/role-of-islamic-nations', '/offline'])
	test(`${path} reads at 320 px without scrolling sideways`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		const overflow = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			window: window.innerWidth
		}));
		expect(overflow.page).toBeLessThanOrEqual(overflow.window);
	});
