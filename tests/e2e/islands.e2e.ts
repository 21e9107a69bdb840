/**
 * The islands (src/lib/islands): the header, the legend, the layers, the measure and the year's
 * overview are in the page's HTML from the first paint, and their code loads only once the
 * first view is done. Until then they show what was prerendered, and a reader who presses one
 * of their buttons or checkboxes early is not ignored.
 */
import { expect, test, type Page } from '@playwright/test';
import { holdShapes, markReadyTime, type ReadyWindow, mapReady } from './helpers';

const ISLANDS = ['header', 'overview', 'layers', 'measure', 'legend'];

/** The scripts the page asked for, with the moment each was requested. */
function recordScripts(page: Page) {
	const scripts: { url: string; at: number }[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push({ url: request.url(), at: Date.now() });
	});
	return scripts;
}

test('the islands are prerendered, and their code loads once the map has drawn', async ({
	page
}) => {
	await markReadyTime(page);
	const release = await holdShapes(page);
	const scripts = recordScripts(page);
	await page.goto('/');

	// Everything is there and readable before any of their code.
	const header = page.locator('[data-island="header"]');
	await expect(header.getByRole('heading', { name: 'Peacekeeping Atlas' })).toBeVisible();
	await expect(header.getByRole('button', { name: 'Use dark theme' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '2025 at a glance' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Other bodies' })).toBeChecked();
	await expect(page.getByRole('combobox', { name: 'Colour states by' })).toHaveValue('personnel');
	await expect(page.locator('[data-island="legend"] [data-legend="hosts"]')).toBeVisible();
	// The prerendered legend carries its own styles: its ramp is laid out in a row.
	const ramp = await page
		.locator('[data-island="legend"] .ramp li')
		.evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
	expect(new Set(ramp).size, 'the ramp is one row').toBe(1);

	// While the map has not drawn, none of them is live: their code has not been asked for.
	await page.waitForTimeout(1500);
	await expect(page.locator('[data-island][data-live]')).toHaveCount(0);
	const before = scripts.length;

	release();
	await mapReady(page);
	const readyAt = await page.evaluate(() => (window as ReadyWindow).__readyAt ?? 0);
	expect(readyAt).toBeGreaterThan(0);
	for (const name of ISLANDS)
		await expect(page.locator(`[data-island="${name}"]`)).toHaveAttribute('data-live', '');
	expect(scripts.length, 'the islands’ code came after').toBeGreaterThan(before);

	// Live: each answers.
	await page.getByRole('checkbox', { name: 'Other bodies' }).uncheck();
	await expect(page).toHaveURL(/layers=/);
	await page.getByRole('combobox', { name: 'Colour states by' }).selectOption('fallen');
	await expect(page).toHaveURL(/measure=fallen/);
	await page.getByRole('button', { name: 'Use dark theme' }).click();
	await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();
	await page.locator('[data-island="overview"]').getByRole('button', { name: 'UNIFIL' }).click();
	await expect(page).toHaveURL(/mission=unifil/i);
});

test('a button or checkbox pressed before its code is in is pressed again once it is', async ({
	page
}) => {
	const release = await holdShapes(page);
	await page.goto('/');
	const others = page.getByRole('checkbox', { name: 'Other bodies' });
	await expect(others).toBeChecked();
	await expect(page.locator('[data-island="layers"][data-live]')).toHaveCount(0);
	// Pressed early: the island's code loads on the spot, and the press counts.
	await others.click();
	await expect(page.locator('[data-island="layers"]')).toHaveAttribute('data-live', '');
	await expect(others).not.toBeChecked();
	await expect(page).toHaveURL(/layers=/);
	expect(new URL(page.url()).searchParams.get('layers')).not.toContain('operations');

	await page.getByRole('button', { name: 'Use dark theme' }).click();
	await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	release();
});

/** Holds every script of the app's until the returned function lets them in. */
async function holdCode(page: Page): Promise<() => void> {
	let letIn!: () => void;
	const held = new Promise<void>((done) => (letIn = done));
	await page.route(/\/_app\/immutable\/.*\.m?js$/, async (route) => {
		await held;
		await route.continue();
	});
	return letIn;
}

test('a checkbox or button pressed before the page’s code has run is pressed again once it is', async ({
	page
}) => {
	const release = await holdShapes(page);
	const letCodeIn = await holdCode(page);
	await page.goto('/');
	const others = page.getByRole('checkbox', { name: 'Other bodies' });
	await expect(others).toBeChecked();
	// Nothing listens yet: the box is not toggled now (the code would set it back), only kept.
	await others.click();
	await page.getByRole('button', { name: 'Use dark theme' }).click();
	await expect(others).toBeChecked();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
	letCodeIn();
	await expect(page.locator('[data-island="layers"]')).toHaveAttribute('data-live', '');
	await expect(others).not.toBeChecked();
	await expect(page).toHaveURL(/layers=/);
	expect(new URL(page.url()).searchParams.get('layers')).not.toContain('operations');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	release();
});

test('words typed into the search before its code is in are searched once it is', async ({
	page
}) => {
	const release = await holdShapes(page);
	// The page's code is held until the words are in the field: the reader is in the search
	// before anything listens, and the header's code comes after the words.
	const letCodeIn = await holdCode(page);
	await page.goto('/');
	const search = page.getByRole('combobox', { name: 'Find a country or mission' });
	await expect(search).toBeVisible();
	await search.fill('Turkey');
	await expect(page.locator('[data-island="header"][data-live]')).toHaveCount(0);
	letCodeIn();
	// The map has not drawn (its shapes are held): the island loads because the reader is in it.
	await expect(page.locator('[data-island="header"]')).toHaveAttribute('data-live', '');
	await expect(search).toHaveValue('Turkey');
	await expect(search).toBeFocused();
	await expect(page.getByRole('option', { name: /Türkiye/ })).toBeVisible();
	await search.press('Enter');
	await expect(page).toHaveURL(/country=TUR/);
	release();
});

test('Enter pressed in the search before its code is in opens the match once it is', async ({
	page
}) => {
	const release = await holdShapes(page);
	const letCodeIn = await holdCode(page);
	await page.goto('/');
	const search = page.getByRole('combobox', { name: 'Find a country or mission' });
	await search.fill('Malaysia');
	await search.press('Enter');
	await expect(page.locator('[data-island="header"][data-live]')).toHaveCount(0);
	letCodeIn();
	await expect(page).toHaveURL(/country=MYS/);
	await expect(page.getByRole('heading', { name: 'Malaysia', level: 2 })).toBeFocused();
	release();
});

test('a link’s own year never shows the prerendered year’s overview', async ({ page }) => {
	const release = await holdShapes(page);
	await page.goto('/?year=1995');
	// The prerendered overview (2025) is there but out of sight until the live one replaces it.
	await expect(page.getByRole('heading', { name: '2025 at a glance' })).toBeHidden();
	await expect(page.getByRole('heading', { name: '1995 at a glance' })).toBeVisible();
	await expect(page.locator('[data-island="overview"]')).toHaveAttribute('data-live', '');
	await expect(page.locator('[data-island="overview"] [data-summary]')).toContainText('1995');
	release();
});

test('a page without a map loads none of the map’s code', async ({ page }) => {
	// The map pages' first view is grouped into a chunk of its own (scripts/vite/firstViewChunks.ts);
	// a text page must not be tied to it, as a side-effect import once did.
	const ours: Promise<string>[] = [];
	page.on('response', (response) => {
		const request = response.request();
		if (request.resourceType() === 'script' && !request.url().includes('maplibre'))
			ours.push(response.text().catch(() => ''));
	});
	const mapCode = async () =>
		(await Promise.all(ours)).filter((script) => script.includes('setFeatureState')).length;
	await page.goto('/sources');
	await page.waitForLoadState('networkidle');
	expect(ours.length).toBeGreaterThan(0);
	expect(await mapCode(), 'scripts with the map’s code on /sources').toBe(0);

	// The explorer's first view does load it, so the check above can fail.
	ours.length = 0;
	await page.goto('/');
	await mapReady(page);
	expect(await mapCode()).toBeGreaterThan(0);
});
