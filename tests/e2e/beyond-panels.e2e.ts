/**
 * Beyond the UN and beyond head counts, in the panels a reader opens: a host's one timeline
 * across bodies, another body's operation with its sources, the fallen, who led, women.
 */
import { expect, test } from '@playwright/test';
import { fatalities } from './geodata';
import { openMap } from './helpers';

const fallen = (iso3: string, mission?: string) =>
	fatalities.rows.filter((r) => r.iso3 === iso3 && (!mission || r.mission === mission)).length;

test('Bosnia and Herzegovina’s panel tells 1992 to today across the UN, NATO and the EU', async ({
	page
}) => {
	await openMap(page, '/?country=BIH&year=1996');
	const rows = page.locator('[data-host-timeline] li');
	await expect(rows).toHaveCount(5);
	const entries = await rows.evaluateAll((lis) =>
		lis.map((li) => [li.getAttribute('data-entry'), li.getAttribute('data-body')])
	);
	expect(entries).toEqual([
		['UNPROFOR', 'UN'],
		['UNMIBH', 'UN'],
		['IFOR', 'NATO'],
		['SFOR', 'NATO'],
		['EUFOR Althea', 'EU']
	]);
	// The body is written on each row, not only coloured.
	await expect(rows.nth(2)).toContainText('NATO');
	await expect(rows.nth(4)).toContainText('EU');
	await expect(rows.nth(4)).toContainText('2004–');

	// From the timeline, by keyboard, to NATO's IFOR.
	await rows.nth(2).getByRole('button', { name: 'IFOR' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/operation=ifor/);
	const panel = page.locator('[data-operation="IFOR"]');
	await expect(panel.locator('#panel-title')).toBeFocused();
	await expect(panel).toContainText('North Atlantic Treaty Organization');
	await expect(panel.locator('[data-authorised="true"]')).toContainText('1031');
	// Every figure names its source: SIPRI's sizes at their report months, one click away.
	await expect(panel.locator('[data-figure="total"]')).toHaveText('40,000');
	await expect(panel.locator('[data-sizes]')).toContainText('December 1995');
	await expect(panel.locator('[data-sizes]')).toContainText('60,000');
	await expect(
		panel.getByRole('link', { name: /UN and Non-UN Peacekeeping/ }).first()
	).toHaveAttribute('href', /\/sources#sipri-sizes$/);
	// OIC contingents come with the page they are from.
	const jordan = panel.locator('[data-contingents] li[data-iso3="JOR"]').first();
	await expect(jordan).toBeVisible();
	await expect(jordan.getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
	// And back to the host.
	await panel.getByRole('button', { name: 'Bosnia and Herzegovina' }).click();
	await expect(page).toHaveURL(/country=BIH/);
	await expect(page).not.toHaveURL(/operation=/);
});

test('Somalia’s panel lists the UN’s operations and the African Union’s in one timeline', async ({
	page
}) => {
	await openMap(page, '/?country=SOM&year=2010');
	const bodies = await page
		.locator('[data-host-timeline] li')
		.evaluateAll((lis) =>
			lis.map((li) => `${li.getAttribute('data-entry')}:${li.getAttribute('data-body')}`)
		);
	expect(bodies).toEqual(
		expect.arrayContaining(['UNOSOM I:UN', 'UNOSOM II:UN', 'AMISOM:AU', 'ATMIS:AU'])
	);
	expect(bodies.indexOf('UNOSOM II:UN')).toBeLessThan(bodies.indexOf('AMISOM:AU'));
	expect(bodies.indexOf('AMISOM:AU')).toBeLessThan(bodies.indexOf('ATMIS:AU'));
});

test('UNOSOM II in 1993: its commanders and fallen, and from there Pakistan’s panel with its fallen and commanders', async ({
	page
}) => {
	await test.step('UNOSOM II: its force commanders from Türkiye and Malaysia, its fallen by nationality', async () => {
		await openMap(page, '/?mission=unosom-ii&year=1993');
		const leaders = page.locator('[data-leaders] li[data-oic]');
		await expect(leaders.filter({ hasText: 'Çevik Bir' })).toContainText('Türkiye');
		await expect(leaders.filter({ hasText: 'Aboo Samah' })).toContainText('Malaysia');
		const list = page.locator('[data-fallen] [data-fallen-list] li');
		await expect(list.first()).toHaveAttribute('data-key', 'PAK');
		await expect(list.first()).toContainText(String(fallen('PAK', 'UNOSOM II')));
		await list.first().getByRole('button', { name: 'Pakistan' }).click();
		await expect(page).toHaveURL(/country=PAK/);
	});

	// The click leads to the view a link to Pakistan in 1993 opens: its panel is read there.
	await test.step('Pakistan’s panel remembers its fallen by year and operation, and its commanders', async () => {
		await expect(page).toHaveURL(/[?&]year=1993\b/);
		await expect(page.getByRole('heading', { name: 'Pakistan', level: 2 })).toBeVisible();
		// The mission's panel is gone: the sections read below are the country's.
		await expect(page.locator('[data-mission="UNOSOM II"]')).toHaveCount(0);
		const section = page.locator('[data-fallen]');
		const total = fallen('PAK');
		await expect(section.locator('[data-fallen-total]')).toHaveAttribute(
			'data-fallen-total',
			String(total)
		);
		await expect(section).toContainText(`${total} nationals of Pakistan died serving`);
		// 1993: the year of Mogadishu.
		const in1993 = fatalities.rows.filter((r) => r.iso3 === 'PAK' && r.year === 1993).length;
		await expect(section).toContainText(`${in1993} in 1993`);
		const first = section.locator('[data-fallen-list] li').first();
		await expect(first).toHaveAttribute('data-key', 'UNOSOM II');
		await expect(first).toContainText(String(fallen('PAK', 'UNOSOM II')));
		// Screen readers get the years as a table.
		await expect(section.locator('table caption')).toHaveText('Fallen by year, Pakistan');
		await expect(section.getByRole('link', { name: /Mission Fatalities/ })).toHaveAttribute(
			'href',
			/\/sources#un-fatalities$/
		);

		const leaders = page.locator('[data-leaders]');
		const shaheen = leaders.locator('li[data-led="UNOSOM I"]');
		await expect(shaheen).toContainText('Imtiaz Shaheen');
		await expect(shaheen).toContainText('Force Commander');
		await expect(shaheen).toContainText('June 1992 – March 1993');

		await expect(page.locator('[data-women] table caption')).toContainText('Pakistan');
	});
});

test('an operation with two reports of one month opens its panel (SFOR, December 2004)', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto('/?year=1996&operation=sfor');
	await expect(page.locator('#panel-title')).toHaveText('SFOR');
	await expect(page.locator('[data-sizes] li').first()).toBeVisible();
	expect(errors).toEqual([]);
});
