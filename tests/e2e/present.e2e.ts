import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { contrastTheme, lightTheme } from '../../src/lib/map/theme';
import {
	PERSONNEL_COLOURS,
	personnelBins,
	personnelClass,
	personnelScale
} from '../../src/lib/scales/personnel';
import { colourAt, expectColour, featureState, project, mapReady } from './helpers';

const tour = JSON.parse(readFileSync('content/tours/oic-and-peacekeeping.json', 'utf8')) as {
	steps: { title: string; year: number }[];
};
const TOUR = '/present?tour=oic-and-peacekeeping';

async function openTour(page: Page, query = '') {
	await page.goto(TOUR + query);
	await mapReady(page);
}

const title = (page: Page) => page.locator('#step-title');

test('the default tour from the keyboard and a clicker, an image of a step, blank screen, help and high contrast', async ({
	page
}) => {
	// Three former tests of one load of the default tour; the tour walk runs first, on that load.
	test.setTimeout(180_000);
	await openTour(page);
	await test.step('the whole default tour from the keyboard and a clicker: URL and caption at every step', async () => {
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
		const lastStep = tour.steps.length - 1;
		await page.keyboard.press('ArrowRight');
		await expect(title(page)).toHaveText(tour.steps[lastStep].title);
		await page.keyboard.press('Home');
		await expect(title(page)).toHaveText(tour.steps[0].title);
		await page.keyboard.press('End');
		await expect(title(page)).toHaveText(tour.steps[lastStep].title);
		await page.keyboard.press('PageUp');
		await expect(title(page)).toHaveText(tour.steps[lastStep - 1].title);
		await page.keyboard.press('4');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/step=4/);
		await expect(title(page)).toHaveText('Bosnia and Herzegovina in the 1990s');
		await expect(page.locator('.caption blockquote')).toContainText(
			'UN peacekeeping mission in Bosnia and Herzegovina'
		);
	});

	// After the walk, not in it: there Space, a clicker's key, would press the focused button.
	await test.step('“save this step as an image” gives a 1920×1080 PNG that is not blank', async () => {
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/step=5/);
		await expect(title(page)).toHaveText(tour.steps[4].title);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save this step as an image' }).click();
		const png = PNG.sync.read(readFileSync(await (await download).path()));
		expect([png.width, png.height]).toEqual([1920, 1080]);
		const colours = new Set<number>();
		for (let i = 0; i < png.data.length; i += 4 * 997)
			colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
		expect(colours.size).toBeGreaterThan(20);
	});

	await test.step('blank screen, keys help and high contrast', async () => {
		// Back on step 1 as a fresh load opens it, the focus off the button just clicked.
		await page.locator('main.present').focus();
		await page.keyboard.press('Home');
		await expect(page).toHaveURL(/step=1(&|$)/);
		await expect(title(page)).toHaveText(tour.steps[0].title);
		await page.keyboard.press('b');
		await expect(page.getByRole('status').filter({ hasText: 'Screen blanked' })).toBeVisible();
		await page.keyboard.press('b');
		await expect(page.getByText('Screen blanked')).toHaveCount(0);
		await page.keyboard.press('?');
		const help = page.getByRole('dialog', { name: 'Keys' });
		await expect(help).toContainText('blank screen');
		await page.keyboard.press('Escape');
		await expect(help).toHaveCount(0);
		// Asked for on one step, the help is gone on the next.
		await page.keyboard.press('?');
		await expect(help).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/step=2/);
		await expect(help).toHaveCount(0);
		await page.keyboard.press('h');
		await expect(page).toHaveURL(/contrast=high/);
		await expect(page.locator('.present.contrast')).toBeVisible();
	});
});

test('step 7 opened directly: caption, map, key and colours; contrast, legend and reloads', async ({
	page
}) => {
	// Three former tests of one load of step 7: every read of that load first, then each test's
	// changes; the two reloads stay, they are what those tests check.
	test.setTimeout(180_000);
	const legend = page.locator('[data-present-legend]');
	// Step 7 (2024, no theme): Pakistan sent 2,607, Türkiye 163, Saudi Arabia none; India,
	// outside the OIC, 5,383.
	const places = {
		PAK: [69.3, 29.9],
		TUR: [41.2, 39.4],
		SAU: [44.5, 23.5],
		IND: [78.3, 11.2]
	} as const;
	const at = async (place: keyof typeof places) =>
		colourAt(page, await project(page, [...places[place]]));
	const expectMap = async (theme: typeof lightTheme, ramp: string[], what: string) => {
		const colour = (n: number) => ramp[personnelClass(personnelScale(), n) - 1];
		expectColour(await at('IND'), theme.land, `${what}: India, outside the OIC, as plain land`);
		expectColour(await at('PAK'), colour(2607), `${what}: Pakistan, 2,607`);
		expectColour(await at('TUR'), colour(163), `${what}: Türkiye, 163`);
		expectColour(await at('SAU'), theme.oicLand, `${what}: Saudi Arabia, none reported`);
	};
	await openTour(page, '&step=7');

	await test.step('a step opens directly, sets the map, and keeps its place on reload', async () => {
		await expect(title(page)).toHaveText('The largest contributors');
		await expect(page.locator('.caption')).toContainText(
			'Bangladesh sent 5,687 uniformed personnel in December 2024'
		);
		// The caption's figures are one click from their source, with its month.
		const source = page
			.locator('.caption')
			.getByRole('link', { name: /^Source: .*December 2024$/ });
		await expect(source).toHaveAttribute('href', /\/sources#un-dpo$/);
		expect(await featureState(page, 'countries', 'BGD')).toMatchObject({
			selected: true,
			personnelClass: personnelClass(personnelScale(), 5687)
		});
	});

	await test.step('the map’s key beside the step: only the step’s layers; L hides it, and the link keeps that', async () => {
		// Step 7 colours contributors: the personnel key is there, the same classes as the explorer's.
		await expect(legend.locator('[data-legend="personnel"]')).toBeVisible();
		await expect(legend.locator('[data-legend="personnel"] [data-colour]')).toHaveCount(
			personnelBins(personnelScale()).length
		);
		await expect(legend.locator('[data-legend="hosts"]')).toBeHidden();
	});

	await test.step('high contrast sets the classes further apart; states outside the OIC stay plain land', async () => {
		await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
		await expectMap(lightTheme, PERSONNEL_COLOURS.light, 'light');
	});

	await test.step('a step opens directly, sets the map, and keeps its place on reload (continued)', async () => {
		await page.reload();
		await mapReady(page);
		await expect(title(page)).toHaveText('The largest contributors');
		await expect(page).toHaveURL(/step=7/);
	});

	await test.step('high contrast sets the classes further apart; states outside the OIC stay plain land (continued)', async () => {
		await page.keyboard.press('h');
		await expect(page).toHaveURL(/contrast=high/);
		await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
		// Not a filter over the pale classes: the high-contrast scheme's own colours, as its legend.
		await expectMap(contrastTheme, PERSONNEL_COLOURS.contrast, 'high contrast');
		const key = legend.locator('[data-legend="personnel"] [data-colour]').first();
		await expect(key).toHaveAttribute('data-colour', PERSONNEL_COLOURS.contrast[0]);
		// Step 6 lights up a theme over the same colours: an OIC state that sent no one is still
		// "none reported", as the legend says, not faded.
		await page.keyboard.press('ArrowLeft');
		await expect(title(page)).toHaveText('… and today');
		await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
		expectColour(await at('SAU'), contrastTheme.oicLand, 'step 6: Saudi Arabia, none reported');
	});

	await test.step('the map’s key beside the step: only the step’s layers; L hides it, and the link keeps that (continued)', async () => {
		// Contrast off again, as the key was checked in; step 6 colours contributors too.
		await page.keyboard.press('h');
		await expect(page).not.toHaveURL(/contrast=/);
		await expect(legend.locator('[data-legend="personnel"]')).toBeVisible();
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
		await mapReady(page);
		await expect(legend).toHaveCount(0);
		await page.getByRole('button', { name: 'Legend (L)' }).click();
		await expect(legend.locator('[data-legend="hosts"]')).toBeVisible();
		await expect(page).toHaveURL(/legend=on/);
	});
});

test('in a small embed the key waits to be asked for, and the controls never cover the caption', async ({
	page
}) => {
	await page.setViewportSize({ width: 800, height: 500 });
	await page.goto('/embed?tour=oic-and-peacekeeping&step=7');
	await mapReady(page);
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
	await mapReady(audience);
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

test('a tour made in the explorer plays from its link', async ({ page }) => {
	await page.goto('/?country=MLI&year=2015');
	await mapReady(page);
	await page.getByRole('button', { name: 'Lecture' }).click();
	const dialog = page.getByRole('dialog', { name: 'Lecture mode' });
	await dialog.getByRole('button', { name: 'Add this view as a step' }).click();
	const play = dialog.locator('[data-play-tour]');
	const withoutCaption = (await play.getAttribute('href'))!;
	await dialog.getByLabel('Caption').fill('MINUSMA arrives in Mali.');
	// The link follows the caption once the builder has updated (a reader clicks after that).
	await expect(play).not.toHaveAttribute('href', withoutCaption);
	const href = await play.getAttribute('href');
	await page.goto(href!);
	await mapReady(page);
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

/** A tour as links made before compression carried it: base64url JSON in `?custom=`. */
const oldLink = (route: string, steps: unknown[]) =>
	`${route}${route.includes('?') ? '&' : '?'}custom=${Buffer.from(
		JSON.stringify({ slug: 'mine', title: 'Mine', steps })
	).toString('base64url')}`;
const bare = (extra: Record<string, unknown>) => ({
	title: 'A step',
	caption: 'Words.',
	year: 1995,
	...extra
});

for (const route of ['/present', '/embed?tour=mine'])
	test(`a tour link naming "__proto__" or an impossible view cannot break ${route}`, async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto(
			oldLink(route, [
				bare({ title: 'Proto country', country: '__proto__' }),
				bare({ title: 'Proto mission', mission: '__proto__' }),
				bare({ title: 'Latitude 95', view: [10, 95, 3] }),
				bare({ title: 'Longitude 1e308', view: [1e308, 20, 2], country: 'constructor' })
			])
		);
		await mapReady(page);
		await expect(
			page
				.getByRole('status')
				.filter({ hasText: 'Step 1: the country “__proto__” is not in the atlas' })
		).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: 'Step 2: the mission “__proto__”' })
		).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: 'Step 3: the map view “10, 95, 3”' })
		).toBeVisible();
		const polluted = () =>
			page.evaluate(() =>
				Object.getOwnPropertyNames(Object.prototype).filter(
					(k) =>
						![
							'constructor',
							'__defineGetter__',
							'__defineSetter__',
							'hasOwnProperty',
							'__lookupGetter__',
							'__lookupSetter__',
							'isPrototypeOf',
							'propertyIsEnumerable',
							'toString',
							'valueOf',
							'__proto__',
							'toLocaleString'
						].includes(k)
				)
			);
		expect(await polluted()).toEqual([]);
		// Every step shows its map, with no selection, and the engine never stops.
		for (const name of ['Latitude 95', 'Longitude 1e308']) {
			const focusTarget = page.locator('main.present');
			await focusTarget.focus();
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('#step-title')).toHaveText(
				/Proto mission|Latitude 95|Longitude 1e308/
			);
			if ((await page.locator('#step-title').textContent()) !== name)
				await page.keyboard.press('ArrowRight');
			await expect(page.locator('#step-title')).toHaveText(name);
			await expect(page.locator('.map-failure')).toHaveCount(0);
		}
		const center = await page.evaluate(() => {
			const m = (
				document.querySelector('[data-map-host]') as HTMLElement & {
					maplibreMap: { getCenter(): { lng: number; lat: number } };
				}
			).maplibreMap;
			return m.getCenter();
		});
		expect(Math.abs(center.lng)).toBeLessThanOrEqual(180);
		expect(await polluted()).toEqual([]);
		expect(errors).toEqual([]);
	});

test('a map engine that fails for another reason than WebGL says what failed', async ({ page }) => {
	// WebGL is there, but the engine breaks while it starts (a driver fault, say).
	await page.addInitScript(() => {
		for (const C of [WebGLRenderingContext, WebGL2RenderingContext])
			C.prototype.getParameter = () => {
				throw new Error('the graphics driver stopped answering');
			};
	});
	await page.goto('/?year=1995');
	const alert = page.getByRole('alert').filter({ hasText: 'The live map stopped at its start' });
	await expect(alert).toContainText('the graphics driver stopped answering');
	await expect(alert).not.toContainText('WebGL');
	await expect(page.locator('.map-picture svg')).toBeVisible();
});

test('the builder’s link carries the tour compressed; a long one is flagged, and its file plays', async ({
	page
}) => {
	// Three loads: the builder, the builder in an empty browser, the link.
	test.setTimeout(120_000);
	// A 30-step tour of the lecturer's own words (as varied as real prose, which compresses
	// about as well), as the builder keeps it between visits.
	let seed = 7;
	const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	const word = () =>
		Array.from({ length: 3 + Math.floor(random() * 7) }, () =>
			String.fromCharCode(97 + Math.floor(random() * 26))
		).join('');
	const text = (n: number) => Array.from({ length: n }, word).join(' ');
	const steps = Array.from({ length: 30 }, (_, i) => ({
		title: `Step ${i + 1}: ${text(4)}`,
		caption: text(60),
		notes: '',
		year: 1990 + i,
		layers: ['hosts', 'contributors', 'missions', 'links'],
		country: i % 2 ? 'BIH' : 'LBN',
		mission: null,
		theme: null,
		view: [20 + i / 7, 40, 4.5],
		quote: null
	}));
	await page.addInitScript(
		(saved) => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			localStorage.setItem('peacekeeping-atlas-my-tour', saved);
		},
		JSON.stringify({ slug: 'my-tour', title: 'Thirty steps', description: '', steps })
	);
	await page.goto('/');
	await mapReady(page);
	await page.getByRole('button', { name: 'Lecture' }).click();
	const dialog = page.getByRole('dialog', { name: 'Lecture mode' });
	const play = dialog.locator('[data-play-tour]');
	await expect(play).toHaveAttribute('href', /^\/present#custom=1\./);
	const href = (await play.getAttribute('href'))!;
	// Links made before carried the JSON as base64 (some 26,000 characters here); compressed
	// it is half that, yet still past what mail and chat keep: the builder says so.
	const before = Buffer.from(
		JSON.stringify({ slug: 'my-tour', title: 'Thirty steps', steps })
	).toString('base64url').length;
	expect(href.length).toBeLessThan(before * 0.6);
	await expect(dialog.locator('[data-long-link]')).toContainText('send the tour file');

	// The file: downloaded, then opened in another browser's builder, it makes the same link.
	// Saved from this first view: another visit to the builder only for the file costs a load.
	const download = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Download the tour file' }).click();
	const file = readFileSync(await (await download).path());
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await mapReady(page);
	await page.getByRole('button', { name: 'Lecture' }).click();
	await expect(dialog.locator('[data-play-tour]')).toHaveCount(0);
	await dialog.getByLabel('Open a tour file').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"slug":"x"}')
	});
	await expect(dialog.getByRole('alert')).toContainText(
		'bad.json is not a tour the atlas can play'
	);
	await dialog
		.getByLabel('Open a tour file')
		.setInputFiles({ name: 'my-tour.json', mimeType: 'application/json', buffer: file });
	await expect(dialog.getByRole('alert')).toHaveCount(0);
	await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue('Thirty steps');
	await expect(dialog.locator('[data-play-tour]')).toHaveAttribute('href', href);

	// The link plays, the tour never reaching the server.
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(href);
	await mapReady(page);
	await expect(page.locator('#step-title')).toHaveText(steps[0].title);
	expect(requests.filter((u) => u.includes('custom'))).toEqual([]);
	await page.keyboard.press('End');
	await expect(page.locator('#step-title')).toHaveText(steps[29].title);
	expect(new URL(page.url()).hash).toBe(new URL(href, 'http://x').hash);
});

test.describe('with motion', () => {
	// A glide would show here: motion as a reader without the reduced-motion setting sees it.
	test.use({ reducedMotion: 'no-preference' });

	test('on a phone a step opens framed: no glide once drawn, no empty map', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openTour(page, '&step=1');
		const camera = () =>
			page.evaluate(() => {
				const m = (
					document.querySelector('[data-map-host]') as HTMLElement & {
						maplibreMap: import('maplibre-gl').Map;
					}
				).maplibreMap;
				return { moving: m.isMoving(), zoom: m.getZoom(), lng: m.getCenter().lng };
			});
		const drawn = await camera();
		await page.waitForTimeout(1200);
		// The caption settling after the map is drawn re-frames the same step at once, not in flight.
		expect(await camera()).toEqual({ ...drawn, moving: false });
		// The OIC states are in the part of the map above the caption.
		const caption = (await page.locator('.caption').boundingBox())!;
		for (const place of [
			[2.5, 28.5],
			[113, -1]
		] as [number, number][]) {
			const at = await project(page, place);
			expect(at.y).toBeLessThan(caption.y);
			expect(at.x).toBeGreaterThan(0);
			expect(at.x).toBeLessThan(390);
		}
	});
});
