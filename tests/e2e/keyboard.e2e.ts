import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fatalities, total } from './geodata';
import { featureState, openMap } from './helpers';

const figure = (iso3: string, year: number) => total(iso3, year).toLocaleString('en');

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(
	page: Page,
	matches: (el: Element) => boolean,
	back = false,
	max = 80
): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
	}
	throw new Error('focus never reached the element');
}

test('keyboard only: find Malaysia before the search code has arrived, open its panel, change the year, read the figure', async ({
	page
}) => {
	// Tab by Tab, with a read of the focus after each: slow, the more so under two workers.
	test.setTimeout(120_000);
	await openMap(page, '/');
	const heading = page.getByRole('heading', { name: 'Malaysia', level: 2 });
	await test.step('Enter typed before the search code has arrived still opens the match', async () => {
		// Code asked for from now on (the search's, on first focus) arrives only after Enter.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_app\/immutable\/chunks\/[\w-]+\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		// Reached by Tab, as the keyboard-only reader below reaches it.
		await tabTo(page, (el) => el.getAttribute('role') === 'combobox');
		await page.keyboard.type('Malaysia');
		await page.keyboard.press('Enter');
		release();
		await expect(page).toHaveURL(/country=MYS/);
		await expect(heading).toBeFocused();
	});

	await test.step('keyboard only: find Malaysia, open its panel, change the year, read the figure', async () => {
		await tabTo(page, (el) => el.getAttribute('type') === 'range');
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('output.year')).toHaveText('2024');
		await expect(page.locator('[data-country="MYS"] [data-figure="total"]')).toHaveText(
			figure('MYS', 2024)
		);
		await expect(page.locator('[data-announcement]')).toHaveText(
			`Selected: Malaysia. ${figure('MYS', 2024)} uniformed personnel in 2024`
		);

		// Closing the panel from the keyboard returns focus to where the reader came from.
		// The panel comes before the controls: back from the slider.
		await tabTo(page, (el) => el.getAttribute('aria-label') === 'Close the panel', true);
		await page.keyboard.press('Enter');
		await expect(page).not.toHaveURL(/country=/);
		await expect(page.getByRole('combobox', { name: 'Find a country or mission' })).toBeFocused();

		// Escape closes the panel too, from wherever focus is (here, the year slider).
		await page.getByRole('combobox', { name: 'Find a country or mission' }).fill('Lebanon');
		await expect(page.getByRole('option', { name: /Lebanon/ }).first()).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/country=LBN/);
		await tabTo(page, (el) => el.getAttribute('type') === 'range');
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/country=/);
		await expect(page.getByRole('heading', { name: 'Lebanon', level: 2 })).toHaveCount(0);
	});
});

test('the tables of 2024 by keyboard: skip links, arrows and type-ahead; the operations table selects a mission', async ({
	page
}) => {
	// Two tables walked key by key: slow under two workers.
	test.setTimeout(90_000);
	await test.step('skip links lead to the controls and the table; the table moves with arrows and type-ahead', async () => {
		// This part first: its first Tab starts from the top of a freshly loaded page.
		await openMap(page, '/?year=2024');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to the year and layers' })).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#data-table$/);

		const first = page.locator('#data-table tbody button').first();
		await first.focus();
		await expect(first).toHaveText('Bangladesh');
		// The focused row's country is outlined on the map.
		await expect
			.poll(() => featureState(page, 'countries', 'BGD'))
			.toMatchObject({ hovered: true });
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('#data-table tbody button').nth(1)).toBeFocused();
		await page.keyboard.press('m');
		await page.keyboard.press('a');
		await page.keyboard.press('l');
		await expect(page.locator('#data-table tbody button:focus')).toHaveText(/^Mal/);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/country=(MYS|MLI|MDV)/);
		await expect(page.locator('#panel-title')).toBeFocused();
		// Back to the year with nothing selected, for the operations table.
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/country=/);
	});

	await test.step('the operations table moves with the keyboard and selects a mission', async () => {
		const buttons = page.locator('button[data-mission-row]');
		await expect(buttons.first()).toHaveText('MINUSCA');
		await buttons.first().focus();
		await page.keyboard.press('End');
		await page.keyboard.press('Home');
		await page.keyboard.press('u');
		await page.keyboard.press('n');
		await page.keyboard.press('i');
		await page.keyboard.press('f');
		await expect(page.locator('button[data-mission-row]:focus')).toHaveText('UNIFIL');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/mission=unifil/);
		await expect(page.getByRole('heading', { name: 'UNIFIL', level: 2 })).toBeFocused();
	});
});

test('the map and table of 1994: the region’s live summary, the table’s sort and CSVs, then the next year', async ({
	page
}) => {
	// The summary is read first; the sort, then the next year, change what is shown.
	await openMap(page, '/?year=1994');
	const live = page.locator('[data-announcement]');
	await test.step('the map region has a name and a live summary that follows the year: 1994', async () => {
		await expect(
			page.getByRole('region', { name: 'World map of UN peacekeeping and the OIC states' })
		).toBeVisible();
		await expect(live).toHaveAttribute('aria-live', 'polite');
		await expect(live).toHaveText(
			/^1994: 11 peacekeeping operations active in OIC member and observer states; 24,272 uniformed personnel from 18 of the OIC’s members and observers of 1994/
		);
	});

	await test.step('the table sorts and follows the year', async () => {
		const table = page.locator('#data-table');
		await expect(table.locator('tbody tr').first()).toContainText('Pakistan');
		await expect(table.locator('tbody tr').first()).toContainText('9,110');
		await table.getByRole('button', { name: 'Country' }).click();
		await expect(table.getByRole('columnheader', { name: 'Country' })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
		await expect(table.locator('tbody tr').first()).toContainText('Afghanistan');
		const download = page.waitForEvent('download');
		await table.getByRole('button', { name: 'Download CSV' }).click();
		const file = await (await download).path();
		const bytes = readFileSync(file);
		// UTF-8 with its byte-order mark, as Excel on Windows needs to read Türkiye whole.
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const csv = bytes.toString('utf8');
		expect(csv).toContain('TUR,Türkiye,member,1994');
		expect(csv.split('\n')[0]).toContain('iso3,name,oic_status,year,as_of,personnel');
		expect(csv).toContain('PAK,Pakistan,member,1994,1994-12,9110');
		// With each country's fallen in the year and up to it, and their source.
		expect(csv.split('\n')[0]).toContain('fallen_in_year,fallen_to_year,fallen_source');
		const pak = fatalities.rows.filter((r) => r.iso3 === 'PAK');
		const inYear = pak.filter((r) => r.year === 1994).length;
		const toYear = pak.filter((r) => r.year < 1995).length;
		const line = csv.split('\r\n').find((l) => l.startsWith('PAK,'))!;
		expect(line).toContain(`,${inYear},${toYear},"UN Peace and Security Data Hub`);

		// Other bodies' operations, each field with its source.
		const others = page.waitForEvent('download');
		await table.locator('[data-download="operations-csv"]').click();
		const ops = readFileSync(await (await others).path(), 'utf8');
		expect(ops.split('\r\n').find((l) => l.startsWith('ECOMOG Liberia,'))).toMatch(
			/,ECOWAS,no,.*,1994,yes,8430,1994-12,/
		);
	});

	await test.step('the map region has a name and a live summary that follows the year: 1995', async () => {
		await page.getByRole('button', { name: 'Next year' }).click();
		await expect(live).toHaveText(
			/^1995: 9 peacekeeping operations active in OIC member and observer states/
		);
	});
});

test('the map takes focus visibly, and Enter selects what is at its centre', async ({ page }) => {
	await openMap(page, '/?year=2015&layers=hosts,contributors&view=-2,17,4');
	await tabTo(page, (el) => el.classList.contains('maplibregl-canvas'));
	const canvas = page.locator('.maplibregl-canvas');
	await expect(canvas).toHaveCSS('outline-style', 'solid');
	await expect(canvas).toHaveAttribute('aria-label', /Enter selects/);
	// The ring that marks the centre shows while the map has keyboard focus.
	const ring = await page
		.locator('[data-map-host]')
		.evaluate((el) => getComputedStyle(el, '::after').borderTopStyle);
	expect(ring).toBe('solid');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/country=MLI/);
	await expect(page.getByRole('heading', { name: 'Mali', level: 2 })).toBeVisible();
	// Arrows still move the map, and Escape closes the panel again.
	await canvas.focus();
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/country=/);
});
