/**
 * A deploy as a returning visitor meets it: two real builds served in turn from one origin.
 * Build A is the one under test (build/); build B is built from a copy of the sources with a
 * new title, so that its hashed files have new names, as after any change of code.
 */
import { execFileSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { follow, mapReady } from './helpers';

const PORT = 4180;
const ORIGIN = `http://localhost:${PORT}`;
const OLD_TITLE = 'Peacekeeping Atlas';
const NEW_TITLE = 'Peacekeeping Atlas (new)';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff'
};

let dirs: { a: string; b: string; work: string };
let serving = '';
let server: Server;

/** A static host as simple as they come: files, `/x` as `x.html`, 404 otherwise, no caching. */
function file(path: string): string | null {
	const clean = decodeURIComponent(path.split('?')[0]).replace(/\/$/, '') || '/index';
	for (const candidate of [clean, `${clean}.html`, `${clean}/index.html`]) {
		const full = join(serving, candidate);
		if (full.startsWith(serving) && existsSync(full) && statSync(full).isFile()) return full;
	}
	return null;
}

test.beforeAll(async () => {
	test.setTimeout(180_000);
	const work = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
	const a = join(work, 'a');
	cpSync('build', a, { recursive: true });
	// Build B: the same sources, one string changed.
	const src = join(work, 'src-b');
	for (const entry of [
		'src',
		'static',
		'geodata',
		'content',
		'package.json',
		'svelte.config.js',
		'vite.config.ts',
		'scripts/lang.mjs',
		'scripts/vite',
		'tsconfig.json'
	])
		cpSync(entry, join(src, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(src, 'node_modules'));
	const en = join(src, 'src/lib/i18n/site.ts');
	const text = readFileSync(en, 'utf8');
	expect(text).toContain(`siteTitle: '${OLD_TITLE}',`);
	writeFileSync(en, text.replace(`siteTitle: '${OLD_TITLE}',`, `siteTitle: '${NEW_TITLE}',`));
	execFileSync('npx', ['vite', 'build'], { cwd: src, stdio: 'ignore', env: { ...process.env } });
	dirs = { a, b: join(src, 'build'), work };
	serving = a;
	server = createServer((req, res) => {
		const found = file(new URL(req.url ?? '/', ORIGIN).pathname);
		if (!found) {
			// As GitHub Pages and Netlify do: the site's own 404.html, if it has one.
			const page = join(serving, '404.html');
			res.writeHead(404, { 'content-type': existsSync(page) ? TYPES['.html'] : 'text/plain' });
			res.end(existsSync(page) ? readFileSync(page) : 'not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(found)] ?? 'application/octet-stream',
			'cache-control': 'no-store'
		});
		res.end(readFileSync(found));
	});
	await new Promise<void>((done) => server.listen(PORT, 'localhost', done));
});

test.afterAll(() => {
	server?.close();
	if (dirs) rmSync(dirs.work, { recursive: true, force: true });
});

/** What a reader does with the parts of the page that load on demand: each must work. */
async function useLazyParts(page: Page) {
	await page.getByRole('button', { name: 'Share' }).click();
	const share = page.getByRole('dialog', { name: 'Share this view' });
	await expect(share).toBeVisible();
	await expect(share.locator('[data-snippet="iframe"]')).toHaveValue(/<iframe/);
	await page.keyboard.press('Escape');
	await follow(page, '/?year=1995&country=BIH');
	await expect(
		page.getByRole('heading', { name: 'Bosnia and Herzegovina', level: 2 })
	).toBeVisible();
	await expect(page.locator('.personnel-chart svg')).toBeVisible();
	await page.getByRole('button', { name: 'Lecture' }).click();
	await expect(page.getByRole('dialog', { name: 'Lecture mode' })).toBeVisible();
	await page.keyboard.press('Escape');
}

async function controlled(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
	});
}

test.describe('with the offline cache', () => {
	test.use({ serviceWorkers: 'allow', baseURL: ORIGIN });

	test('an open page keeps working across a deploy; the reader is told and reloads when ready', async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		const failures: string[] = [];
		const watch = (p: Page) => {
			p.on('pageerror', (e) => failures.push(String(e)));
			p.on('console', (m) => {
				if (/dynamically imported module|Failed to load/i.test(m.text())) failures.push(m.text());
			});
		};
		watch(page);
		serving = dirs.a;
		await page.goto('/');
		await mapReady(page);
		await controlled(page);

		// The deploy. The returning visitor opens the atlas again: the cached version shows,
		// the new one installs beside it, and the reader is told.
		serving = dirs.b;
		await page.goto('/');
		await expect(page).toHaveTitle(OLD_TITLE);
		const notice = page.locator('[data-site-update="ready"]');
		await expect(notice).toContainText('A new version of the atlas is ready', { timeout: 30_000 });
		// The new worker waits, and keeps waiting: a worker that takes over by itself does so as
		// soon as it has installed, which is when the notice appears.
		const waiting = () =>
			page.evaluate(async () =>
				Boolean((await navigator.serviceWorker.getRegistration())?.waiting)
			);
		await expect.poll(waiting).toBe(true);
		await page.waitForTimeout(1500);
		expect(await waiting()).toBe(true);
		await useLazyParts(page);

		// A second tab opened before the reader chose to update: it runs the old version too.
		const other = await context.newPage();
		watch(other);
		await other.goto('/?year=2024');
		await mapReady(other);
		await expect(other).toHaveTitle(OLD_TITLE);

		// "Not now" hides the notice; it stays a choice, never a reload by itself.
		await notice.getByRole('button', { name: 'Not now' }).click();
		await expect(notice).toBeHidden();
		await expect(page).toHaveTitle(OLD_TITLE);

		// The second tab's reader reloads into the new version.
		const otherNotice = other.locator('[data-site-update="ready"]');
		await expect(otherNotice).toBeVisible();
		await otherNotice.getByRole('button', { name: 'Reload' }).click();
		await expect(other).toHaveTitle(NEW_TITLE);
		await mapReady(other);
		await expect(other.locator('[data-site-update]')).toHaveCount(0);

		// The first tab, still on the old version under the new worker, loads its own files
		// (kept in the cache for it) and hears that a new version is in use.
		await expect(page).toHaveTitle(OLD_TITLE);
		await follow(page, '/?year=2010');
		await useLazyParts(page);
		// Search loads its index on demand too.
		await page.getByRole('combobox', { name: 'Find a country or mission' }).fill('Mali');
		await expect(page.getByRole('option', { name: /Mali/ }).first()).toBeVisible();
		expect(failures).toEqual([]);

		// Once no page of the old version is open, its files leave the cache.
		await page.reload();
		await expect(page).toHaveTitle(NEW_TITLE);
		await other.goto('/sources');
		await expect
			.poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 15_000 })
			.toBe(1);
	});

	test('offline, a page the cache does not hold gets the site’s own offline page', async ({
		page,
		context
	}) => {
		serving = dirs.a;
		await page.goto('/sources');
		await controlled(page);
		await context.setOffline(true);
		await page.goto('/no-such-page');
		await expect(page.getByRole('heading', { name: 'You are offline', level: 1 })).toBeVisible();
		await page.getByRole('link', { name: 'The map, every year and country' }).click();
		await mapReady(page);
		await context.setOffline(false);
	});
});

test.describe('without the offline cache', () => {
	test.use({ serviceWorkers: 'block', baseURL: ORIGIN });

	test('code gone from the server after a deploy is explained, and a reload recovers', async ({
		page
	}) => {
		serving = dirs.a;
		await page.goto('/');
		await mapReady(page);
		serving = dirs.b;
		await page.getByRole('button', { name: 'Share' }).click();
		const notice = page.locator('[data-site-update="failed"]');
		await expect(notice).toContainText('the atlas was updated since the page opened');
		const axe = await new AxeBuilder({ page }).include('[data-site-update]').analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
		await notice.getByRole('button', { name: 'Reload' }).click();
		await expect(page).toHaveTitle(NEW_TITLE);
		await mapReady(page);
		await useLazyParts(page);
	});
});

for (const [host, url] of [
	['a static host (build/404.html)', `${ORIGIN}/no-such-page`],
	['the preview server', '/no-such-page']
] as const)
	test(`an address the site does not have gets its own page, from ${host}`, async ({ page }) => {
		serving = dirs.a;
		const response = await page.goto(url);
		expect(response?.status()).toBe(404);
		await expect(
			page.getByRole('heading', { name: 'This page is not in the atlas', level: 1 })
		).toBeVisible();
		await expect(page).toHaveTitle('This page is not in the atlas · Peacekeeping Atlas');
		// In the site's frame: its fonts and colours, not the browser's defaults.
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain(
			'Noto Sans'
		);
		await page.getByRole('link', { name: 'The map of peacekeeping and the OIC states' }).click();
		await mapReady(page);
	});
