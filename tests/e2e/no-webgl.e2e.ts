import { expect, test } from '@playwright/test';

// These two switches together leave Chromium without any WebGL (TOOLCHAIN.md).
test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--disable-gpu', '--disable-software-rasterizer', '--disable-background-networking']
	}
});

test('without WebGL the page explains why the live map is missing', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('The live map cannot start in this browser');
	await expect(alert).toContainText('WebGL');
	await expect(page.getByRole('heading', { name: 'Peacekeeping Atlas' })).toBeVisible();
	expect(errors).toEqual([]);
});
