import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { follow, mapReady } from './helpers';

/** Every kind of page, and the explorer in each state with its own markup. */
const ROUTES = [
	'/',
	'/?country=BGD&year=2024&compare=PAK,IDN',
	'/?mission=unifil',
	'/?year=1995&mission=unprofor',
	'/?year=1995&month=8&country=MYS',
	'/?theme=hosting',
	'/?country=PAK&year=1993',
	'/?operation=ifor&year=1996',
	'/sources',
	'/offline',
	'/articles/role-of-islamic-nations',
	'/embed?country=BIH&year=1995',
	'/present?tour=oic-and-peacekeeping&step=4',
	'/present?tour=oic-and-peacekeeping&step=2&presenter=1'
];
/**
 * On a phone, the pages whose layout changes there (bottom sheet, stacked controls, the
 * caption docked under the map); text pages and the panels' contents are the same as on desktop.
 */
const PHONE_ROUTES = [
	'/',
	'/?country=BGD&year=2024&compare=PAK,IDN',
	'/?year=1995&mission=unprofor',
	'/sources',
	'/embed?country=BIH&year=1995',
	'/present?tour=oic-and-peacekeeping&step=4'
];
const DESKTOP = { width: 1440, height: 900 };
/**
 * On desktop every page in both schemes, in three tests (the explorer's states in two, the other
 * pages) that can run beside each other; on a phone each page in one scheme.
 */
const CHECKS = [
	{ name: 'desktop, the explorer 1/2', viewport: DESKTOP, routes: ROUTES.slice(0, 4), both: true },
	{ name: 'desktop, the explorer 2/2', viewport: DESKTOP, routes: ROUTES.slice(4, 8), both: true },
	{ name: 'desktop, the other pages', viewport: DESKTOP, routes: ROUTES.slice(8), both: true },
	{ name: 'phone', viewport: { width: 390, height: 844 }, routes: PHONE_ROUTES, both: false }
];

// The checks are independent: spread over the workers, the longest does not finish alone.
test.describe.configure({ mode: 'parallel' });

/**
 * The rules whose outcome a colour scheme can change: a page checked with every rule in one
 * scheme is checked with these in the other (same markup, same names and roles; only colours
 * differ). About half of axe's time on these pages.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(
	page: Page,
	route: string,
	scheme: string,
	only?: string[]
): Promise<string[]> {
	// Legacy mode runs axe in the page itself: the default also opens a blank page for each check
	// to gather the results of cross-origin frames, and these pages have none (the share
	// dialog's preview frame is closed here). Only violations come back with every node; passes
	// keep one node each. On `/`: 1.0–1.2 s a check instead of 3.5–4.3 s, the same violations.
	let axe = new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.exclude('.maplibregl-canvas');
	if (only) axe = axe.withRules(only);
	const results = await axe.analyze();
	return results.violations.map(
		(v) =>
			`${route} (${scheme}): ${v.id} (${v.impact}) ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join('; ')}`
	);
}

/** The explorer's own states: `/`, `/fr/`, `/ar/`, with or without a query. */
const explorer = (route?: string) => route !== undefined && /^\/((fr|ar)\/)?(\?|$)/.test(route);

/**
 * Opens a route for checking. From one state of the explorer to another the page follows a
 * link, as a reader does, instead of loading again: the markup of each state is the same either
 * way, and a map load costs some 6 s of CPU. Every other page, and the first state, is loaded.
 */
async function open(page: Page, route: string, previous?: string) {
	if (explorer(route) && explorer(previous)) {
		await follow(page, route);
		await expect.poll(() => new URL(page.url()).search).toBe(new URL(route, page.url()).search);
		await quiet(page);
	} else {
		await page.goto(route);
		if (!/sources|offline|articles|presenter/.test(route)) await mapReady(page);
	}
}

/** Resolves once the page's DOM has not changed for `ms` (what a state loads has arrived). */
const quiet = (page: Page, ms = 400) =>
	page.evaluate(
		(ms) =>
			new Promise<void>((done) => {
				let timer = setTimeout(finish, ms);
				const observer = new MutationObserver(() => {
					clearTimeout(timer);
					timer = setTimeout(finish, ms);
				});
				function finish() {
					observer.disconnect();
					done();
				}
				observer.observe(document.body, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
			}),
		ms
	);

// Each page is opened once and checked in both colour schemes: the system's scheme changes
// under it, as when a reader's laptop turns to dark mode at dusk: every rule in light, then the
// colour rules in dark. On a phone (the same colours as on desktop, laid out otherwise) each
// page is checked with every rule in one scheme, light and dark in turn.
for (const { name, viewport, routes, both } of CHECKS) {
	test(`axe finds nothing on any route, light and dark (${name})`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.setViewportSize(viewport);
		const found: string[] = [];
		for (const [i, route] of routes.entries()) {
			const dark = both || i % 2 === 1;
			const light = both || i % 2 === 0;
			await page.emulateMedia({ colorScheme: light ? 'light' : 'dark' });
			await open(page, route, routes[i - 1]);
			// The panels' sections beyond head counts load after the map: wait for them.
			if (/country=PAK/.test(route))
				await expect(page.locator('[data-fallen] [data-fallen-list]')).toBeVisible();
			if (/operation=/.test(route))
				await expect(page.locator('[data-operation] [data-sizes]')).toBeVisible();
			if (light) found.push(...(await violations(page, route, 'light')));
			if (!dark) continue;
			if (light) {
				await page.emulateMedia({ colorScheme: 'dark' });
				await expect
					.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
					.not.toBe('rgb(255, 255, 255)');
			}
			// Colours worked out in script (legend keys, charts) follow in the next frames.
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
			found.push(...(await violations(page, route, 'dark', light ? COLOUR_RULES : undefined)));
		}
		expect(found).toEqual([]);
	});
}

/**
 * French and Arabic: each kind of page once, light and dark in turn. The colours and states are
 * those of the English routes above; what differs is the words, their length, the direction
 * and the lang attributes, which these pages cover (panels of a country, a mission and another
 * body's operation, a comparison, the tables, text pages, the embed, lecture and presenter).
 */
const LANGUAGE_ROUTES = [
	'/?country=BGD&year=2024&compare=PAK,IDN',
	'/?year=1995&mission=unprofor',
	'/?operation=ifor&year=1996',
	'/sources',
	'/articles/role-of-islamic-nations',
	'/embed?country=BIH&year=1995',
	'/present?tour=oic-and-peacekeeping&step=4',
	'/present?tour=oic-and-peacekeeping&step=2&presenter=1'
];
for (const lang of ['fr', 'ar']) {
	test(`axe finds nothing on any route in ${lang}`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.setViewportSize(DESKTOP);
		const found: string[] = [];
		for (const [i, path] of LANGUAGE_ROUTES.entries()) {
			const route = `/${lang}${path}`;
			const scheme = i % 2 === 0 ? 'light' : 'dark';
			await page.emulateMedia({ colorScheme: scheme });
			await open(page, route, i > 0 ? `/${lang}${LANGUAGE_ROUTES[i - 1]}` : undefined);
			if (/country=PAK/.test(route))
				await expect(page.locator('[data-fallen] [data-fallen-list]')).toBeVisible();
			if (/operation=/.test(route))
				await expect(page.locator('[data-operation] [data-sizes]')).toBeVisible();
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
			found.push(...(await violations(page, route, scheme)));
		}
		expect(found).toEqual([]);
	});
}
