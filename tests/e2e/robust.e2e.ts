import { expect, test, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { follow, openMap, mapReady } from './helpers';

/** Values a careless link, a bot or an attacker might put in a parameter. */
const nasty = fc.oneof(
	fc.constantFrom(
		'<script>window.__pwned=1</script>',
		'"><img src=x onerror="window.__pwned=1">',
		'javascript:window.__pwned=1',
		'%3Csvg%20onload%3D1%3E',
		'NaN',
		'-1',
		'1e309',
		'99999999999999999999',
		'1994.5',
		' 1995 ',
		'',
		',,,',
		'0,0,99',
		'BIH,BIH',
		'ＵＮＩＦＩＬ',
		'\u202Eevil',
		'unosom-ii',
		'bgd',
		'hosting'
	),
	fc.string({ maxLength: 40 }),
	fc.string({ minLength: 2000, maxLength: 5000 }),
	fc.integer({ min: -5000, max: 5000 }).map(String),
	fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(','))
);
const params = fc.dictionary(
	fc.constantFrom(
		'year',
		'month',
		'country',
		'mission',
		'theme',
		'layers',
		'view',
		'q',
		'step',
		'tour'
	),
	nasty,
	{ maxKeys: 6 }
);

async function healthy(page: Page, errors: string[]) {
	await mapReady(page);
	expect(errors).toEqual([]);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	// The inline scripts the build wrote: SvelteKit's start, the map picture's two, the one in
	// the stage's end marker and the one after the scripts' links, which waits for the map's frame.
	expect(
		await page
			.locator(
				'script:not([type]):not([src]):not(.map-picture > script):not([data-stage-end] > script):not([data-script-links] + script)'
			)
			.count()
	).toBeLessThanOrEqual(1);
	expect(await page.locator('.map-picture > script').count()).toBeLessThanOrEqual(2);
	expect(await page.locator('[data-stage-end] > script').count()).toBeLessThanOrEqual(1);
	expect(await page.locator('[data-script-links] + script').count()).toBeLessThanOrEqual(1);
	expect(await page.locator('[onerror], [onload], img[src="x"]').count()).toBe(0);
	await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
}

test('ten random parameter sets never break the explorer or inject anything', async ({ page }) => {
	test.setTimeout(240_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await openMap(page, '/');
	let runs = 0;
	await fc.assert(
		fc.asyncProperty(params, async (p) => {
			const search = '?' + new URLSearchParams(p).toString();
			// Every fifth set is a fresh load: the first-parse path, not only navigation. (The parser
			// itself meets 3,000 sets in src/lib/state/url.fuzz.test.ts; here the page meets them.)
			if (++runs % 5 === 0) await page.goto('/' + search);
			else await follow(page, search);
			await healthy(page, errors);
		}),
		{ numRuns: 10, seed: 20261121 }
	);
});

for (const route of ['/embed', '/present']) {
	test(`three random parameter sets never break ${route} or inject anything`, async ({ page }) => {
		test.setTimeout(180_000);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto(route);
		await mapReady(page);
		let runs = 0;
		await fc.assert(
			fc.asyncProperty(params, async (p) => {
				const search = '?' + new URLSearchParams(p).toString();
				if (++runs % 2 === 0) await page.goto(route + search);
				else await follow(page, route + search);
				await mapReady(page);
				expect(errors).toEqual([]);
				expect(
					await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
				).toBeUndefined();
				expect(await page.locator('[onerror], [onload], img[src="x"]').count()).toBe(0);
			}),
			{ numRuns: 3, seed: 20261121 }
		);
	});
}

test('a missing data file shows what failed and how to fix it, and still draws the countries', async ({
	page
}) => {
	await page.route(/contributions\.[\w-]+\.json$/, (route) =>
		route.fulfill({ status: 404, body: 'gone' })
	);
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText(
		'contributions.json is missing on the server (404)'
	);
	await expect(page.getByRole('alert')).toContainText('redeploy the whole build/ folder');
	await mapReady(page);
	await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
});

test('a data file of the wrong shape names itself and its first bad record', async ({ page }) => {
	// A hand-edited or half-deployed file: one year written as text.
	await page.route(/contributions\.[\w-]+\.json$/, async (route) => {
		const file = await (await route.fetch()).json();
		file.rows[3][1] = '1995';
		await route.fulfill({ json: file });
	});
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('contributions.json "rows" record 3');
	await expect(alert).toContainText('"year" should be a year like 1995, got "1995"');
	await expect(alert).toContainText('redeploy the whole build/ folder');
	// The countries are still drawn: the picture, then the map without figures.
	await mapReady(page);
});

test('corrupt country shapes leave the static map picture and a message', async ({ page }) => {
	await page.route(/countries\.topo\.[\w-]+\.json$/, (route) =>
		route.fulfill({ status: 200, body: '{"type":"Topo' })
	);
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('corrupt or cut short');
	await expect(page.locator('.map-picture svg')).toBeVisible();
	await expect(page.locator('.map-picture path[data-iso3="LBN"]')).toBeVisible();
});

test('a map engine that fails to download leaves the picture and says why', async ({ page }) => {
	// The engine's module, not its worker: the page can do nothing live without it.
	await page.route(/\/maplibre-gl\.[\w-]+\.mjs$/, (route) => route.abort('connectionreset'));
	await page.goto('/?country=LBN');
	await expect(page.getByRole('alert')).toContainText('The live map could not be loaded');
	await expect(page.locator('.map-picture svg')).toBeVisible();
	await expect(page.locator('.map-picture path[data-iso3="LBN"]')).toBeVisible();
	// The rest of the atlas still works: the country's panel opened from the link.
	await expect(page.getByRole('heading', { name: 'Lebanon', level: 2 })).toBeVisible();
});

/** A tour's step as a link from anywhere might carry it: prototype keys, odd views, junk. */
const tourWord = fc.oneof(
	fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'BIH', 'unifil', 'bosnia'),
	nasty,
	fc.constant(null)
);
const tourNumber = fc.oneof(
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.constantFrom(95, -95, 1e308, 540, 40, -3)
);
const tourStep = fc.record(
	{
		title: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), nasty),
		caption: fc.oneof(fc.string({ maxLength: 60 }), nasty),
		notes: fc.string({ maxLength: 20 }),
		year: fc.oneof(fc.integer({ min: 1948, max: 2025 }), fc.integer()),
		layers: fc.array(fc.constantFrom('hosts', 'contributors', 'missions', 'links', '__proto__'), {
			maxLength: 4
		}),
		country: tourWord,
		mission: tourWord,
		theme: tourWord,
		view: fc.option(fc.tuple(tourNumber, tourNumber, tourNumber)),
		quote: fc.option(nasty)
	},
	{ requiredKeys: ['title', 'caption', 'year'] }
);
const tourLink = fc
	.record({
		steps: fc.array(tourStep, { minLength: 0, maxLength: 4 }),
		compressed: fc.boolean(),
		extra: fc.option(fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'x'), nasty))
	})
	.map(({ steps, compressed, extra }) => {
		const json = JSON.stringify({ ...(extra ?? {}), slug: 'mine', title: 'Mine', steps });
		return compressed
			? `#custom=1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`
			: `?custom=${Buffer.from(json).toString('base64url')}`;
	});

test('six random tour links never break the presentation or touch shared objects', async ({
	page
}) => {
	test.setTimeout(240_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto('/present');
	await mapReady(page);
	let runs = 0;
	await fc.assert(
		fc.asyncProperty(tourLink, async (link) => {
			runs++;
			// The query differs every time, so the router moves even when only the fragment would.
			const href = link.startsWith('#')
				? `/present?run=${runs}${link}`
				: `/present${link}&run=${runs}`;
			if (runs % 3 === 0) await page.goto(href);
			else await follow(page, href);
			await mapReady(page);
			await expect(page.locator('#step-title')).not.toBeEmpty();
			await expect(page.locator('.caption')).not.toHaveAttribute('aria-busy', 'true');
			await expect(page.locator('.map-failure')).toHaveCount(0);
			expect(errors).toEqual([]);
			expect(
				await page.evaluate(() => ({
					selected: ({} as Record<string, unknown>).selected,
					pwned: (window as unknown as { __pwned?: number }).__pwned,
					own: Object.keys(Object.prototype)
				}))
			).toEqual({ selected: undefined, pwned: undefined, own: [] });
			expect(await page.locator('[onerror], [onload], img[src="x"]').count()).toBe(0);
		}),
		{ numRuns: 6, seed: 20261203 }
	);
});
