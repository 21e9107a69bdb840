/**
 * The history a lecturer tells, as a reader meets it: the OIC as it was in each year, members
 * and observers told apart on the map, missions drawn only once they began.
 */
import { expect, test } from '@playwright/test';
import { lightTheme } from '../../src/lib/map/theme';
import { personnelClass, personnelScale } from '../../src/lib/scales/personnel';
import { colourAt, featureState, follow, hexDistance, openMap, project, mapReady } from './helpers';

// Inside Russia, far from any border, label or mission.
const SIBERIA: [number, number] = [100, 62];

test('Russia is drawn as a non-OIC state in 1995 and as an OIC observer, with a dashed outline, in 2005', async ({
	page
}) => {
	await openMap(page, '/?year=1995&layers=hosts&view=60,55,2');
	expect(await featureState(page, 'countries', 'RUS')).toMatchObject({ oic: 0 });
	const inside = await project(page, SIBERIA);
	const before = await colourAt(page, inside);
	expect(hexDistance(before, lightTheme.oicLand)).toBeGreaterThan(10);

	await page.getByRole('slider', { name: 'Year' }).fill('2005');
	await expect(page).toHaveURL(/year=2005/);
	await expect.poll(() => featureState(page, 'countries', 'RUS')).toMatchObject({ oic: 2 });
	await expect
		.poll(async () => hexDistance(await colourAt(page, inside), lightTheme.oicLand))
		.toBeLessThanOrEqual(6);
	// The dashed observer outline is drawn for Russia, and for no member.
	const outlined = await page.evaluate(() => {
		const host = document.querySelector('[data-map-host]') as HTMLElement & {
			maplibreMap: {
				queryRenderedFeatures(o: { layers: string[] }): {
					properties: { iso3: string };
					state: { oic?: number };
				}[];
			};
		};
		return host.maplibreMap
			.queryRenderedFeatures({ layers: ['observer-outline'] })
			.filter((f) => f.state.oic === 2)
			.map((f) => f.properties.iso3);
	});
	expect(outlined).toContain('RUS');
	expect(outlined).not.toContain('KAZ');
	// The legend tells the two apart.
	await expect(page.locator('[data-legend="oic"]')).toContainText('observer (dashed)');
});

test('two panels of 2024: Israel hosts UNTSO’s headquarters; Syria is out of the OIC while suspended', async ({
	page
}) => {
	await test.step('a host panel agrees with the operations table: Israel hosts UNTSO’s headquarters', async () => {
		await openMap(page, '/?year=2024&country=ISR');
		const panel = page.locator('[data-panel="ISR"]');
		await expect(panel.locator('ul.hosted')).toContainText('UNTSO');
		await expect(panel.locator('.role.host')).toHaveText('Host');
	});
	await test.step('Syria is out of the OIC while suspended (2012–2025) and back in July 2025', async () => {
		// The same year's map: a link within the page, not a second load.
		await follow(page, '/?year=2024&country=SYR');
		await expect(page).toHaveURL(/[?&]country=SYR\b/);
		const panel = page.locator('[data-panel="SYR"]');
		await expect(panel.locator('[data-oic-then]')).toHaveText('Suspended from the OIC in 2024.');
		await expect(panel).toContainText('suspended from August 2012 to March 2025');
		await expect(panel.locator('a.source-link')).toHaveCount(2);
		expect(await featureState(page, 'countries', 'SYR')).toMatchObject({ oic: 0 });
		await page.getByRole('slider', { name: 'Year' }).fill('2025');
		await expect(panel.locator('[data-oic-then]')).toHaveCount(0);
		await expect.poll(() => featureState(page, 'countries', 'SYR')).toMatchObject({ oic: 1 });
	});
});

test('years before the figures: 1960’s operations in later OIC states, UNFICYP from 1964, UNEF II in 1975', async ({
	page
}) => {
	await test.step('1960: no OIC yet; the operations in states that joined later are listed and drawn, UNFICYP not yet', async () => {
		await openMap(page, '/?year=1960');
		const overview = page.locator('.year-overview');
		await expect(overview.locator('[data-summary]')).toContainText(
			'1960: the OIC was founded in 1969; 3 peacekeeping operations active in states that joined it later.'
		);
		const later = overview.locator('[data-hosted="later"]');
		for (const id of ['UNEF I', 'UNMOGIP', 'UNTSO']) await expect(later).toContainText(id);
		// UNFICYP began in March 1964: not drawn in 1960, drawn in 1964.
		expect(await featureState(page, 'missions', 'UNFICYP')).toMatchObject({ phase: 'future' });
		expect(await featureState(page, 'missions', 'UNEF I')).toMatchObject({ phase: 'active' });
		await page.getByRole('slider', { name: 'Year' }).fill('1964');
		await expect
			.poll(() => featureState(page, 'missions', 'UNFICYP'))
			.toMatchObject({ phase: 'active' });
		await expect(page).toHaveURL(/[?&]year=1964\b/);
	});
	await test.step('before 1990 the legend says the sources have no figures, and a mission panel names no contributors it does not know', async () => {
		// 1964's legend says the same as 1975's: wait for 1975 before reading it.
		await follow(page, '/?year=1975&mission=unef-ii');
		await expect(page).toHaveURL(/[?&]mission=unef-ii\b/);
		await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1975');
		await expect(page.locator('[data-legend-no-figures]')).toContainText(
			'No personnel figures in the sources before 1990'
		);
		await expect(page.locator('[data-legend="personnel"] li').first()).toContainText('no figures');
		const panel = page.locator('[data-mission="UNEF II"]');
		await expect(panel.locator('[data-contributors-none]')).toHaveText(
			'The sources name no contributors for this year.'
		);
		await page.getByRole('slider', { name: 'Year' }).fill('2024');
		await expect(page.locator('[data-legend-no-figures]')).toHaveCount(0);
		await expect(page.locator('[data-legend="personnel"] li').first()).toContainText(
			'none reported'
		);
	});
});

test('a political mission says its dates are not in the sources, and a mission of the UN list gives the list’s', async ({
	page
}) => {
	await openMap(page, '/?year=2018&mission=uniogbis');
	const panel = page.locator('[data-mission="UNIOGBIS"]');
	await expect(panel).toContainText('dates not in the sources; personnel reported 2017–2019');
	await expect(panel).not.toContainText('2015–');
	// Another year's mission, as a link within the page would open it: no second load.
	await follow(page, '/?year=1995&mission=untac');
	await expect(page).toHaveURL(/[?&]mission=untac\b/);
	await expect(page.locator('[data-mission="UNTAC"]')).toContainText('1992–1993');
});

test('which OIC states served in UNPROFOR, and about how many: the panel answers, each with its source', async ({
	page
}) => {
	await openMap(page, '/?year=1995&mission=unprofor');
	const panel = page.locator('[data-mission="UNPROFOR"]');
	const contributors = panel.locator('[data-contributors]');
	// Geo-PKO's presence in 1995, the year's OIC members first, with approximate unit sizes.
	const oic = contributors.locator('[data-contributors-oic]');
	for (const name of ['Egypt', 'Indonesia', 'Jordan', 'Malaysia', 'Pakistan', 'Türkiye'])
		await expect(oic).toContainText(name);
	await expect(oic).not.toContainText('Russia');
	await expect(contributors).toContainText('approximate, from UN deployment maps');
	await expect(contributors.locator('details summary')).toContainText('other contributors');
	// Other sources' figures, in their own words, linked and marked as not the UN's.
	const others = contributors.locator('[data-other-sources]');
	await expect(others.locator('li[data-iso3="PAK"]')).toContainText('a 3000 strong contingent');
	await expect(others.locator('li[data-iso3="PAK"] a')).toHaveAttribute(
		'href',
		/pakistanarmy\.gov\.pk/
	);
	await expect(others.locator('li[data-iso3="TUR"]')).toContainText('1,500 Turkish troops');
	await expect(others).toContainText('not the UN’s monthly report');
	// Its dates are the UN list's; the personnel after March 1995 are explained.
	await expect(panel).toContainText('1992–1995');
	await expect(panel).toContainText('until December 1995, after its end (March 1995)');
});

test('a year is not its December: 1995 says so for all contributors and for Malaysia; Türkiye’s gap in 1994 is named', async ({
	page
}) => {
	// One load: the panels of the other years and states are opened within the page.
	await openMap(page, '/?year=1995');
	await expect(page.locator('.year-overview [data-year-note]')).toHaveText(
		'December 1995 is not typical of 1995: all contributors together had 31,101 that month, against a mean of 60,032 over the year’s 12 monthly reports (31,101–68,890).'
	);
	await follow(page, '/?year=1995&country=MYS');
	await expect(page).toHaveURL(/[?&]country=MYS\b/);
	const panel = page.locator('[data-panel="MYS"]');
	await expect(panel.locator('[data-year-note]')).toContainText(
		'December 1995 is not typical of Malaysia’s 1995: 81 that month, against a mean of 1,491'
	);
	await follow(page, '/?year=1994&country=TUR');
	await expect(page).toHaveURL(/[?&]country=TUR\b/);
	await expect(page.locator('[data-panel="TUR"] [data-year-note]')).toContainText(
		'The source has no figures for Türkiye’s troops from July 1994 to March 1995, between 1,497 before and 1,477 after'
	);
	// A typical year says nothing: once the panel shows 2024, not the page before.
	await follow(page, '/?year=2024&country=MYS');
	await expect(page).toHaveURL(/[?&]year=2024&country=MYS\b/);
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2024');
	await expect(page.locator('[data-panel="MYS"] h2')).toBeVisible();
	await expect(page.locator('[data-panel="MYS"] [data-year-note]')).toHaveCount(0);
});

test('a month of a year with monthly reports: from the link and from the control, on the map, in the panel and the chart', async ({
	page
}) => {
	// August 1995: Malaysia still had its battalion in Bosnia (1,658), not December's 81.
	await openMap(page, '/?year=1995&month=8&country=MYS');
	const panel = page.locator('[data-panel="MYS"]');
	await expect(panel.locator('h3').filter({ hasText: 'Uniformed personnel' }).first()).toHaveText(
		'Uniformed personnel, August 1995'
	);
	await expect(panel).toContainText('1,658 total');
	await expect(panel).toContainText('August 1995');
	await expect(panel.locator('[data-monthly-line]')).toHaveCount(1);
	const scale = personnelScale();
	await expect
		.poll(() => featureState(page, 'countries', 'MYS'))
		.toMatchObject({ personnelClass: personnelClass(scale, 1658) });
	const month = page.getByRole('combobox', { name: 'Month' });
	await expect(month).toHaveValue('8');
	// The data table follows: Malaysia's row and the caption's month.
	const table = page.locator('#data-table');
	await expect(table).toContainText('August 1995');
	await expect(table.locator('tr', { hasText: 'Malaysia' }).first()).toContainText('1,658');

	// Back to the year's own month from the control: the link drops the month.
	await month.selectOption('12');
	await expect(page).not.toHaveURL(/month=/);
	await expect(panel).toContainText('81 total');
	await expect
		.poll(() => featureState(page, 'countries', 'MYS'))
		.toMatchObject({ personnelClass: personnelClass(scale, 81) });
	// And to another month by the control: the link keeps it.
	await month.selectOption('3');
	await expect(page).toHaveURL(/month=3/);
	await expect(panel).toContainText('Uniformed personnel, March 1995');

	// A year without monthly reports offers no month, and a link asking for one says so.
	await page.goto('/?year=2020&month=8');
	await mapReady(page);
	await expect(page.getByRole('combobox', { name: 'Month' })).toHaveCount(0);
	await expect(page.getByText('the sources have no monthly reports for that year')).toBeVisible();
});
