import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { personnelBins, personnelClass, personnelScale } from '../../src/lib/scales/personnel';
import { featureState } from './helpers';

const tour = JSON.parse(readFileSync('content/tours/oic-and-peacekeeping.json', 'utf8')) as {
	steps: { title: string; year: number }[];
};
const TOUR = '/present?tour=oic-and-peacekeeping';

async function openTour(page: Page, query = '') {
	await page.goto(TOUR + query);
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
}

const title = (page: Page) => page.locator('#step-title');

test('the whole default tour from the keyboard and a clicker: URL and caption at every step', async ({
	page
}) => {
	await openTour(page);
	// What clickers send, in turn: →, Space, PageDown.
	const keys = ['ArrowRight', ' ', 'PageDown'];
	for (const [i, step] of tour.steps.entries()) {
		await expect(page).toHaveURL(new RegExp(`[?&]step=${i + 1}(&|$)`));
		await expect(title(page)).toHaveText(step.title);
		await expect(page.locator('.count')).toHaveText(
			`Step ${i + 1} of ${tour.steps.length} · ${step.year}`
		);
		await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(i + 1));
		if (i < tour.steps.length - 1) await page.keyboard.press(keys[i % keys.length]);
	}
	await page.keyboard.press('ArrowRight');
	await expect(title(page)).toHaveText(tour.steps[9].title);
	await page.keyboard.press('Home');
	await expect(title(page)).toHaveText(tour.steps[0].title);
	await page.keyboard.press('End');
	await expect(title(page)).toHaveText(tour.steps[9].title);
	await page.keyboard.press('PageUp');
	await expect(title(page)).toHaveText(tour.steps[8].title);
	await page.keyboard.press('4');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/step=4/);
	await expect(title(page)).toHaveText('Bosnia and Herzegovina in the 1990s');
	await expect(page.locator('.caption blockquote')).toContainText(
		'UN peacekeeping mission in Bosnia and Herzegovina'
	);
});

test('a step opens directly, sets the map, and keeps its place on reload', async ({ page }) => {
	await openTour(page, '&step=7');
	await expect(title(page)).toHaveText('The largest contributors');
	await expect(page.locator('.caption')).toContainText(
		'Bangladesh sent 5,687 uniformed personnel in December 2024'
	);
	// The caption's figures are one click from their source, with its month.
	const source = page.locator('.caption').getByRole('link', { name: /^Source: .*December 2024$/ });
	await expect(source).toHaveAttribute('href', /\/sources#un-dpo$/);
	expect(await featureState(page, 'countries', 'BGD')).toMatchObject({
		selected: true,
		personnelClass: personnelClass(personnelScale(), 5687)
	});
	await page.reload();
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await expect(title(page)).toHaveText('The largest contributors');
	await expect(page).toHaveURL(/step=7/);
});

test('blank screen, keys help and high contrast', async ({ page }) => {
	await openTour(page);
	await page.keyboard.press('b');
	await expect(page.getByRole('status').filter({ hasText: 'Screen blanked' })).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.getByText('Screen blanked')).toHaveCount(0);
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keys' })).toContainText('blank screen');
	await page.keyboard.press('h');
	await expect(page).toHaveURL(/contrast=high/);
	await expect(page.locator('.present.contrast')).toBeVisible();
});

test('the map’s key beside the step: only the step’s layers; L hides it, and the link keeps that', async ({
	page
}) => {
	await openTour(page, '&step=7');
	const legend = page.locator('[data-present-legend]');
	// Step 7 colours contributors: the personnel key is there, the same classes as the explorer's.
	await expect(legend.locator('[data-legend="personnel"]')).toBeVisible();
	await expect(legend.locator('[data-legend="personnel"] [data-colour]')).toHaveCount(
		personnelBins(personnelScale()).length
	);
	await expect(legend.locator('[data-legend="hosts"]')).toBeHidden();
	// Step 3 outlines hosts and shows no contributor colours: the key follows the step.
	await page.keyboard.press('3');
	await page.keyboard.press('Enter');
	await expect(title(page)).toHaveText('Lebanon and UNIFIL');
	await expect(legend.locator('[data-legend="hosts"]')).toBeVisible();
	await expect(legend.locator('[data-legend="personnel"]')).toBeHidden();

	await page.keyboard.press('l');
	await expect(legend).toHaveCount(0);
	await expect(page).toHaveURL(/legend=off/);
	await expect(page.getByRole('button', { name: 'Legend (L)' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await page.reload();
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await expect(legend).toHaveCount(0);
	await page.getByRole('button', { name: 'Legend (L)' }).click();
	await expect(legend.locator('[data-legend="hosts"]')).toBeVisible();
	await expect(page).toHaveURL(/legend=on/);
});

test('in a small embed the key waits to be asked for, and the controls never cover the caption', async ({
	page
}) => {
	await page.setViewportSize({ width: 800, height: 500 });
	await page.goto('/embed?tour=oic-and-peacekeeping&step=7');
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await expect(page.locator('[data-present-legend]')).toHaveCount(0);
	// The controls wrap onto two rows here: the caption stays above them.
	const caption = await page.locator('.caption').boundingBox();
	const controls = await page.locator('.controls').boundingBox();
	expect(controls!.height).toBeGreaterThan(60);
	expect(caption!.y + caption!.height).toBeLessThanOrEqual(controls!.y);
	await page.goto('/embed?tour=oic-and-peacekeeping&step=7&legend=on');
	await expect(page.locator('[data-present-legend] [data-legend="personnel"]')).toBeVisible();
});

test('the presenter window follows the audience window, and drives it', async ({ context }) => {
	const audience = await context.newPage();
	await audience.goto(TOUR);
	await expect(audience.locator('[data-ready="true"]')).toBeVisible();
	const presenter = await context.newPage();
	await presenter.goto(TOUR + '&presenter=1');
	// The speaker's view itself, drawn once the page has started: the prerendered HTML is the
	// audience view, whose heading has the same title (with the CSS inlined it shows at once).
	await expect(presenter.locator('[data-presenter-step="1"]')).toBeVisible();
	await expect(presenter.getByRole('heading', { name: tour.steps[0].title })).toBeVisible();

	await audience.bringToFront();
	await audience.keyboard.press('ArrowRight');
	await expect(presenter.locator('[data-presenter-step]')).toHaveAttribute(
		'data-presenter-step',
		'2'
	);
	await expect(presenter.locator('[data-notes]')).toContainText('Orange outlines');
	await expect(presenter.getByRole('heading', { name: 'Next' })).toBeVisible();

	await presenter.getByRole('button', { name: 'Next step →' }).click();
	await expect(audience).toHaveURL(/step=3/);
	await expect(audience.locator('#step-title')).toHaveText('Lebanon and UNIFIL');
});

test('“save this step as an image” gives a 1920×1080 PNG that is not blank', async ({ page }) => {
	await openTour(page, '&step=5');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save this step as an image' }).click();
	const png = PNG.sync.read(readFileSync(await (await download).path()));
	expect([png.width, png.height]).toEqual([1920, 1080]);
	const colours = new Set<number>();
	for (let i = 0; i < png.data.length; i += 4 * 997)
		colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
	expect(colours.size).toBeGreaterThan(20);
});

test('a tour made in the explorer plays from its link', async ({ page }) => {
	await page.goto('/?country=MLI&year=2015');
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await page.getByRole('button', { name: 'Lecture' }).click();
	const dialog = page.getByRole('dialog', { name: 'Lecture mode' });
	await dialog.getByRole('button', { name: 'Add this view as a step' }).click();
	await dialog.getByLabel('Caption').fill('MINUSMA arrives in Mali.');
	const href = await dialog.locator('[data-play-tour]').getAttribute('href');
	await page.goto(href!);
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await expect(page.locator('#step-title')).toHaveText('Mali, 2015');
	await expect(page.locator('.caption')).toContainText('MINUSMA arrives in Mali.');
	expect(await featureState(page, 'countries', 'MLI')).toMatchObject({
		selected: true,
		hosting: 1
	});
});

test('a bad step or tour in the link starts the tour at its first step, with a notice', async ({
	page
}) => {
	await openTour(page, '&step=99');
	await expect(title(page)).toHaveText(tour.steps[0].title);
	await expect(
		page.getByRole('status').filter({ hasText: 'step “99” could not be used' })
	).toBeVisible();
});
