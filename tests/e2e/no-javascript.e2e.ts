import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the prerendered page shows the map picture and the table', async ({
	page
}) => {
	await page.goto('/');
	// Playwright's text matching skips <noscript>; the element itself is there and shown.
	const notice = page.locator('noscript p');
	await expect(notice).toBeVisible();
	expect(await notice.evaluate((el) => el.textContent)).toContain(
		'The interactive atlas needs JavaScript'
	);
	const picture = page.locator('.map-picture svg');
	await expect(picture).toBeVisible();
	expect(await picture.locator('path[data-iso3]').count()).toBeGreaterThan(200);
	await expect(picture.locator('a[href="?country=BGD"]')).toHaveCount(1);

	const table = page.getByRole('table');
	await expect(table.getByRole('row')).toHaveCount(63);
	const bangladesh = table.getByRole('row', { name: /Bangladesh/ });
	await expect(bangladesh).toContainText('OIC member');
	await expect(bangladesh).toContainText(/\d,\d{3}/);
	await expect(table.locator('caption')).toContainText('as of July 2025');
});

test('without JavaScript the articles and sources read in full', async ({ page }) => {
	await page.goto('/articles/role-of-islamic-nations');
	await expect(
		page.getByRole('heading', { name: 'The Role of Islamic Nations in Peacekeeping Operations' })
	).toBeVisible();
	await expect(page.locator('#opening-3')).toContainText('Bosnia and Herzegovina');
	await page.goto('/sources');
	await expect(page.locator('#un-dpo')).toContainText(
		'United Nations Department of Peace Operations'
	);
});
