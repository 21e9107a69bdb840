import { expect, test } from '@playwright/test';
import { darkTheme, lightTheme } from '../../src/lib/map/theme';
import {
	colourAt,
	countColour,
	countriesAt,
	expectColour,
	featureState,
	foreignRequests,
	openMap,
	project,
	regionOf,
	mapReady
} from './helpers';

/** Places away from labels and borders, in the first view of a 1440×900 window. */
const ALGERIA: [number, number] = [2.5, 26.5];
const INDIAN_OCEAN: [number, number] = [70, -18];
const BAHRAIN: [number, number] = [50.55, 26.0];

for (const theme of [lightTheme, darkTheme] as const) {
	test(`draws land and sea in the ${theme.name} theme's colours`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: theme === darkTheme ? 'dark' : 'light' });
		// With no layer colouring countries, an OIC state is in the theme's OIC tint.
		await page.goto('/?layers=');
		await mapReady(page);
		expectColour(await colourAt(page, await project(page, ALGERIA)), theme.oicLand, 'Algeria');
		expectColour(await colourAt(page, await project(page, INDIAN_OCEAN)), theme.sea, 'the sea');
	});
}

test('the first view: the features under known pixels; a click selects, opens a panel, outlines; nothing leaves the origin', async ({
	page,
	baseURL
}) => {
	// Many reads of the map, three screenshots and a zoom: slow under two workers.
	test.setTimeout(90_000);
	// Listening from before the load: every request of the page is counted.
	const foreign = foreignRequests(page, baseURL!);
	await openMap(page);
	// Read-only first: the click below changes the view.
	await test.step('the rendered features under known pixels: a country, Bosnia, the sea, the small states’ dots', async () => {
		expect(await countriesAt(page, await project(page, ALGERIA))).toEqual(['DZA']);
		expect(await countriesAt(page, await project(page, [17.8, 44.2]))).toContain('BIH');
		expect(await countriesAt(page, await project(page, INDIAN_OCEAN))).toEqual([]);
		// Small OIC states are drawn, labelled and clickable: Bahrain, Comoros, the Maldives.
		const dots: Record<string, [number, number]> = {
			BHR: BAHRAIN,
			COM: [43.33, -11.7],
			MDV: [73.5, 4.2]
		};
		for (const [iso3, lngLat] of Object.entries(dots)) {
			const label = await page.evaluate((code) => {
				const host = document.querySelector('[data-map-host]') as HTMLElement & {
					maplibreMap: {
						querySourceFeatures(s: string): { properties: { iso3: string; name: string } }[];
					};
				};
				const hits = host.maplibreMap.querySourceFeatures('country-labels');
				return hits.find((f) => f.properties.iso3 === code)?.properties.name ?? null;
			}, iso3);
			expect(label, iso3).not.toBeNull();
			expect(await countriesAt(page, await project(page, lngLat)), iso3).toContain(iso3);
		}
	});

	await test.step('clicking a country selects it, opens its panel and outlines it; nothing leaves the origin', async () => {
		const at = await project(page, ALGERIA);
		const outlineBefore = await countColour(
			page,
			await regionOf(page, [-9, 18, 12, 37.5]),
			lightTheme.selectedOutline
		);
		await page.mouse.click(at.x, at.y);
		await expect(page).toHaveURL(/[?&]country=DZA\b/);
		await expect(page.getByRole('heading', { name: 'Algeria', level: 2 })).toBeVisible();
		// The selection outline is drawn: many more near-black pixels around Algeria than before.
		await expect
			.poll(async () =>
				countColour(page, await regionOf(page, [-9, 18, 12, 37.5]), lightTheme.selectedOutline)
			)
			.toBeGreaterThan(outlineBefore + 150);

		// A dot selects a small state; back returns to the previous selection.
		const bahrain = await project(page, BAHRAIN);
		await page.mouse.click(bahrain.x, bahrain.y);
		await expect(page).toHaveURL(/[?&]country=BHR\b/);
		await expect(page.getByRole('heading', { name: 'Bahrain', level: 2 })).toBeVisible();
		await page.goBack();
		await expect(page).toHaveURL(/[?&]country=DZA\b/);
		await expect(page.getByRole('heading', { name: 'Algeria', level: 2 })).toBeVisible();

		await page.getByRole('button', { name: 'Close the panel' }).click();
		await expect(page).not.toHaveURL(/country=/);
		await expect(page.getByRole('heading', { name: 'Algeria', level: 2 })).toHaveCount(0);

		// Zooming in asks for nothing from another origin either: everything ships with the site.
		await page.mouse.wheel(0, -400);
		await page.waitForTimeout(500);
		expect(foreign).toEqual([]);
	});
});

test('a link with ?country=BIH opens with Bosnia and Herzegovina selected', async ({ page }) => {
	await openMap(page, '/?country=bih');
	await expect(
		page.getByRole('heading', { name: 'Bosnia and Herzegovina', level: 2 })
	).toBeVisible();
	expect(await featureState(page, 'countries', 'BIH')).toMatchObject({ selected: true });
});

test('an unknown country code leaves a working map and says so', async ({ page }) => {
	await openMap(page, '/?country=%3Cb%3EXYZ%3C%2Fb%3E');
	await expect(
		page.getByText('The link asks for country “<b>XYZ</b>”, which the atlas does not know')
	).toBeVisible();
	await expect(page.locator('b', { hasText: 'XYZ' })).toHaveCount(0);
	expect(await countriesAt(page, await project(page, ALGERIA))).toEqual(['DZA']);
});
