import { expect, test, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { HOST_COLOURS } from '../../src/lib/scales/hosts';
import { contrastRatio } from '../../src/lib/scales/contrast.testing';
import {
	personnelBins,
	personnelClass,
	personnelExpression,
	personnelScale
} from '../../src/lib/scales/personnel';
import { lightTheme } from '../../src/lib/map/theme';
import {
	colourAt,
	countColour,
	expectColour,
	featureState,
	hexDistance,
	openMap,
	project,
	regionOf,
	mapReady
} from './helpers';
import { total } from './geodata';

/** A country's total in a year, as the panel writes it. */
const figure = (iso3: string, year: number) => total(iso3, year).toLocaleString('en');

const MALI: [number, number, number, number] = [-12.5, 10, 4.5, 25.2];
const BOSNIA: [number, number, number, number] = [15.6, 42.5, 19.7, 45.3];

async function mapValue<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
	return page.evaluate(
		([name, rest]) => {
			const host = document.querySelector('[data-map-host]') as HTMLElement & {
				maplibreMap: Record<string, (...a: unknown[]) => unknown>;
			};
			return host.maplibreMap[name as string](...(rest as unknown[])) as T;
		},
		[fn, args] as const
	);
}

/** The decades named under the year slider, as drawn: text and horizontal extent. */
async function decadeLabels(page: Page): Promise<{ text: string; left: number; right: number }[]> {
	return page.locator('[data-year-scale] .label').evaluateAll((labels) =>
		labels
			.filter((l) => getComputedStyle(l).visibility === 'visible')
			.map((l) => {
				const box = l.getBoundingClientRect();
				return { text: l.textContent ?? '', left: box.left, right: box.right };
			})
			.sort((a, b) => a.left - b.left)
	);
}

/** Asserts the decade names are on screen, inside the slider's width, and never touch. */
async function expectDecadesReadable(page: Page, atLeast: number): Promise<void> {
	const labels = await decadeLabels(page);
	expect(labels.length).toBeGreaterThanOrEqual(atLeast);
	const slider = (await page.getByRole('slider', { name: 'Year' }).boundingBox())!;
	for (const [i, l] of labels.entries()) {
		expect(l.left).toBeGreaterThanOrEqual(slider.x - 1);
		expect(l.right).toBeLessThanOrEqual(slider.x + slider.width + 1);
		if (i)
			expect(l.left, `${labels[i - 1].text} touches ${l.text}`).toBeGreaterThan(
				labels[i - 1].right + 2
			);
	}
}

/** The centre of the slider's thumb as painted: the mean column of its colour above the track. */
async function thumbCentre(page: Page, slider: Locator): Promise<number> {
	const box = (await slider.boundingBox())!;
	const clip = {
		x: Math.round(box.x),
		y: Math.round(box.y + box.height / 2 - 9),
		width: Math.round(box.width),
		height: 4
	};
	const png = PNG.sync.read(await page.screenshot({ clip }));
	// The thumb is filled with the interface's accent colour, whichever the scheme.
	const accent = await slider.evaluate((el) => {
		const probe = document.createElement('span');
		probe.style.color = 'var(--accent)';
		el.parentElement!.append(probe);
		const colour = getComputedStyle(probe).color;
		probe.remove();
		return colour;
	});
	const [r, g, b] = accent.match(/\d+/g)!.map(Number);
	let sum = 0;
	let n = 0;
	for (let i = 0; i < png.data.length; i += 4) {
		if (
			Math.max(
				Math.abs(png.data[i] - r),
				Math.abs(png.data[i + 1] - g),
				Math.abs(png.data[i + 2] - b)
			) > 40
		)
			continue;
		sum += (i / 4) % png.width;
		n++;
	}
	expect(n, 'the thumb is painted').toBeGreaterThan(4);
	return clip.x + sum / n + 0.5;
}

/** Whether the element a user would touch at the centre of a locator is that element (not covered). */
async function uncovered(locator: Locator): Promise<boolean> {
	return locator.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return box.bottom <= innerHeight && (top === el || el.contains(top));
	});
}

test('a contributor is painted in the colour the scale gives its personnel (Bangladesh, 2024: 5,687)', async ({
	page
}) => {
	await openMap(page, '/?year=2024&layers=contributors&view=90.3,23.8,5');
	// The map holds the class of the figure; the colour is the scale's for 5,687.
	expect(await featureState(page, 'countries', 'BGD')).toMatchObject({
		personnelClass: personnelClass(personnelScale(), 5687)
	});
	// North of the label, inside even the coarse 1:110m outline.
	const at = await project(page, [90.4, 24.7]);
	expectColour(await colourAt(page, at), personnelScale()(5687), 'Bangladesh');
});

test('moving the year changes the hosts: Bosnia and Herzegovina in 1990 and 1995, Mali in 2012 and 2015', async ({
	page
}) => {
	await openMap(page, '/?year=1990&layers=hosts');
	// Bosnia and Herzegovina: nothing in 1990, UNPROFOR in 1995.
	const bosnia = await regionOf(page, BOSNIA);
	expect(await featureState(page, 'countries', 'BIH')).toMatchObject({
		hosting: 0,
		hostedBefore: false
	});
	const bosniaBefore = await countColour(page, bosnia, HOST_COLOURS.light[1], 30);
	await page.getByRole('button', { name: 'Next year' }).click();
	const slider = page.getByRole('slider', { name: 'Year' });
	await slider.fill('1995');
	await expect(page).toHaveURL(/year=1995/);
	// 1995: UNPROFOR and UNMIBH both active, two operations.
	expect(await featureState(page, 'countries', 'BIH')).toMatchObject({ hosting: 2 });
	await expect
		.poll(() => countColour(page, bosnia, HOST_COLOURS.light[1], 30))
		.toBeGreaterThan(bosniaBefore + 20);

	// Mali: no operation in 2012, MINUSMA in 2015.
	await slider.fill('2012');
	await expect(page).toHaveURL(/year=2012/);
	const mali = await regionOf(page, MALI);
	await expect.poll(() => featureState(page, 'countries', 'MLI')).toMatchObject({ hosting: 0 });
	const maliBefore = await countColour(page, mali, HOST_COLOURS.light[0]);
	// The keyboard steps the slider.
	await slider.focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/year=2015/);
	await expect(page.locator('output.year')).toHaveText('2015');
	expect(await featureState(page, 'countries', 'MLI')).toMatchObject({ hosting: 1 });
	await expect
		.poll(() => countColour(page, mali, HOST_COLOURS.light[0]))
		.toBeGreaterThan(maliBefore + 100);
});

test('2024: a tooltip, layer toggles in the pixels and the URL; a reload keeps the view, back and forward walk the selections', async ({
	page
}) => {
	// Two former tests of one load of /?year=2024; the second's selections come after the first's
	// layer toggles (their history entries lie before the ones it walks).
	test.setTimeout(120_000);
	await openMap(page, '/?year=2024');
	await test.step('hovering shows a tooltip with the key figure; a layer toggle changes the pixels and the URL', async () => {
		const pakistan = await project(page, [69.5, 29.5]);
		await page.mouse.move(pakistan.x, pakistan.y);
		const tooltip = page.locator('.tooltip');
		await expect(tooltip).toContainText('Pakistan');
		await expect(tooltip).toContainText('2,607 uniformed personnel in 2024');
		await page.mouse.move(2, 2);
		await expect(tooltip).toBeHidden();

		const map = page.locator('[data-map-host]');
		const missions = page.getByRole('checkbox', { name: 'Missions' });
		await expect(missions).toBeChecked();
		const withMissions = await map.screenshot();
		await missions.uncheck();
		await expect(page).toHaveURL(/layers=hosts%2Ccontributors%2Coperations%2Clinks/);
		expect(await mapValue(page, 'getLayoutProperty', 'mission-circles', 'visibility')).toBe('none');
		await expect.poll(async () => (await map.screenshot()).equals(withMissions)).toBe(false);

		// Contributors off: Kazakhstan (164 in 2024) loses its personnel colour for the OIC tint.
		const kazakhstan = await project(page, [56, 47.5]);
		expectColour(await colourAt(page, kazakhstan), personnelScale()(164), 'Kazakhstan');
		await page.getByRole('checkbox', { name: 'Contributors' }).uncheck();
		await expect
			.poll(async () => hexDistance(await colourAt(page, kazakhstan), lightTheme.oicLand))
			.toBeLessThan(6);
	});

	await test.step('a reload keeps the view, back and forward walk the selections', async () => {
		await page.locator('.panel').getByRole('button', { name: 'Bangladesh' }).click();
		await expect(page).toHaveURL(/country=BGD/);
		await page
			.getByRole('list', { name: 'Largest deployments, 2024' })
			.getByRole('button', { name: 'MONUSCO' })
			.click();
		await expect(page).toHaveURL(/mission=monusco/);
		await expect(page.getByRole('heading', { name: 'MONUSCO', level: 2 })).toBeVisible();
		await page.goBack();
		await expect(page.getByRole('heading', { name: 'Bangladesh', level: 2 })).toBeVisible();
		await page.goForward();
		await expect(page.getByRole('heading', { name: 'MONUSCO', level: 2 })).toBeVisible();
		await page.reload();
		await mapReady(page);
		await expect(page.getByRole('heading', { name: 'MONUSCO', level: 2 })).toBeVisible();
		await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2024');
		// The view it keeps includes the layers turned off above.
		await expect(page.getByRole('checkbox', { name: 'Missions' })).not.toBeChecked();
	});
});

test('the legend shows the very bins the map paints with; search finds a country by another name', async ({
	page
}) => {
	await openMap(page, '/');
	const scale = personnelScale();
	const bins = await page
		.locator('[data-legend="personnel"] li[data-colour]')
		.evaluateAll((items) =>
			items.map((li) => ({
				colour: li.getAttribute('data-colour'),
				from: Number(li.getAttribute('data-from')),
				to: li.getAttribute('data-to') ? Number(li.getAttribute('data-to')) : null
			}))
		);
	expect(bins).toEqual(personnelBins(scale));
	// The year's OIC states by the scale; every other state plain land.
	expect(await mapValue(page, 'getPaintProperty', 'country-fill', 'fill-color')).toEqual([
		'case',
		['>', ['to-number', ['feature-state', 'oic'], 0], 0],
		personnelExpression(scale, 'personnelClass', lightTheme.oicLand),
		lightTheme.land
	]);

	const search = page.getByRole('combobox', { name: 'Find a country or mission' });
	await search.fill('Turkey');
	await expect(page.getByRole('option', { name: /Türkiye/ })).toBeVisible();
	await search.press('Enter');
	await expect(page).toHaveURL(/country=TUR/);
	await expect(page.getByRole('heading', { name: 'Türkiye', level: 2 })).toBeFocused();

	await search.fill('unosom ii');
	// As a reader does: the result is on screen before the keys choose it.
	await expect(page.getByRole('option', { name: /UNOSOM II/ })).toBeVisible();
	await search.press('ArrowDown');
	await search.press('Enter');
	await expect(page).toHaveURL(/mission=unosom-ii/);
	await expect(page.getByRole('heading', { name: 'UNOSOM II', level: 2 })).toBeVisible();
});

test('each URL parameter restores its state', async ({ page }) => {
	await openMap(page, '/?year=1995&country=BIH&layers=hosts,links&view=17.5,44,5');
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('1995');
	await expect(
		page.getByRole('heading', { name: 'Bosnia and Herzegovina', level: 2 })
	).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Hosts' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Contributors' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Missions' })).not.toBeChecked();
	const center = await mapValue<{ lng: number; lat: number }>(page, 'getCenter');
	expect([center.lng, center.lat]).toEqual([17.5, 44]);
	expect(await mapValue(page, 'getZoom')).toBe(5);

	await openMap(page, '/?mission=UNOSOM-ii&year=1994');
	await expect(page.getByRole('heading', { name: 'UNOSOM II', level: 2 })).toBeVisible();
	await expect(
		page.locator('.panel').getByText('United Nations Operation in Somalia II')
	).toBeVisible();
	expect(await featureState(page, 'missions', 'UNOSOM II')).toMatchObject({
		selected: true,
		phase: 'active'
	});
});

test('Bangladesh in 2024: the panel’s figures of the selected year; stepping fast settles on the last', async ({
	page
}) => {
	// Two former tests of one load of /?year=2024&country=BGD: the reads at 2024 first, the Back
	// that leaves the page last.
	test.setTimeout(120_000);
	await openMap(page, '/?year=2024&country=BGD');
	const panel = page.locator('[data-country="BGD"]');
	await test.step('the country panel shows the figures of the selected year', async () => {
		await expect(panel.locator('[data-figure="total"]')).toHaveText('5,687');
		await expect(panel).toContainText('Women 444');
		await expect(panel).toContainText('December 2024');
		await expect(
			panel
				.getByRole('list', { name: 'Largest deployments, 2024' })
				.getByRole('listitem')
				.filter({ hasText: 'MONUSCO' })
		).toContainText('1,955');
	});

	await test.step('stepping fast: the map shows each year, the URL and panel settle on the last one', async () => {
		const slider = page.getByRole('slider', { name: 'Year' });
		await slider.focus();
		// Each step is on the map in the frame after the key, before the URL has caught up.
		await page.evaluate(() => {
			const host = document.querySelector('[data-map-host]') as HTMLElement & {
				maplibreMap: { once(e: string, f: () => void): void };
			};
			(window as unknown as { seen: string[] }).seen = [];
			document.addEventListener('keydown', () =>
				host.maplibreMap.once('idle', () =>
					(window as unknown as { seen: string[] }).seen.push(
						`${document.querySelector('[data-year]')?.getAttribute('data-year')} ${location.search}`
					)
				)
			);
		});
		const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(seen).toHaveLength(1);
		expect((await seen())[0]).toMatch(/^2023 .*year=2024/);
		// Keys faster than frames: every frame shows the latest year, the URL ends on the last.
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(/year=2018/);
		// The URL can be written before the map's last frame has gone idle: wait for that frame.
		await expect.poll(async () => (await seen()).length).toBeGreaterThan(1);
		await expect.poll(async () => (await seen()).at(-1)?.split(' ')[0]).toBe('2018');
		const years = (await seen()).map((s) => Number(s.split(' ')[0]));
		expect(years.at(-1)).toBe(2018);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		// The panel and the table follow the URL.
		await expect(page.locator('[data-country="BGD"]')).toContainText('2018');
		await expect(page.locator('#data-table')).toContainText('2018');
	});

	await test.step('the country panel shows the figures of the selected year (continued)', async () => {
		await page.getByRole('slider', { name: 'Year' }).fill('1994');
		await expect(panel.locator('[data-figure="total"]')).toHaveText('4,271');
		await expect(panel).toContainText('Served in, 1994');
	});

	await test.step('stepping fast: the map shows each year, the URL and panel settle on the last one (continued)', async () => {
		// Back leaves the atlas's history as it was: a year step replaces, never adds, an entry
		// (the fill above too: an entry added by the steps or by it would show here).
		await page.goBack();
		await expect(page).not.toHaveURL(/year=20(18|19|2[0-3])/);
	});
});

test('countries compared on one scale: from the link, added and removed by keyboard, as a table', async ({
	page
}) => {
	await openMap(page, '/?country=PAK&year=2024&compare=IDN,XYZ');
	await expect(page.getByRole('status').filter({ hasText: 'The link' })).toContainText(
		'compare “XYZ”, which the atlas does not know'
	);
	const panel = page.locator('[data-country="PAK"]');
	const compare = panel.locator('[data-compare]');
	const lines = compare.locator('[data-series]');
	// Told apart without colour: a dash and a marker each, named in the key and at the line's end.
	await expect(compare.getByRole('listitem')).toHaveText([/Pakistan/, /Indonesia/]);
	await expect(lines).toHaveCount(2);
	expect(
		await lines.evaluateAll((gs) =>
			gs.map((g) => [
				g.querySelector('.line')?.getAttribute('stroke-dasharray'),
				g.querySelector('.code')?.textContent
			])
		)
	).toEqual([
		['none', 'PAK'],
		['6 3', 'IDN']
	]);
	// Pakistan's 1990 is missing, not zero: no marker, a dash in the table.
	await expect(lines.first().locator('.point')).toHaveCount(35);
	await expect(compare.getByRole('img')).toHaveAttribute(
		'aria-label',
		/2024: Pakistan 2,607; Indonesia 2,755\./
	);
	await compare.getByText('The figures as a table').click();
	const cells = (year: number) =>
		compare.getByRole('row', { name: new RegExp(`^${year}`) }).getByRole('cell');
	await expect(cells(1990)).toHaveText(['—', '5']);
	await expect(cells(2024)).toHaveText(['2,607', '2,755']);

	const finder = compare.getByRole('combobox', { name: 'Add a country to compare' });
	await finder.fill('Bangla');
	await finder.press('Enter');
	await expect(page).toHaveURL(/compare=IDN%2CBGD$/);
	await expect(finder).toBeFocused();
	await expect(lines).toHaveCount(3);
	await expect(cells(2024)).toHaveText(['2,607', '2,755', '5,687']);
	await compare.getByRole('button', { name: 'Remove Indonesia from the comparison' }).click();
	await expect(page).toHaveURL(/compare=BGD$/);
	await expect(finder).toBeFocused();
	await expect(cells(2024)).toHaveText(['2,607', '5,687']);

	// A contributor's panel quotes the articles on troops sent around the world.
	await expect(
		panel.locator('blockquote').filter({ hasText: 'Global Peacekeeping:' })
	).toContainText(
		'Islamic nations have also contributed troops to peacekeeping missions around the world'
	);
});

test('the OIC as it was: Russia is no OIC contributor in 1995, Bosnia and Herzegovina an observer from 1994', async ({
	page
}) => {
	await openMap(page, '/?year=1995');
	const overview = page.locator('.year-overview');
	// The members and observers of 1995: 18 of them sent 18% (today's states would give 23%).
	await expect(overview.locator('[data-summary]')).toContainText(
		'5,462 uniformed personnel from 18 of the OIC’s members and observers of 1995, 18% of all 31,101'
	);
	const top = overview.locator('ol.ranked li');
	await expect(top.first()).toHaveText(/^Bangladesh\s*2,029$/);
	await expect(overview.locator('ol.ranked')).not.toContainText('Russia');
	// Russia (1,731 in December 1995) is named as not counted, with its joining year.
	await expect(overview.locator('[data-not-counted]')).toContainText('Russia (OIC since 2005)');
	// On the map, Russia is drawn as a non-OIC state in 1995 and as an observer in 2005.
	expect(await featureState(page, 'countries', 'RUS')).toMatchObject({ oic: 0 });
	// 1993: UNPROFOR's host was not yet in the OIC; the overview lists it apart.
	await page.getByRole('slider', { name: 'Year' }).fill('1993');
	await expect(
		overview.locator('[data-hosted="later"] li').filter({ hasText: 'UNPROFOR' })
	).toContainText('Bosnia and Herzegovina (OIC since 1994)');
	await expect(overview.locator('[data-hosted="then"]')).not.toContainText('UNPROFOR');
	await page.getByRole('slider', { name: 'Year' }).fill('1994');
	await expect(
		overview.locator('[data-hosted="then"] li').filter({ hasText: 'UNPROFOR' })
	).toHaveText(/UNPROFOR\s*Bosnia and Herzegovina$/);
	expect(await featureState(page, 'countries', 'BIH')).toMatchObject({ oic: 2 });
	await page.getByRole('slider', { name: 'Year' }).fill('2024');
	await expect(overview).not.toContainText('OIC since');
});

test('the slider names its decades under its thumb, either way round; the chart says each bar’s value', async ({
	page
}) => {
	await openMap(page, '/?year=1994&country=PAK');

	// A hovered bar shows its value, over that bar; leaving the chart hides it.
	const chart = page.locator('.personnel-chart');
	const readout = chart.locator('[data-chart-readout]');
	await expect(readout).toHaveCount(0);
	const bar = chart.locator('[data-bar="2000"]');
	await expect(bar).toBeAttached();
	await bar.scrollIntoViewIfNeeded();
	await bar.hover();
	await expect(readout).toHaveText(`2000: ${figure('PAK', 2000)}`);
	const text = (await readout.boundingBox())!;
	const column = (await bar.boundingBox())!;
	expect(text.x).toBeLessThan(column.x + column.width / 2);
	expect(text.x + text.width).toBeGreaterThan(column.x + column.width / 2);
	await page.mouse.move(1, 1);
	await expect(readout).toHaveCount(0);

	// From the keyboard: the chart is one Tab stop, on the year shown; the arrows read the others
	// and Enter shows that year.
	await page.locator('#panel-title').focus();
	const onBar = () => page.evaluate(() => document.activeElement?.hasAttribute('data-bar'));
	for (let i = 0; i < 40 && !(await onBar()); i++) await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	await expect(focused).toHaveAccessibleName(`1994: ${figure('PAK', 1994)} uniformed personnel`);
	await expect(readout).toHaveText(`1994: ${figure('PAK', 1994)}`);
	await page.keyboard.press('ArrowLeft');
	await expect(focused).toHaveAccessibleName(`1993: ${figure('PAK', 1993)} uniformed personnel`);
	await expect(readout).toHaveText(`1993: ${figure('PAK', 1993)}`);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/year=1993/);
	await expect(page.locator('[data-country="PAK"] [data-figure="total"]')).toHaveText(
		figure('PAK', 1993)
	);
	await page.keyboard.press('Tab');
	expect(await onBar()).toBe(false);

	// The slider's decades: all named, apart, each where the thumb stands for it.
	const slider = page.getByRole('slider', { name: 'Year' });
	await expectDecadesReadable(page, 8);
	const centre = async (decade: number) => {
		const box = (await page.locator(`[data-decade="${decade}"] .label`).boundingBox())!;
		return box.x + box.width / 2;
	};
	for (const decade of [1950, 1990, 2020]) {
		await slider.fill(String(decade));
		await expect(page.locator('output.year')).toHaveText(String(decade));
		expect(Math.abs((await thumbCentre(page, slider)) - (await centre(decade)))).toBeLessThan(2);
	}
	// Readable in both schemes.
	for (const colorScheme of ['dark', 'light'] as const) {
		await page.emulateMedia({ colorScheme });
		const [fg, bg] = await page
			.locator('[data-decade="1960"] .label')
			.evaluate((el) => [
				getComputedStyle(el).color,
				getComputedStyle(el.closest('.controls')!).backgroundColor
			]);
		expect(contrastRatio(fg, bg), `${colorScheme}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
	}
	// Right to left (Arabic): the years run from the right, the names still under the thumb.
	await page.evaluate(() => (document.documentElement.dir = 'rtl'));
	expect(await centre(1950)).toBeGreaterThan(await centre(2020));
	await expectDecadesReadable(page, 8);
	expect(Math.abs((await thumbCentre(page, slider)) - (await centre(2020)))).toBeLessThan(2);
});

test('a small laptop (1024×640) keeps a map worth the name; the legend opens over it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 640 });
	await openMap(page, '/?year=1994&country=PAK');
	const map = (await page.locator('[data-map-host]').boundingBox())!;
	expect(map.height).toBeGreaterThanOrEqual(300);
	const slider = page.getByRole('slider', { name: 'Year' });
	expect(await uncovered(slider)).toBe(true);
	await expectDecadesReadable(page, 8);
	const legend = page.getByRole('region', { name: 'Legend' });
	await expect(legend).toBeHidden();
	await page.locator('.legend-card summary').click();
	await expect(legend).toBeVisible();
	// The popup (it scrolls when the legend is taller) lies over the map, not over the controls,
	// and no key is cut off at its side.
	const popup = page.locator('.legend-body');
	const box = (await popup.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(map.y);
	expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 1);
	expect(await popup.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
	expect(await uncovered(slider)).toBe(true);
	expect((await page.locator('[data-map-host]').boundingBox())!.height).toBe(map.height);
});

test('garbage in the URL leaves a working map and says what was ignored', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await openMap(
		page,
		'/?year=banana&country=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&mission=nope&layers=hosts,lava&view=1,2'
	);
	const notices = page.getByRole('status').filter({ hasText: 'The link' });
	await expect(notices).toContainText('year “banana” could not be read');
	await expect(notices).toContainText('country “<img src=x onerror=alert(1)>”');
	await expect(notices).toContainText('mission “nope”');
	await expect(notices).toContainText('layers “lava”');
	await expect(notices).toContainText('view “1,2” could not be read');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2025');
	expect(await featureState(page, 'countries', 'PAK')).toHaveProperty('personnelClass', 5); // 2,674 in July 2025: 2,500–4,999
	await notices.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notices).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a selected host keeps its host outline, inside the selection’s dark casing', async ({
	page
}) => {
	// Mali in 2015 hosts one operation (MINUSMA): the lightest host orange.
	await openMap(page, '/?year=2015&country=MLI&layers=hosts&view=-2,17,4.6');
	await expect(page.getByRole('heading', { name: 'Mali', level: 2 })).toBeVisible();
	const box = await regionOf(page, MALI);
	expect(await countColour(page, box, HOST_COLOURS.light[0], 30)).toBeGreaterThan(150);
	expect(await countColour(page, box, lightTheme.selectedOutline, 30)).toBeGreaterThan(150);
});

test('an active mission is drawn and picked above a closed one at the same place (MINUSCA, MINURCA)', async ({
	page
}) => {
	await openMap(page, '/?year=2024&layers=missions&view=18.56,4.39,7');
	// MINURCA's headquarters (closed in 2000) sit inside MINUSCA's circle, in Bangui.
	const at = await project(page, [18.5667, 4.3833]);
	const ids = await page.evaluate((p) => {
		const host = document.querySelector('[data-map-host]') as HTMLElement & {
			maplibreMap: {
				queryRenderedFeatures(
					point: [number, number],
					options: { layers: string[] }
				): { properties: { id: string } }[];
			};
		};
		const box = host.getBoundingClientRect();
		return host.maplibreMap
			.queryRenderedFeatures([p.x - box.left, p.y - box.top], {
				layers: ['mission-circles', 'mission-rings']
			})
			.map((f) => f.properties.id);
	}, at);
	expect(ids[0]).toBe('MINUSCA');
	expect(ids).toContain('MINURCA');
	await page.mouse.click(at.x, at.y);
	await expect(page).toHaveURL(/mission=minusca/);
	await expect(page.getByRole('heading', { name: 'MINUSCA', level: 2 })).toBeVisible();
});

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
])
	test(`a link that selects a country opens with it in view (${viewport.width} px)`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await openMap(page, '/?country=BIH&year=1995');
		await expect(
			page.getByRole('heading', { name: 'Bosnia and Herzegovina', level: 2 })
		).toBeVisible();
		expect(await mapValue<number>(page, 'getZoom')).toBeGreaterThanOrEqual(4);
		// The whole country shows on the map, and on a phone above the panel's sheet.
		const box = await regionOf(page, BOSNIA);
		const map = (await page.locator('[data-map-host]').boundingBox())!;
		const sheet = viewport.width < 900 ? viewport.height * 0.5 : map.y + map.height;
		expect(box.x).toBeGreaterThanOrEqual(map.x);
		expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
		expect(box.y).toBeGreaterThanOrEqual(map.y);
		expect(box.y + box.height).toBeLessThanOrEqual(Math.min(sheet, map.y + map.height) + 2);
	});

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the year stays in reach under an open sheet; the year’s overview opens as one', async ({
		page
	}) => {
		await openMap(page, '/?year=1994');
		const slider = page.getByRole('slider', { name: 'Year' });
		const mapHost = page.locator('[data-map-host]');
		const mapBefore = (await mapHost.boundingBox())!;
		await expectDecadesReadable(page, 8);

		// The overview, beside the map on wider screens, opens as a sheet from the controls.
		const overview = page.getByRole('heading', { name: '1994 at a glance', level: 2 });
		await expect(overview).toBeHidden();
		const open = page.getByRole('button', { name: '1994 at a glance' });
		await open.tap();
		await expect(overview).toBeVisible();
		await expect(overview).toBeFocused();
		// The year docks under the sheet, in full view; the map does not move.
		const under = async () => {
			expect(await uncovered(slider)).toBe(true);
			const sheet = (await page.locator('[data-sheet]').boundingBox())!;
			expect(sheet.y + sheet.height).toBeLessThanOrEqual((await slider.boundingBox())!.y);
		};
		await under();
		expect(await mapHost.boundingBox()).toEqual(mapBefore);
		await expectDecadesReadable(page, 8);
		await page.getByRole('button', { name: 'Next year' }).tap();
		await expect(page.getByRole('heading', { name: '1995 at a glance', level: 2 })).toBeVisible();
		await expect(page).toHaveURL(/year=1995/);

		// Dragging shows the year large above the thumb, the finger clear of it.
		const track = (await slider.boundingBox())!;
		const bubble = page.locator('[data-year-bubble] span');
		await page.mouse.move(track.x + track.width * 0.5, track.y + track.height / 2);
		await page.mouse.down();
		await page.mouse.move(track.x + track.width * 0.75, track.y + track.height / 2, { steps: 4 });
		await expect(bubble).toBeVisible();
		await expect(bubble).toHaveText((await page.locator('output.year').textContent())!);
		const big = (await bubble.boundingBox())!;
		expect(big.y + big.height).toBeLessThanOrEqual(track.y + track.height / 2);
		expect(big.height).toBeGreaterThanOrEqual(30);
		await page.mouse.up();
		await expect(bubble).toHaveCount(0);

		// A country chosen from the overview: its sheet leaves the year in reach too.
		await slider.fill('1994');
		await page.locator('[data-sheet]').getByRole('button', { name: 'Pakistan' }).tap();
		await expect(page.getByRole('heading', { name: 'Pakistan', level: 2 })).toBeVisible();
		await under();
		await page.getByRole('button', { name: 'Previous year' }).tap();
		await expect(page.locator('[data-country="PAK"] [data-figure="total"]')).toHaveText(
			figure('PAK', 1993)
		);
		await page.getByRole('button', { name: 'Close the panel' }).tap();
		await expect(page.locator('[data-sheet]')).toBeHidden();
		await expect(page.getByRole('button', { name: '1993 at a glance' })).toBeFocused();

		// A small phone: the sheet still leaves a map above it and the year under it.
		await page.setViewportSize({ width: 320, height: 640 });
		await openMap(page, '/?year=1994&country=PAK');
		await expect(page.getByRole('heading', { name: 'Pakistan', level: 2 })).toBeVisible();
		await under();
		await expectDecadesReadable(page, 8);
		const sheet = (await page.locator('[data-sheet]').boundingBox())!;
		const map = (await mapHost.boundingBox())!;
		expect(sheet.y - map.y).toBeGreaterThanOrEqual(150);
	});

	test('tapping a search result selects it (the tap does not fall through to the map)', async ({
		page
	}) => {
		await openMap(page, '/?year=2024');
		const search = page.getByRole('combobox', { name: 'Find a country or mission' });
		await search.tap();
		await search.fill('Mali');
		const option = page.getByRole('option', { name: /^Mali/ }).first();
		await expect(option).toBeVisible();
		await option.tap();
		await expect(page).toHaveURL(/country=MLI/);
		await expect(page.getByRole('heading', { name: 'Mali', level: 2 })).toBeVisible();
		// Still selected once the map has flown there and the tap's events are over.
		await page.waitForTimeout(1200);
		await expect(page).toHaveURL(/country=MLI/);
	});
});

test.describe('on a touch phone, the map', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('leaves no tooltip behind after a tap', async ({ page }) => {
		await openMap(page, '/?year=2015&view=-2,17,4');
		const at = await project(page, [-2, 17]);
		await page.touchscreen.tap(at.x, at.y);
		await expect(page).toHaveURL(/country=MLI/);
		await page.waitForTimeout(500);
		await expect(page.locator('.tooltip')).toHaveCount(0);
	});
});
