import { expect, test } from '@playwright/test';
import { personnelScale } from '../../src/lib/scales/personnel';
import { total } from './geodata';
import { CHROMIUM_ARGS } from '../../scripts/browser.mjs';

// These two switches together leave Chromium without any WebGL (TOOLCHAIN.md).
test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [...CHROMIUM_ARGS, '--disable-gpu', '--disable-software-rasterizer']
	}
});

const rgb = (hex: string) =>
	`rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('without WebGL the static map stands in: right colours, working links, and why', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto('/?year=2024');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('The live map cannot start in this browser');
	await expect(alert).toContainText('WebGL');

	const picture = page.locator('.map-picture svg');
	await expect(picture).toBeVisible();
	const bangladesh = picture.locator('path[data-iso3="BGD"]');
	// The picture follows the year: 2024's figure, in the scale's colour.
	await expect(page.locator('[data-picture-year="2024"]')).toBeVisible();
	await expect(bangladesh).toHaveCSS('fill', rgb(personnelScale()(total('BGD', 2024))));
	await expect(picture.locator('path[data-iso3="MLI"]')).toHaveAttribute('data-h', 'b');
	// A screen reader hears that year's figure too, and the next year's after a step.
	const figure = (year: number) => `Bangladesh: ${total('BGD', year).toLocaleString('en-US')}`;
	expect(figure(2024)).not.toBe(figure(2025));
	await expect(picture.getByRole('link', { name: figure(2024), exact: true })).toHaveCount(1);
	await page.getByRole('slider', { name: 'Year' }).press('ArrowLeft');
	await expect(page.locator('[data-picture-year="2023"]')).toBeVisible();
	await expect(picture.getByRole('link', { name: figure(2023), exact: true })).toHaveCount(1);
	await page.getByRole('slider', { name: 'Year' }).press('ArrowRight');

	// A country is a link to its facts.
	await picture
		.locator('a:has(path[data-iso3="BGD"])')
		.click({ position: { x: 4, y: 4 }, force: true });
	await expect(page).toHaveURL(/country=BGD/);
	await expect(page.getByRole('heading', { name: 'Bangladesh', level: 2 })).toBeVisible();
	await expect(page.locator('[data-country="BGD"] [data-figure="total"]')).toHaveText('5,687');
	expect(errors).toEqual([]);
});
