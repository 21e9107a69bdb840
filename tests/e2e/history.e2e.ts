/**
 * The history a lecturer tells, as a reader meets it: the OIC as it was in each year, members
 * and observers told apart on the map, missions drawn only once they began.
 */
import { expect, test } from '@playwright/test';
import { lightTheme } from '../../src/lib/map/theme';
import { colourAt, featureState, hexDistance, openMap, project } from './helpers';

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
	await expect(page.locator('[data-legend="oic"]')).toContainText('OIC observer (dashed outline)');
});

test('Syria is out of the OIC while suspended (2012–2025) and back in July 2025', async ({
	page
}) => {
	await openMap(page, '/?year=2024&country=SYR');
	const panel = page.locator('[data-panel="SYR"]');
	await expect(panel.locator('[data-oic-then]')).toHaveText('Suspended from the OIC in 2024.');
	await expect(panel).toContainText('suspended from August 2012 to March 2025');
	await expect(panel.locator('a.source-link')).toHaveCount(2);
	expect(await featureState(page, 'countries', 'SYR')).toMatchObject({ oic: 0 });
	await page.getByRole('slider', { name: 'Year' }).fill('2025');
	await expect(panel.locator('[data-oic-then]')).toHaveCount(0);
	await expect.poll(() => featureState(page, 'countries', 'SYR')).toMatchObject({ oic: 1 });
});

test('1960: no OIC yet; the operations in states that joined later are listed and drawn, UNFICYP not yet', async ({
	page
}) => {
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
});

test('a political mission says its dates are not in the sources, and a mission of the UN list gives the list’s', async ({
	page
}) => {
	await openMap(page, '/?year=2018&mission=uniogbis');
	const panel = page.locator('[data-mission="UNIOGBIS"]');
	await expect(panel).toContainText('dates not in the sources; personnel reported 2017–2019');
	await expect(panel).not.toContainText('2015–');
	await page.goto('/?year=1995&mission=untac');
	await expect(page.locator('[data-mission="UNTAC"]')).toContainText('1992–1993');
});
