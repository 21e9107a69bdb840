import { createServer, type Server } from 'node:http';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { follow, mapReady } from './helpers';

/**
 * A page on another origin (127.0.0.1, not localhost) that embeds the atlas with the share
 * dialog's snippets, under a strict Content-Security-Policy of its own; and a foreign frame
 * beside it (a third origin) that tries to drive the embed.
 */
const HOST_PORT = 4176;
const FOREIGN_PORT = 4177;
let host: Server;
let foreign: Server;
let hostPage = '';

const serve = (port: number, body: () => string, headers: Record<string, string> = {}) =>
	new Promise<Server>((resolve) => {
		const server = createServer((_, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
			res.end(body());
		});
		server.listen(port, '127.0.0.1', () => resolve(server));
	});

test.beforeAll(async () => {
	host = await serve(HOST_PORT, () => hostPage, {
		'content-security-policy': `default-src 'none'; frame-src http://localhost:4174 http://127.0.0.1:${FOREIGN_PORT}; script-src http://localhost:4174`
	});
	foreign = await serve(
		FOREIGN_PORT,
		() =>
			`<!doctype html><script>
				window.addEventListener('message', (e) => {
					if (e.data === 'attack') parent.frames[0].postMessage({ type: 'peacekeeping-atlas:set', year: 1960 }, '*');
				});
			</script>`
	);
});
test.afterAll(() => {
	host?.close();
	foreign?.close();
});

/** The snippets exactly as the explorer's share dialog gives them. */
async function snippets(
	page: Page,
	query = '?year=2024&country=BGD',
	{ root = '/', share = 'Share', dialogName = 'Share this view' } = {}
) {
	await page.goto(root + query);
	await mapReady(page);
	await page.getByRole('button', { name: share, exact: true }).click();
	const dialog = page.getByRole('dialog', { name: dialogName });
	await expect(dialog).toBeVisible();
	return {
		iframe: await dialog.locator('[data-snippet="iframe"]').inputValue(),
		script: await dialog.locator('[data-snippet="script"]').inputValue()
	};
}

async function openHost(page: Page, body: string): Promise<Frame> {
	hostPage = `<!doctype html><html><head><title>Course page</title></head><body style="margin:0">
		<h1>Week 3: peacekeeping</h1>${body}<div style="height:2000px">Readings…</div>
		<iframe src="http://127.0.0.1:${FOREIGN_PORT}/" title="Other widget" width="10" height="10"></iframe>
	</body></html>`;
	await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
	const frame = page.frameLocator('iframe[src^="http://localhost:4174/"]');
	await mapReady(frame);
	return page.frames().find((f) => /^http:\/\/localhost:4174\/((ar|fr)\/)?embed/.test(f.url()))!;
}

/** The host's iframe is as tall as the embed's content, within 2 px (embed.js sized it). */
async function expectSizedToContent(page: Page, frame: Frame, iframe: string) {
	const content = await frame.evaluate(
		() => document.documentElement.getBoundingClientRect().height
	);
	const element = page.locator(iframe);
	await expect
		.poll(async () => Math.abs((await element.evaluate((e) => e.clientHeight)) - content))
		.toBeLessThanOrEqual(2);
}

const embedYear = (frame: Frame) => frame.locator('[data-year]').getAttribute('data-year');
const embedZoom = (frame: Frame) =>
	frame.evaluate(() =>
		(
			document.querySelector('[data-map-host]') as HTMLElement & {
				maplibreMap: { getZoom(): number };
			}
		).maplibreMap.getZoom()
	);

/**
 * The share dialog's snippets on another origin's page. One load of the explorer gives them; each
 * way of embedding them is one load of the host page, and what a host and its reader do with
 * that embed is checked on it in turn (read first, then what changes the view).
 */
test('the share dialog’s snippets embed the view on another site: size, scroll, messages, full screen', async ({
	page,
	request
}) => {
	test.setTimeout(150_000); // four loads of the map
	const { iframe, script } = await snippets(page);
	await test.step('oEmbed: the explorer names its oEmbed file, which gives the embed snippet', async () => {
		const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
		expect(href).toMatch(/\/oembed\.json$/);
		const oembed = await (await request.get('/oembed.json')).json();
		expect(oembed).toMatchObject({
			version: '1.0',
			type: 'rich',
			provider_name: 'Peacekeeping Atlas'
		});
		expect(oembed.html).toContain('/embed"');
		expect(oembed.html).toContain('allow="fullscreen"');
	});
	await test.step('the snippet from the share dialog embeds the view; the script sizes the iframe to its content', async () => {
		expect(iframe).toMatch(
			/^<iframe src="http:\/\/localhost:4174\/embed\?year=2024&amp;country=BGD" title="Peacekeeping Atlas: Bangladesh, 2024"/
		);
		expect(iframe).toContain('allow="fullscreen"');
		expect(iframe).toContain('loading="lazy"');
		expect(script).toBe('<script src="http://localhost:4174/embed.js" async></script>');
	});
	const frame = await openHost(page, iframe + script);
	await test.step('the embed sizes itself and offers full screen', async () => {
		expect(hostPage).toContain(iframe);
		await expect(frame.getByRole('heading', { name: 'Bangladesh', level: 2 })).toBeVisible();
		// The iframe's inner height follows the embed's content (not the snippet's 4:3 or 640 px).
		await expectSizedToContent(page, frame, 'iframe[title^="Peacekeeping Atlas"]');
		expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(
			true
		);
		// The host allowed full screen, so the embed offers it.
		await expect(frame.getByRole('button', { name: 'Full screen' })).toBeVisible();
		await expect(frame.getByRole('link', { name: /Peacekeeping Atlas/ })).toHaveAttribute(
			'href',
			'http://localhost:4174/?year=2024&country=BGD'
		);
	});
	await test.step('scrolling over the embed scrolls the page; Ctrl + scroll zooms the map', async () => {
		const box = (await page.locator('iframe[title^="Peacekeeping Atlas"]').boundingBox())!;
		const zoom = await embedZoom(frame);
		await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
		await page.mouse.wheel(0, 300);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
		expect(await embedZoom(frame)).toBe(zoom);
		await expect(frame.getByText('Use Ctrl + scroll to zoom the map')).toBeVisible();

		// Back to the top, then over the map with Ctrl held.
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
		await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		await expect.poll(() => embedZoom(frame)).toBeGreaterThan(zoom);
	});
	await test.step('the host sets the year by message; malformed and foreign messages change nothing', async () => {
		const post = (message: unknown) =>
			page.evaluate(
				(m) =>
					(
						document.querySelector('iframe[title^="Peacekeeping Atlas"]') as HTMLIFrameElement
					).contentWindow!.postMessage(m, '*'),
				message
			);

		await post({ type: 'peacekeeping-atlas:set', year: '1995' });
		await post({ type: 'peacekeeping-atlas:set', year: 1995, script: '<b>' });
		await post('peacekeeping-atlas:set');
		// A frame from a third origin tries the same.
		await page.evaluate(() =>
			(
				document.querySelector('iframe[title="Other widget"]') as HTMLIFrameElement
			).contentWindow!.postMessage('attack', '*')
		);
		await page.waitForTimeout(500);
		expect(await embedYear(frame)).toBe('2024');

		// The embed announces what it shows to its host.
		await page.evaluate(() => {
			(window as unknown as { seen: unknown[] }).seen = [];
			window.addEventListener('message', (e) =>
				(window as unknown as { seen: unknown[] }).seen.push(e.data)
			);
		});
		await post({ type: 'peacekeeping-atlas:set', year: 1995, country: 'bih' });
		await expect.poll(() => embedYear(frame)).toBe('1995');
		await expect(
			frame.getByRole('heading', { name: 'Bosnia and Herzegovina', level: 2 })
		).toBeVisible();
		await expect
			.poll(() =>
				page.evaluate(
					() => (window as unknown as { seen: { type: string; country?: string }[] }).seen
				)
			)
			.toContainEqual(
				expect.objectContaining({ type: 'peacekeeping-atlas:view', year: 1995, country: 'BIH' })
			);
	});
	await test.step('without the script, and under a CSP that strips inline styles, the iframe keeps a usable size', async () => {
		await openHost(page, iframe);
		const box = (await page.locator('iframe[title^="Peacekeeping Atlas"]').boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(600);
	});
	await test.step('without full-screen permission the embed offers to open larger instead', async () => {
		const frame = await openHost(page, iframe.replace(' allow="fullscreen" allowfullscreen', ''));
		await expect(frame.getByRole('button', { name: 'Full screen' })).toHaveCount(0);
		await expect(frame.getByRole('link', { name: /Open larger/ })).toHaveAttribute(
			'target',
			'_blank'
		);
	});
});

test('an embed is configured by its URL: scheme, panel, controls, interactive', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	// A link of the older form, theme=dark: still the colour scheme, and no notice.
	await page.goto('/embed?mission=unifil&theme=dark&panel=0&controls=0&interactive=0');
	await mapReady(page);
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	await expect(page.locator('.notices')).toHaveCount(0);
	await expect(page.locator('.panel')).toHaveCount(0);
	await expect(page.getByRole('slider', { name: 'Year' })).toHaveCount(0);
	expect(
		await page.evaluate(() =>
			(
				document.querySelector('[data-map-host]') as HTMLElement & {
					maplibreMap: { scrollZoom: { isEnabled(): boolean } };
				}
			).maplibreMap.scrollZoom.isEnabled()
		)
	).toBe(false);
	await page.goto('/embed?panel=maybe');
	await expect(
		page.getByRole('status').filter({ hasText: 'panel “maybe” could not be read' })
	).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('/embed still shows the static map picture', async ({ page }) => {
		await page.goto('/embed');
		await expect(page.locator('.map-picture svg')).toBeVisible();
		expect(await page.locator('.map-picture path[data-iso3]').count()).toBeGreaterThan(200);
	});
});

test('an embedded presentation takes keys only while it has focus', async ({ page }) => {
	hostPage = `<!doctype html><body><h1>Lecture notes</h1><iframe src="http://localhost:4174/embed?tour=oic-and-peacekeeping&step=2" title="Peacekeeping Atlas tour" width="900" height="600"></iframe><div style="height:2000px"></div></body>`;
	await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
	const frame = page.frameLocator('iframe[title="Peacekeeping Atlas tour"]');
	await mapReady(frame);
	await expect(frame.locator('#step-title')).toHaveText(
		'Operations hosted in OIC states since 1948'
	);
	await page.locator('h1').click();
	await page.keyboard.press('ArrowRight');
	await page.waitForTimeout(300);
	await expect(frame.locator('#step-title')).toHaveText(
		'Operations hosted in OIC states since 1948'
	);
	await frame.locator('#step-title').click();
	await page.keyboard.press('ArrowRight');
	await expect(frame.locator('#step-title')).toHaveText('Lebanon and UNIFIL');
});

test('an embed that does not present carries no tours; one that presents fetches them', async ({
	page,
	request
}) => {
	const html = (path: string) => request.get(path).then((r) => r.text());
	expect(await html('/present')).toContain('Lebanon and UNIFIL');
	expect(await html('/embed')).not.toContain('Lebanon and UNIFIL');
	const tours = page.waitForResponse((r) => r.url().endsWith('/present/tours.json'));
	await page.goto('/embed?tour=oic-and-peacekeeping&step=3');
	expect((await tours).status()).toBe(200);
	await expect(page.locator('#step-title')).toHaveText('Lebanon and UNIFIL');
});

test('a host that posts as the iframe loads is heard, and can wait for "ready"', async ({
	page
}) => {
	hostPage = `<!doctype html><html><head><title>Course page</title></head><body style="margin:0">
		<h1>Week 3: peacekeeping</h1></body></html>`;
	await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
	// The host's own script (run here as a test; the page's CSP keeps inline scripts out): it
	// adds the iframe and posts its request from the iframe's load event, then records replies.
	await page.evaluate(() => {
		const seen: unknown[] = [];
		(window as unknown as { seen: unknown[] }).seen = seen;
		window.addEventListener('message', (e) => seen.push(e.data));
		const frame = document.createElement('iframe');
		frame.src = 'http://localhost:4174/embed?year=2024';
		frame.title = 'Peacekeeping Atlas';
		frame.style.width = '900px';
		frame.style.height = '640px';
		frame.addEventListener('load', () =>
			frame.contentWindow!.postMessage(
				{ type: 'peacekeeping-atlas:set', year: 1995, country: 'BIH' },
				'http://localhost:4174'
			)
		);
		document.body.append(frame);
	});
	const frame = page.frameLocator('iframe[title="Peacekeeping Atlas"]');
	await mapReady(frame);
	await expect(
		frame.getByRole('heading', { name: 'Bosnia and Herzegovina', level: 2 })
	).toBeVisible();
	await expect(frame.locator('[data-year]')).toHaveAttribute('data-year', '1995');
	const messages = () =>
		page.evaluate(() =>
			(window as unknown as { seen: { type: string }[] }).seen.filter(
				(m) => m.type !== 'peacekeeping-atlas:height'
			)
		);
	await expect
		.poll(messages)
		.toContainEqual(
			expect.objectContaining({ type: 'peacekeeping-atlas:view', year: 1995, country: 'BIH' })
		);
	const seen = await messages();
	// "ready" once, before any view; the first view is the link's, never the defaults.
	expect(seen.filter((m) => m.type === 'peacekeeping-atlas:ready')).toHaveLength(1);
	expect(seen[0]).toEqual({ type: 'peacekeeping-atlas:ready' });
	expect(seen[1]).toMatchObject({ type: 'peacekeeping-atlas:view', year: 2024, country: null });
	// A mission comes back as the host writes it (the URL's slug), not as the data's id.
	await page.evaluate(() =>
		(
			document.querySelector('iframe[title="Peacekeeping Atlas"]') as HTMLIFrameElement
		).contentWindow!.postMessage(
			{ type: 'peacekeeping-atlas:set', mission: 'unosom-ii', year: 1994 },
			'http://localhost:4174'
		)
	);
	await expect
		.poll(messages)
		.toContainEqual(
			expect.objectContaining({ type: 'peacekeeping-atlas:view', year: 1994, mission: 'unosom-ii' })
		);
});

test('the share dialog’s dark embed shows no notice, and a link can name a scheme and a theme', async ({
	page
}) => {
	await page.goto('/?theme=hosting');
	await mapReady(page);
	await page.getByRole('button', { name: 'Share' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share this view' });
	await dialog.getByLabel('Colours').selectOption('Dark');
	const snippet = await dialog.locator('[data-snippet="iframe"]').inputValue();
	const src = snippet.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
	expect(new URL(src).searchParams.get('scheme')).toBe('dark');
	expect(new URL(src).searchParams.get('theme')).toBe('hosting');
	await page.goto(src);
	await mapReady(page);
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	await expect(page.locator('.notices')).toHaveCount(0);
	// The article theme is shown: its panel, and the link out to the atlas keeps it.
	await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
	const out = await page.getByRole('link', { name: /^Peacekeeping Atlas/ }).getAttribute('href');
	expect(new URL(out!, page.url()).searchParams.get('theme')).toBe('hosting');
	expect(new URL(out!, page.url()).searchParams.get('scheme')).toBeNull();
});

for (const width of [760, 900])
	test(`an embed ${width} px wide fills its width: no blank column, no panel over the map`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 700 });
		await page.goto('/embed?country=BIH&year=1995');
		await mapReady(page);
		const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
		const panel = (await page.locator('.panel').boundingBox())!;
		await expect(
			page.getByRole('heading', { name: 'Bosnia and Herzegovina', level: 2 })
		).toBeVisible();
		if (width < 900) {
			// The map spans the frame; the panel follows under it.
			expect(canvas.width).toBeGreaterThanOrEqual(width - 2);
			expect(panel.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
		} else {
			// Beside the map, the panel's column holds the panel, and the two fill the width.
			expect(panel.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
			expect(canvas.width + panel.width).toBeGreaterThanOrEqual(width - 2);
		}
		// Without a selection, no column stands empty either (reached in the page, as a link in
		// the embed would: the layout must follow the state, not only a load).
		await follow(page, '/embed?year=2024');
		await expect(page).toHaveURL(/\/embed\?year=2024$/);
		await expect(page.getByRole('heading', { name: 'Bosnia and Herzegovina' })).toHaveCount(0);
		if (width < 900)
			await expect
				.poll(async () => (await page.locator('.maplibregl-canvas').boundingBox())!.width)
				.toBeGreaterThanOrEqual(width - 2);
		else await expect(page.getByRole('heading', { name: '2024 at a glance' })).toBeVisible();
	});

for (const [width, height] of [
	[1024, 640],
	[800, 600],
	[600, 450]
])
	test(`an embed in a fixed ${width}×${height} frame shows the map and its year without scrolling`, async ({
		page
	}) => {
		// A frame the host did not size: a laptop's screen, oEmbed's 4:3, an article column.
		await page.setViewportSize({ width, height });
		await page.goto('/embed?country=BGD&year=2024');
		await mapReady(page);
		const slider = (await page.getByRole('slider').first().boundingBox())!;
		const year = (await page.locator('output.year').first().boundingBox())!;
		expect(slider.y + slider.height).toBeLessThanOrEqual(height);
		expect(year.y + year.height).toBeLessThanOrEqual(height);
		const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
		expect(canvas.height).toBeGreaterThanOrEqual(250);
		// The country's panel is there too: beside the map, or under the year.
		await expect(page.getByRole('heading', { name: 'Bangladesh', level: 2 })).toBeAttached();
	});

test('an Arabic page embeds the Arabic embed, which sizes itself and reads right to left', async ({
	page
}) => {
	const { shareText } = await import('../../src/lib/i18n/ar/share');
	const { siteText } = await import('../../src/lib/i18n/ar/site');
	const { iframe, script } = await snippets(page, '?year=2024&country=BGD', {
		root: '/ar/',
		share: siteText.share,
		dialogName: shareText.shareTitle
	});
	expect(iframe).toMatch(
		/^<iframe src="http:\/\/localhost:4174\/ar\/embed\?year=2024&amp;country=BGD"/
	);
	const frame = await openHost(page, iframe + script);
	expect(
		await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])
	).toEqual(['ar', 'rtl']);
	await expect(frame.getByRole('heading', { name: 'بنغلاديش', level: 2 })).toBeVisible();
	await expectSizedToContent(page, frame, 'iframe[src*="/ar/embed"]');
});
