import { expect, test } from '@playwright/test';

// The offline cache is the service worker's: allowed here only (see playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('after one visit the atlas and its tour work with the network gone, reload included', async ({
	page,
	context
}) => {
	await page.goto('/present?tour=oic-and-peacekeeping');
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	// Wait until the service worker has cached the site and controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});

	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await expect(page.locator('#step-title')).toHaveText('What peacekeeping is');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('#step-title')).toHaveText('Lebanon and UNIFIL');
	await expect(page.locator('.caption')).toContainText('December 2024');

	// The explorer and the articles too.
	await page.goto('/?country=BIH&year=1995');
	await expect(page.locator('[data-ready="true"]')).toBeVisible();
	await expect(page.locator('[data-passage="role-of-islamic-nations/opening-3"]')).toBeVisible();
	await page.goto('/articles/role-of-islamic-nations');
	await expect(page.locator('#opening-3')).toContainText('Bosnia and Herzegovina');
	await context.setOffline(false);
});
