import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { featureState, openMap, mapReady } from './helpers';

/** A paragraph of an article as written, found by its opening words. */
function paragraph(slug: string, opening: string): string {
	const text = readFileSync(`content/articles/${slug}.md`, 'utf8');
	return text
		.split(/\n\s*\n/)
		.find((p) => p.startsWith(opening))!
		.trim();
}

/** The passage a panel quotes under one of the articles' themes. */
const themeQuote = (panel: Locator, theme: string) =>
	panel
		.getByRole('heading', { name: theme, level: 4 })
		.locator('xpath=following-sibling::figure[1]')
		.locator('blockquote');

test('Bosnia and Herzegovina’s panel: the article’s passage and its themes, then the passage in the article and back', async ({
	page
}) => {
	// One load: the panel is read first, then left for the article.
	await openMap(page, '/?country=BIH');
	await test.step('Bosnia and Herzegovina: the article’s passage verbatim, attributed, beside UNPROFOR and UNMIBH', async () => {
		const panel = page.locator('[data-country="BIH"]');
		const quote = panel.locator('[data-passage="role-of-islamic-nations/opening-3"]');
		await expect(quote.locator('blockquote')).toHaveText(
			paragraph('role-of-islamic-nations', 'In line with their values')
		);
		await expect(quote.locator('figcaption')).toContainText(
			'From “The Role of Islamic Nations in Peacekeeping Operations”'
		);
		const hosted = panel.getByRole('list', { name: 'Peace operations on its territory' });
		await expect(hosted.getByRole('button', { name: 'UNPROFOR' })).toBeVisible();
		await expect(hosted.getByRole('button', { name: 'UNMIBH' })).toBeVisible();
		// A host: under the hosting theme, the passage on forces deployed on its own territory.
		await expect(themeQuote(panel, 'Hosting interposition forces')).toHaveText(
			paragraph('vital-aspect-of-cooperation', '1. **Interposition Forces:**')
				.replace(/^1\. /, '')
				.replace(/\*\*/g, '')
		);
	});
	await test.step('“Read in the article” lands on the highlighted passage, whose places link back to the map', async () => {
		await page
			.locator('[data-passage="role-of-islamic-nations/opening-3"]')
			.getByRole('link', { name: 'Read in the article' })
			.click();
		await expect(page).toHaveURL(/\/articles\/role-of-islamic-nations#opening-3$/);
		const passage = page.locator('#opening-3');
		await expect(passage).toBeInViewport();
		expect(await passage.evaluate((el) => el.matches(':target'))).toBe(true);
		expect(await passage.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

		// The text's own names, and the missions the passage implies, lead back to the map, in
		// the years the passage speaks of ("the 1990s"): each mission within its own years.
		await expect(passage.getByRole('link', { name: 'Bosnia and Herzegovina' })).toHaveAttribute(
			'href',
			/\?country=BIH&year=1999$/
		);
		const onMap = page.locator('#opening-3 + .on-map');
		await expect(onMap.getByRole('link', { name: 'UNPROFOR' })).toHaveAttribute(
			'href',
			/\?mission=unprofor&year=1995$/
		);
		await onMap.getByRole('link', { name: 'UNMIBH' }).click();
		await mapReady(page);
		await expect(page.getByRole('heading', { name: 'UNMIBH', level: 2 })).toBeVisible();
		await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1999');
		// The map opens on the mission, not on the world.
		await expect
			.poll(() =>
				page.evaluate(() => {
					const m = (
						document.querySelector('[data-map-host]') as HTMLElement & {
							maplibreMap: { getZoom(): number; getCenter(): { lng: number; lat: number } };
						}
					).maplibreMap;
					const c = m.getCenter();
					return m.getZoom() >= 3.5 && Math.abs(c.lng - 18.4) < 3 && Math.abs(c.lat - 43.9) < 3;
				})
			)
			.toBe(true);
	});
});

test('choosing a theme lights its countries on the map and quotes its passages', async ({
	page
}) => {
	await openMap(page, '/?year=1995');
	await page.getByRole('button', { name: 'Hosting interposition forces' }).click();
	await expect(page).toHaveURL(/theme=hosting/);
	const panel = page.locator('[data-theme-id="hosting"]');
	await expect(panel.getByRole('heading', { name: 'Hosting interposition forces' })).toBeFocused();
	await expect(panel.locator('blockquote')).toHaveCount(2);
	await expect(panel.locator('blockquote').first()).toContainText('Interposition Forces:');
	// Bosnia and Herzegovina hosted in 1995; Bangladesh never did.
	await expect.poll(() => featureState(page, 'countries', 'BIH')).toMatchObject({ inTheme: true });
	expect(await featureState(page, 'countries', 'BGD')).toMatchObject({ inTheme: false });
});

test('a mission panel lists its OIC contributors and the article passages on it', async ({
	page
}) => {
	await openMap(page, '/?mission=unifil&year=2024');
	const panel = page.locator('[data-mission="UNIFIL"]');
	await expect(panel.locator('[data-figure="total"]')).toHaveText('9,730');
	await expect(
		panel
			.getByRole('list', { name: 'OIC members and observers of 2024' })
			.getByRole('listitem')
			.filter({ hasText: 'Indonesia' })
	).toContainText('1,252');
	await expect(panel.locator('[data-passage]').first()).toContainText('Interposition Forces:');
});

test('a top contributor’s panel quotes the passage on contributing troops, and its citation copies', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// The citation quotes the page's link: this one, as loaded, parameters in this order.
	await openMap(page, '/?country=BGD&year=2024');
	await test.step('a top contributor’s panel quotes the passage on contributing troops', async () => {
		const panel = page.locator('[data-country="BGD"]');
		await expect(panel.locator('[data-figure="total"]')).toHaveText('5,687');
		await expect(panel.locator('[data-figure="women"]')).toHaveText('444 (7.8%)');
		// "Global Peacekeeping", on troops sent around the world: not the section's opening words.
		await expect(themeQuote(panel, 'Contributing troops to global peacekeeping')).toHaveText(
			paragraph('vital-aspect-of-cooperation', '2. **Global Peacekeeping:**')
				.replace(/^2\. /, '')
				.replace(/\*\*/g, '')
		);
		await expect(panel).not.toContainText('backed by their robust defence forces');
	});
	await test.step('copy citation puts the view, its data source and the link on the clipboard', async () => {
		await page.getByRole('button', { name: 'Copy citation' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain('Peacekeeping Atlas, “Bangladesh, 2024”');
		expect(text).toContain('United Nations Department of Peace Operations');
		expect(text).toContain('December 2024');
		expect(text).toContain('/?country=BGD&year=2024');
	});
});
