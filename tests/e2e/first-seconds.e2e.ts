/**
 * The first seconds: until the live map has drawn its data, the build-time picture is the map.
 * The engine's shapes are held back here, so the engine cannot draw: a reader's hover, click
 * and year step must reach the picture, and the canvas must not take the pointer.
 */
import { expect, test, type Page } from '@playwright/test';
import { holdShapes, mapReady } from './helpers';

/** The centre of a country's shape in the picture, in page pixels. */
async function pictureCentre(page: Page, iso3: string) {
	const box = await page.locator(`.map-picture path[data-iso3="${iso3}"]`).boundingBox();
	if (!box) throw new Error(`${iso3} is not in the picture`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('before the engine has drawn, the picture answers: hover, click and year', async ({
	page
}) => {
	const release = await holdShapes(page);
	await page.goto('/');
	const map = page.locator('.atlas-map');
	await expect(page.locator('.map-picture')).toBeVisible();
	// The engine is made (it says it is loading) but has not drawn.
	await expect(page.locator('.map-loading')).toBeVisible();
	const pakistan = await pictureCentre(page, 'PAK');

	// What is under the pointer is the picture, not the engine's empty canvas.
	const hit = await page.evaluate(
		({ x, y }) =>
			document.elementFromPoint(x, y)?.closest('.map-picture, [data-map-host]')?.className,
		pakistan
	);
	expect(hit).toContain('map-picture');

	await page.mouse.move(pakistan.x, pakistan.y);
	await expect(page.locator('.tooltip')).toContainText('Pakistan');

	// The year control repaints the picture.
	await page.getByRole('slider', { name: 'Year' }).focus();
	await page.keyboard.press('Home');
	await expect(page.locator('.map-picture svg')).toHaveAttribute('data-picture-year', '1948');
	// No OIC in 1948 (it was founded in 1969): Pakistan is plain land.
	await expect(page.locator('.map-picture path[data-iso3="PAK"]')).toHaveAttribute('data-oic', '');
	await page.keyboard.press('End');
	await expect(page.locator('.map-picture path[data-iso3="PAK"]')).toHaveAttribute(
		'data-oic',
		'member'
	);

	await page.mouse.click(pakistan.x, pakistan.y);
	await expect(page.locator('#panel-title')).toHaveText('Pakistan');
	await expect(page).toHaveURL(/[?&]country=PAK(&|$)/);
	await expect(page.locator('.map-picture path[data-iso3="PAK"]')).toHaveAttribute(
		'data-selected',
		''
	);
	await expect(map).toHaveAttribute('data-ready', 'false');

	// Then the live map takes over with the same state, in the picture's place.
	release();
	await expect(map).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('.map-picture')).toBeHidden();
	await expect(page.locator('[data-map-host]')).toBeVisible();
	await expect(page.locator('#panel-title')).toHaveText('Pakistan');
});

test('the picture shows the address’s year, layers and selection before any app code runs', async ({
	page
}) => {
	// None of the app's code arrives: what the picture shows is the HTML and its own script.
	await page.route(/\/_app\/immutable\//, (route) => route.abort());
	const refused: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to execute/i.test(m.text())) refused.push(m.text());
	});
	await page.goto('/?country=BIH&year=1995&layers=hosts,missions');
	const picture = page.locator('.map-picture');
	await expect(picture.locator('svg')).toHaveAttribute('data-picture-year', '1995');
	const bih = picture.locator('path[data-iso3="BIH"]');
	await expect(bih).toHaveAttribute('data-selected', '');
	// Hosting UNPROFOR and, from December 1995, UNMIBH; an OIC observer since 1994.
	await expect(bih).toHaveAttribute('data-h', '2');
	await expect(bih).toHaveAttribute('data-oic', 'observer');
	// Contributors off: Pakistan, a member, shows no personnel colour though it sent troops.
	await expect(picture.locator('svg')).toHaveClass(/no-contributors/);
	await expect(picture.locator('path[data-iso3="PAK"]')).not.toHaveAttribute('data-p', '0');
	const pakistanFill = await picture
		.locator('path[data-iso3="PAK"]')
		.evaluate((p) => getComputedStyle(p).fill);
	const memberFill = await picture
		.locator('path[data-iso3="SAU"]')
		.evaluate((p) => getComputedStyle(p).fill);
	expect(pakistanFill).toBe(memberFill);

	// The prerendered view: the panel's overview follows the picture by two frames, code or not.
	await page.goto('/');
	await expect(picture.locator('svg')).toBeVisible();
	await expect(page.getByRole('heading', { name: '2025 at a glance' })).toBeVisible();
	await expect(page.locator('[data-stage]')).not.toHaveAttribute('data-map-first');
	expect(refused).toEqual([]);
});

test('a click on the picture before the page’s code has run is kept, not lost or reloaded', async ({
	page
}) => {
	// The page's code is held back until the click has been made.
	let release!: () => void;
	const released = new Promise<void>((done) => (release = done));
	await page.route(/\/_app\/immutable\/entry\//, async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/?year=1995&layers=hosts,contributors');
	const pakistan = await pictureCentre(page, 'PAK');
	await page.mouse.click(pakistan.x, pakistan.y);
	// Marked at once; the page stays (no reload, the address unchanged).
	await expect(page.locator('.map-picture path[data-iso3="PAK"]')).toHaveAttribute(
		'data-selected',
		''
	);
	expect(new URL(page.url()).search).toBe('?year=1995&layers=hosts,contributors');
	// Its panel opens at once, naming it; the figures follow with the page's code.
	await expect(page.locator('#panel-title')).toHaveText('Pakistan');
	// (The prerendered overview it replaces has a status line of its own, out of sight.)
	await expect(page.locator('.panel [data-early-pick-slot] [role="status"]')).toHaveText(
		'Loading its figures…'
	);
	// The link itself keeps the view, for a new tab or a page whose code never comes.
	await expect(page.locator('.map-picture a:has(path[data-iso3="PAK"])')).toHaveAttribute(
		'href',
		'?year=1995&layers=hosts%2Ccontributors&country=PAK'
	);
	release();
	await expect(page.locator('#panel-title')).toHaveText('Pakistan');
	await expect(page).toHaveURL(/[?&]country=PAK(&|$)/);
	await expect(page).toHaveURL(/[?&]year=1995(&|$)/);
	// The page's own panel has replaced the early one: one heading, the figures in.
	await expect(page.getByText('Loading its figures…')).toHaveCount(0);
	await expect(page.locator('#panel-title')).toHaveCount(1);
	await expect(page.locator('.panel')).toContainText('Uniformed personnel, 1995');
});

test('on a phone, a country picked before the figures are in opens its sheet at once', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	// The page's code runs; the figures it needs to read the address are held back.
	let release!: () => void;
	const released = new Promise<void>((done) => (release = done));
	await page.route(/\/assets\/(countries|contributions|missions)\.[^/]*\.json$/, async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/');
	await expect(page.locator('.map-picture')).toHaveAttribute('data-app', '');
	const sheet = page.locator('aside.panel');
	await expect(sheet).toBeHidden();
	const pakistan = await pictureCentre(page, 'PAK');
	await page.mouse.click(pakistan.x, pakistan.y);
	await expect(sheet).toBeVisible();
	await expect(sheet.locator('#panel-title')).toHaveText('Pakistan');
	await expect(sheet.locator('[role="status"]')).toHaveText('Loading its figures…');
	release();
	await expect(sheet).toContainText('OIC member, since 1969');
	await expect(sheet.getByText('Loading its figures…')).toHaveCount(0);
	await expect(page).toHaveURL(/[?&]country=PAK(&|$)/);
});

/**
 * Every frame from the first until ready: where the picture's Pakistan is while the picture
 * shows ("none" before, "live" once the live map has taken over).
 */
function recordFrames() {
	const log: string[] = [];
	(window as unknown as { __frames: string[] }).__frames = log;
	const frame = () => {
		const svg = document.querySelector('.map-picture svg');
		const shown =
			svg && getComputedStyle(svg).visibility === 'visible' && svg.getBoundingClientRect().width;
		const box = svg?.querySelector('path[data-iso3="PAK"]')?.getBoundingClientRect();
		const state =
			shown && box
				? `${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)}`
				: document.querySelector('[data-ready="true"]')
					? 'live'
					: 'none';
		if (log.at(-1) !== state) log.push(state);
		if (state !== 'live') requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

/**
 * In the page: the animation frames (by their time) in which WebGL drew anything, before the
 * map said it was ready and after.
 */
function recordDraws() {
	const frames = new Set<number>();
	const drawn = { before: [] as number[], after: [] as number[] };
	(window as unknown as { __drawn: typeof drawn }).__drawn = drawn;
	const proto = WebGL2RenderingContext.prototype;
	for (const name of ['drawElements', 'drawArrays'] as const) {
		const draw = proto[name] as (...args: unknown[]) => void;
		(proto as unknown as Record<string, unknown>)[name] = function (
			this: WebGL2RenderingContext,
			...args: unknown[]
		) {
			const time = Math.round(Number(document.timeline.currentTime));
			if (!frames.has(time)) {
				frames.add(time);
				const ready = document.querySelector('[data-ready="true"]') !== null;
				drawn[ready ? 'after' : 'before'].push(time);
			}
			return draw.apply(this, args);
		};
	}
}

for (const path of ['/', '/?country=BIH&year=1995'])
	test(`the picture shows once, in its place, until the live map replaces it: ${path}`, async ({
		page
	}) => {
		// Text faces that come late: laid out first in a fallback face, the legend would wrap
		// otherwise and the map above it would move when they arrive.
		await page.route(/\.woff2$/, async (route) => {
			await new Promise((wait) => setTimeout(wait, 700));
			await route.continue();
		});
		await page.addInitScript(recordFrames);
		await page.addInitScript(recordDraws);
		await page.goto(path);
		await expect(page.locator('.atlas-map')).toHaveAttribute('data-ready', 'true');
		const frames = await page.evaluate(
			() => (window as unknown as { __frames: string[] }).__frames
		);
		const places = frames.filter((f) => f !== 'none' && f !== 'live');
		expect(places.length, `frames: ${frames.join(' → ')}`).toBe(1);
		expect(frames.at(-1)).toBe('live');
		// Behind the picture the engine drew one frame, the one that replaced it: not one a tile.
		const drawn = () =>
			page.evaluate(
				() => (window as unknown as { __drawn: { before: number[]; after: number[] } }).__drawn
			);
		const { before } = await drawn();
		expect(before.length, `frames drawn before ready at ${before.join(', ')} ms`).toBe(1);
		// Other bodies' operations join after ready (on `/`; a selection with operations may
		// load them before): laid out first, then drawn in one frame, not once for each batch
		// of their tiles (about five frames).
		await page.locator('[data-map-host]').evaluate(
			(host) =>
				new Promise<void>((done) => {
					type Engine = {
						getSource(id: string): unknown;
						loaded(): boolean;
						once(event: string, fn: () => void): void;
					};
					const map = (host as HTMLElement & { maplibreMap: Engine }).maplibreMap;
					const check = () =>
						map.getSource('operations') && map.loaded() ? done() : map.once('idle', check);
					check();
				})
		);
		const { after } = await drawn();
		expect(after.length, `frames drawn after ready at ${after.join(', ')} ms`).toBeLessThanOrEqual(
			1
		);
	});

test('the page’s code and the engine are asked for only once the map’s frame is done', async ({
	page
}) => {
	// The moment the picture is shown and the stage's `data-map-first` mark is gone: the map's
	// frame and the two after it are done (src/lib/picture/urlView.ts, scriptsAfterMapFrame).
	await page.addInitScript(() => {
		const seen = window as unknown as { mapFrameDone?: number };
		new MutationObserver(() => {
			const stage = document.querySelector('[data-stage]');
			const shown = document.querySelector('[data-view-set]:not([data-setting-view])');
			if (
				seen.mapFrameDone === undefined &&
				stage &&
				shown &&
				!stage.hasAttribute('data-map-first')
			)
				seen.mapFrameDone = performance.now();
		}).observe(document, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['data-map-first', 'data-setting-view']
		});
	});
	for (const path of ['/', '/?country=BIH&year=1995', '/embed']) {
		await page.goto(path);
		await mapReady(page);
		const { done, scripts } = await page.evaluate(() => ({
			done: (window as unknown as { mapFrameDone?: number }).mapFrameDone ?? null,
			scripts: performance
				.getEntriesByType('resource')
				.filter((entry) => /\/_app\/immutable\/.*\.m?js$/.test(entry.name))
				.map((entry) => entry.startTime)
		}));
		expect(done, `${path}: the picture was shown and its mark cleared`).not.toBeNull();
		expect(scripts.length, `${path}: the app's scripts loaded`).toBeGreaterThan(2);
		expect(
			Math.min(...scripts),
			`${path}: no script before the map's frame`
		).toBeGreaterThanOrEqual(done!);
	}
});
