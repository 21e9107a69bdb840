/**
 * `node scripts/bench/run.mjs`: how far the app is from MapLibre alone.
 *
 * Builds the site, serves build/ with a small gzip server, copies the live app's style into a
 * bare MapLibre page (the floor), then loads (a) the explorer `/`, (b) the embed `/embed` when
 * it exists and (c) the floor, interleaved, BENCH_RUNS times each in fresh browser contexts.
 * Writes bench/results/latest.json and latest.md and prints the table. Budgets are reported,
 * never enforced: the exit code is non-zero only when the benchmark itself could not run.
 *
 * The same rounds also load, each in its own fresh context: (d) a minimal MapLibre page (the
 * shapes alone) and (e) Leaflet drawing them as SVG (./floors.mjs), the explorer with a
 * selection (`/?country=BIH&year=1995`) for its first paint and ready, and the first
 * interaction on `/` and `/?country=BIH&year=1995`: a click on a country at the first painted map, until the
 * panel names it (./interact.mjs).
 *
 * Then loads each page BENCH_WEAK_RUNS times over an emulated weak connection (Lighthouse's
 * "Slow 4G"), for the first painted map and time to interactive there: reported, not budgeted.
 * Last, BENCH_THROTTLED_RUNS loads of `/` and `/?country=BIH&year=1995` with the CPU throttled
 * 4×, the map area as on screen sampled every 100 ms to find blank moments (./throttled.mjs).
 *
 * Environment: BENCH_RUNS (default 11), BENCH_WEAK_RUNS (default 3; 0 skips the pass),
 * BENCH_THROTTLED_RUNS (default 1; 0 skips the pass), BENCH_SKIP_BUILD=1 (reuse build/),
 * CHROMIUM_PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../browser.mjs';
import { barePage } from './bare.mjs';
import { calibrate, yearSlider } from './calibrate.mjs';
import { floorPages } from './floors.mjs';
import { firstInteraction } from './interact.mjs';
import {
	bareStep,
	firstMapPaint,
	heapUsed,
	instrument,
	keyStep,
	median,
	repaint,
	settle,
	waitReady
} from './measure.mjs';
import {
	budgets,
	interactionSummary,
	markdown,
	pairedRatio,
	ratiosTo,
	spans,
	summarise,
	sumBytes,
	throttledSummary,
	weakSummary
} from './report.mjs';
import { resolveFile, startServer } from './server.mjs';
import { BLANK_SHARE, throttledLoad } from './throttled.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = join(ROOT, 'build');
const RESULTS = join(ROOT, 'bench/results');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 11) || 11);
/** Year steps and repaints per page load; the run's figure is their median. */
const STEPS = 5;
const VIEWPORT = { width: 1440, height: 900 };
const BUILD_ATTEMPTS = 3;
const WEAK_RUNS = Math.max(0, Math.floor(Number(process.env.BENCH_WEAK_RUNS ?? 3)) || 0);
const THROTTLED_RUNS = Math.max(0, Math.floor(Number(process.env.BENCH_THROTTLED_RUNS ?? 1)) || 0);
/** The throttled pass: DevTools' CPU slowdown, the map area's element, the sampling period. */
const THROTTLE = { rate: 4, selector: '.atlas-map', interval: 100 };
/** The country the first-interaction loads click: large, and drawn in the map picture. */
const CLICK_ISO3 = 'PAK';
/**
 * A weak connection: Lighthouse's "Slow 4G" as DevTools applies it (150 ms round trip times 3.75
 * for request latency, 1.6 Mbit/s down and 750 kbit/s up times 0.9), the lecture hall's network.
 */
export const WEAK = {
	label: 'Slow 4G: 562.5 ms request latency, 1.44 Mbit/s down, 675 kbit/s up',
	latency: 562.5,
	downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
	uploadThroughput: (750 * 1024 * 0.9) / 8
};

const log = (...args) => console.log('[bench]', ...args);

/**
 * `npm run build`, retried: the source tree may be mid-edit, and a minute later it
 * usually builds again. Output is kept quiet unless the build fails.
 */
async function build() {
	if (process.env.BENCH_SKIP_BUILD === '1')
		return log('BENCH_SKIP_BUILD=1: using the existing build/');
	for (let attempt = 1; ; attempt++) {
		log(`npm run build (attempt ${attempt}/${BUILD_ATTEMPTS})…`);
		const started = Date.now();
		// The server serves the site at `/`: a BASE_PATH build would point every asset elsewhere.
		const env = { ...process.env };
		delete env.BASE_PATH;
		const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', env });
		if (r.status === 0) return log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
		const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
		console.error(tail);
		if (attempt >= BUILD_ATTEMPTS) throw new Error('npm run build failed; see the output above');
		log('build failed: retrying in 60 s (the tree may be mid-edit)');
		await new Promise((wake) => setTimeout(wake, 60_000));
	}
}

/** The library files the floor loads, served from node_modules under /__bench/lib/. */
function libraryFiles() {
	const lib = (pkg, file) => readFileSync(join(ROOT, 'node_modules', pkg, 'dist', file));
	return new Map([
		['/__bench/lib/maplibre-gl.mjs', { body: lib('maplibre-gl', 'maplibre-gl.mjs') }],
		['/__bench/lib/maplibre-gl-worker.mjs', { body: lib('maplibre-gl', 'maplibre-gl-worker.mjs') }],
		['/__bench/lib/maplibre-gl.css', { body: lib('maplibre-gl', 'maplibre-gl.css') }],
		['/__bench/lib/leaflet.js', { body: lib('leaflet', 'leaflet.js') }],
		['/__bench/lib/leaflet.css', { body: lib('leaflet', 'leaflet.css') }],
		[
			'/__bench/lib/topojson-client.min.js',
			{ body: lib('topojson-client', 'topojson-client.min.js') }
		]
	]);
}

function commit() {
	try {
		const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: ROOT,
			encoding: 'utf8'
		}).trim();
		const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
			cwd: ROOT,
			encoding: 'utf8'
		}).trim();
		return dirty ? `${sha} (uncommitted changes)` : sha;
	} catch {
		return 'unknown';
	}
}

/**
 * One page load in a fresh context (empty cache): timings, bytes to ready, heap, repaints and
 * year steps. `step` is how this page changes year: keyboard on the slider, or the floor's hook.
 */
async function measureOnce(browser, server, target) {
	return inFreshPage(browser, async (page, cdp) => {
		server.takeLog();
		await page.goto(server.origin + target.path, { waitUntil: 'commit' });
		const t = await waitReady(page);
		await settle(page, 1000);
		// Bytes of the requests that reached the server before ready: the first view. The code
		// the page imports in the second after (what it defers) is reported apart; the offline
		// cache's downloads (the service worker's fetches) are not the page's.
		const log = server.takeLog();
		const bytes = sumBytes(log.filter((e) => e.at <= t.readyAt));
		const later = sumBytes(log.filter((e) => e.at > t.readyAt && e.dest === 'script'));
		const heap = await heapUsed(cdp);

		const repaints = [];
		for (let i = 0; i < STEPS; i++) {
			repaints.push(await repaint(page));
			await settle(page, 100);
		}
		const steps = await target.steps(page);
		return {
			...firstView(t, bytes),
			repaint: median(repaints.map((f) => f?.idle)),
			step: median(steps.map((f) => f?.idle)),
			repaintDrawn: median(repaints.map((f) => f?.drawn)),
			stepDrawn: median(steps.map((f) => f?.drawn)),
			repaints,
			steps,
			ownJsLater: later.ownJs,
			files: bytes.files,
			heap
		};
	});
}

/**
 * One load over the weak connection, in a fresh context: when a map is on screen, and when it is
 * interactive. Nothing else is measured: the network, not the page, sets these times.
 */
async function measureWeak(browser, server, target) {
	return inFreshPage(browser, async (page, cdp) => {
		await cdp.send('Network.enable');
		const { latency, downloadThroughput, uploadThroughput } = WEAK;
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency,
			downloadThroughput,
			uploadThroughput
		});
		await page.goto(server.origin + target.path, { waitUntil: 'commit', timeout: 120_000 });
		const t = await waitReady(page, 120_000);
		return { firstMap: firstMapPaint(t), tti: t.ready };
	});
}

/**
 * One load for its first view only: the first painted map, time to interactive and the bytes
 * up to ready, in a fresh context. For the lighter pages (d) and (e) and the explorer with a
 * selection.
 */
async function measureFirstView(browser, server, target) {
	return inFreshPage(browser, async (page) => {
		server.takeLog();
		await page.goto(server.origin + target.path, { waitUntil: 'commit' });
		const t = await waitReady(page);
		return firstView(t, sumBytes(server.takeLog().filter((e) => e.at <= t.readyAt)));
	});
}

/** A load's first view: its times (from the in-page instrument) and its bytes up to ready. */
function firstView(t, bytes) {
	return {
		firstMap: firstMapPaint(t),
		constructed: t.constructed,
		tti: t.ready,
		fcp: t.fcp,
		lcp: t.lcp,
		picture: t.picture,
		js: bytes.js,
		ownJs: bytes.ownJs,
		data: bytes.data,
		other: bytes.other,
		total: bytes.total,
		requests: bytes.requests
	};
}

/** One first-interaction load, in a fresh context with the interaction probe installed. */
async function measureInteraction(browser, server, target) {
	return inFreshPage(browser, (page) =>
		firstInteraction(page, server.origin + target.path, CLICK_ISO3)
	);
}

/** One throttled load with the map area sampled, in a fresh context. */
async function measureThrottled(browser, server, target) {
	return inFreshPage(browser, (page, cdp) =>
		throttledLoad(page, cdp, server.origin + target.path, THROTTLE)
	);
}

/**
 * A page in a fresh context (empty cache) with the in-page instrument installed and a DevTools
 * session on it, handed to `load`; the context is closed whatever `load` does.
 */
async function inFreshPage(browser, load) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		await page.addInitScript(instrument);
		return await load(page, await context.newCDPSession(page));
	} finally {
		await context.close();
	}
}

/**
 * Fails if the browser runs pages of its own beside the one under test (a new window's address
 * bar popup, say): they would land in some loads and not others (scripts/browser.mjs).
 */
async function checkNoBrowserPages(browser) {
	await inFreshPage(browser, async (page) => {
		await page.goto('about:blank');
		// The popup's page is created shortly after its window.
		await page.waitForTimeout(1000);
		const cdp = await browser.newBrowserCDPSession();
		const { targetInfos } = await cdp.send('Target.getTargets');
		await cdp.detach();
		const own = targetInfos.filter((t) => t.type === 'browser_ui').map((t) => t.url);
		if (own.length)
			throw new Error(
				`Chromium loads pages of its own in each new window (${own.join(', ')}): ` +
					'they would run beside measured loads. Turn them off in CHROMIUM_ARGS (scripts/browser.mjs).'
			);
	});
}

/** Year steps on an app page: ArrowLeft on the year slider, if the page has one. */
async function appSteps(page) {
	const slider = yearSlider(page);
	if ((await slider.count()) === 0) return [];
	const out = [];
	for (let i = 0; i < STEPS; i++) {
		out.push(await keyStep(page, slider));
		await settle(page);
	}
	return out;
}

/** Year steps on the floor: the same years, the same feature-state calls as the app. */
function bareSteps(years) {
	return async (page) => {
		await page.evaluate(() => window.__benchLoadYears());
		const out = [];
		for (const year of years) {
			out.push(await bareStep(page, year));
			await settle(page);
		}
		return out;
	};
}

async function main() {
	const started = Date.now();
	await build();
	// Serve a snapshot: a build started elsewhere mid-benchmark would swap the hashed files.
	const snapshot = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
	try {
		cpSync(BUILD, snapshot, { recursive: true });
		const hasEmbed = Boolean(await resolveFile(snapshot, '/embed'));
		const server = await startServer({
			root: snapshot,
			mounts: { '/__bench/geodata/': join(ROOT, 'geodata') },
			generated: libraryFiles()
		});
		try {
			log(`serving a copy of build/ at ${server.origin}`);
			const browser = await chromium.launch({
				executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
				args: [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader']
			});
			try {
				await checkNoBrowserPages(browser);
				await benchmark(browser, server, hasEmbed, started);
			} finally {
				await browser.close();
			}
		} finally {
			await server.close();
		}
	} finally {
		rmSync(snapshot, { recursive: true, force: true });
	}
}

/** Calibrates the floor, measures every page RUNS times, writes and prints the report. */
async function benchmark(browser, server, hasEmbed, started) {
	log('calibrating: reading the live style and per-year state from the explorer…');
	const calib = await calibrate(browser, `${server.origin}/`, STEPS, VIEWPORT);
	for (const [path, file] of barePage(calib)) server.generated.set(path, file);
	for (const [path, file] of floorPages(calib)) server.generated.set(path, file);
	log(
		`floor: ${calib.size.width}×${calib.size.height} px map, ${calib.style.layers.length} layers, ` +
			`years ${calib.year0} → ${calib.years.join(', ')}`
	);

	const full = (target) => measureOnce(browser, server, target);
	const describeFull = (r) =>
		`map ${ms(r.firstMap)} ready ${ms(r.tti)} repaint ${ms(r.repaint)} step ${ms(r.step)} · ` +
		`to pixels ${ms(r.repaintDrawn)} / ${ms(r.stepDrawn)}`;
	const firstView = (target) => measureFirstView(browser, server, target);
	const describeFirstView = (r) => `map ${ms(r.firstMap)} ready ${ms(r.tti)}`;
	const interaction = (target) => measureInteraction(browser, server, target);
	const describeInteraction = (r) =>
		`picture ${ms(r.picture)} click +${ms(r.sentAfterPaint)} → url ${ms(r.toUrl)} panel ` +
		`${ms(r.firstInteraction)} (${r.attempts} click${r.attempts === 1 ? '' : 's'}` +
		`${r.reload ? ', by reload' : ''})`;
	const pageTargets = [
		{ name: 'explorer', path: '/', steps: appSteps, measure: full, describe: describeFull },
		...(hasEmbed
			? [{ name: 'embed', path: '/embed', steps: appSteps, measure: full, describe: describeFull }]
			: []),
		{
			name: 'bare',
			path: '/__bench/bare.html',
			steps: bareSteps(calib.years),
			measure: full,
			describe: describeFull
		}
	];
	const firstViewTargets = [
		{ name: 'minimal', path: '/__bench/minimal.html' },
		{ name: 'leaflet', path: '/__bench/leaflet.html' },
		{ name: 'selected', path: '/?country=BIH&year=1995' },
		// The explorer in the other languages: each build's own strings, fonts and names.
		{ name: 'french', path: '/fr/' },
		{ name: 'arabic', path: '/ar/' }
	].map((t) => ({ ...t, measure: firstView, describe: describeFirstView }));
	const interactionTargets = [
		{ name: 'click', path: '/' },
		{ name: 'clickSelected', path: '/?country=BIH&year=1995' }
	].map((t) => ({ ...t, measure: interaction, describe: describeInteraction }));
	if (!hasEmbed) log('no build/embed.html: (b) /embed is skipped');

	// One untimed load of each generated page: checks it works and fills the server's gzip cache.
	await measureOnce(browser, server, pageTargets.at(-1));
	for (const target of firstViewTargets.slice(0, 2)) await firstView(target);
	// Interleaved, so a slow spell on the machine hits every page alike. Each load is its own
	// fresh context: the first-view and click loads never share one with the full loads.
	const all = await rounds(
		[...pageTargets, ...firstViewTargets, ...interactionTargets],
		RUNS,
		'run',
		(target) => target.measure(target),
		(r, target) => target.describe(r)
	);
	const pick = (targets) => Object.fromEntries(targets.map((t) => [t.name, all[t.name]]));
	const runs = pick(pageTargets);
	const firstViewRuns = pick(firstViewTargets);
	const clickRuns = pick(interactionTargets);
	const weakRuns = await rounds(
		pageTargets,
		WEAK_RUNS,
		'weak',
		(target) => measureWeak(browser, server, target),
		(r) => `map ${ms(r.firstMap)} ready ${ms(r.tti)}`
	);
	const throttledTargets = [
		{ name: 'explorer', path: '/' },
		{ name: 'selected', path: '/?country=BIH&year=1995' }
	];
	const throttledRuns = await rounds(
		throttledTargets,
		THROTTLED_RUNS,
		`throttled ${THROTTLE.rate}×`,
		(target) => measureThrottled(browser, server, target),
		(r) =>
			`map ${ms(r.firstMap)} (on screen ${ms(r.shownAt)}) ready ${ms(r.tti)} · ` +
			`${r.samples} samples, ${r.blank} blank` +
			(r.blank ? ` at ${spans(r.blankAt, THROTTLE.interval)}` : '')
	);

	const pages = Object.fromEntries(Object.entries(runs).map(([name, r]) => [name, summarise(r)]));
	for (const [name, s] of Object.entries(pages)) {
		if (s.runs === 0) throw new Error(`every run of ${name} failed: ${runs[name][0]?.error}`);
	}
	// The lighter pages and the extra views report n/a when they fail: they never stop the report.
	for (const [name, r] of Object.entries(firstViewRuns)) pages[name] = summarise(r);
	const ratios = Object.fromEntries(
		Object.keys(pages)
			.filter((n) => n !== 'bare')
			.map((n) => [n, ratiosTo(pages.bare, pages[n])])
	);
	const interactions = {
		explorer: interactionSummary(clickRuns.click),
		selected: interactionSummary(clickRuns.clickSelected)
	};
	const throttled = THROTTLED_RUNS
		? {
				...THROTTLE,
				blankShare: BLANK_SHARE,
				runs: THROTTLED_RUNS,
				pages: Object.fromEntries(
					Object.entries(throttledRuns).map(([name, r]) => [name, throttledSummary(r)])
				)
			}
		: null;
	const result = {
		date: new Date().toISOString(),
		runs: RUNS,
		browser: browser.version(),
		cpus: cpus().length,
		viewport: VIEWPORT,
		commit: commit(),
		seconds: Math.round((Date.now() - started) / 1000),
		pages,
		ratios,
		paired: Object.fromEntries(
			Object.keys(runs)
				.filter((n) => n !== 'bare')
				.map((n) => [n, { tti: pairedRatio(runs[n], runs.bare, 'tti') }])
		),
		toMinimal: {
			tti: pages.minimal?.tti && pages.explorer.tti ? pages.explorer.tti / pages.minimal.tti : null,
			paired: pairedRatio(runs.explorer, firstViewRuns.minimal, 'tti')
		},
		interaction: interactions,
		throttled,
		budgets: budgets(pages, {
			interaction: interactions,
			throttled: throttled?.pages
		}),
		weak: WEAK_RUNS ? { ...WEAK, runs: WEAK_RUNS, pages: weakSummary(weakRuns) } : null,
		notes: notes(hasEmbed, calib, all),
		floor: {
			size: calib.size,
			view: calib.view,
			bounds: calib.bounds,
			year0: calib.year0,
			years: calib.years
		},
		raw: runs,
		rawFirstView: firstViewRuns,
		rawInteraction: clickRuns,
		rawThrottled: throttledRuns,
		rawWeak: weakRuns
	};
	mkdirSync(RESULTS, { recursive: true });
	writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(result, null, '\t') + '\n');
	const md = markdown(result);
	writeFileSync(join(RESULTS, 'latest.md'), md);
	console.log('\n' + md);
	log(`wrote bench/results/latest.json and latest.md in ${result.seconds} s`);
}

/**
 * `count` rounds of one measurement of every target, interleaved; a failed load is kept as
 * `{ error }` and logged, never thrown. Returns each target's results by name.
 */
async function rounds(targets, count, label, measure, describe) {
	const out = Object.fromEntries(targets.map((t) => [t.name, []]));
	for (let i = 1; i <= count; i++) {
		for (const target of targets) {
			try {
				const r = await measure(target);
				out[target.name].push(r);
				log(`${label} ${i}/${count} ${target.name.padEnd(9)} ${describe(r, target)}`);
			} catch (error) {
				out[target.name].push({ error: String(error?.message ?? error) });
				log(`${label} ${i}/${count} ${target.name}: FAILED ${error?.message ?? error}`);
			}
		}
	}
	return out;
}

const ms = (v) => (v == null ? 'n/a' : `${Math.round(v)} ms`);

const LEAFLET_VERSION = JSON.parse(
	readFileSync(join(ROOT, 'node_modules/leaflet/package.json'), 'utf8')
).version;

/** What a reader of the table needs to know about how each figure was taken. */
function notes(hasEmbed, calib, all) {
	const failed = Object.entries(all)
		.map(([name, list]) => [name, list.filter((r) => r.error)])
		.filter(([, errors]) => errors.length > 0)
		.map(([name, errors]) => `${name} ${errors.length}× (${errors[0].error.split('\n')[0]})`);
	return [
		...(hasEmbed ? [] : ['(b) /embed skipped: build/embed.html does not exist yet.']),
		...(failed.length ? [`Failed loads, left out of the medians: ${failed.join('; ')}.`] : []),
		"(c) is MapLibre alone with the explorer's live style (same layers, paint, font), camera, " +
			`canvas size (${calib.size.width}×${calib.size.height}), feature properties and per-year ` +
			'feature state; shapes decoded from geodata/countries.topo.json in the page.',
		'First painted map: (a)/(b) and (e) the presentation time of the first frame that painted the ' +
			"SVG map (`.map-picture svg`, Leaflet's paths), by Element Timing on a transparent 1×1 " +
			"image the bench adds to it; (c)/(d) MapLibre's first rendered frame with country shapes.",
		'Time to interactive: `[data-ready="true"]` seen by a MutationObserver; times from navigation start. ' +
			'Map constructed: the `map-constructed` performance mark each page sets right after `new Map()`: ' +
			'where the engine starts, which on (a)/(b) comes after the page, its code and hydration.',
		'Year step: ArrowLeft on the Year slider, from keydown to the frame showing the new year (the URL ' +
			'follows in the task after it); (c) replays the setFeatureState calls the app made for the ' +
			'same years, call for call. Plain repaint: triggerRepaint(). Median of 5 per run, then of runs.',
		'Two ends of a frame: "main thread" stops at MapLibre\'s \'idle\' (draw calls issued); "to pixels" ' +
			'reads one pixel back at that moment, which waits until the GPU (here SwiftShader, on the CPU) ' +
			'has drawn the frame. The year-step budget is taken to pixels, where the frame has finished. ' +
			'The main-thread figures (2–5 ms) swing by ±15% between runs: compare them with (c) in the ' +
			'a / c column (the floor copies the explorer’s canvas and camera; the embed draws a larger map).',
		'Bytes: gzip bodies of the requests that reached the server before the page was ready ' +
			'(KB = 1024 bytes); the scripts it imported in the second after are the "after ready" row ' +
			'(the offline cache, filled by the service worker from then on, is not counted). ' +
			'MapLibre = path containing ' +
			'"maplibre" or > 900 KB raw. Heap: CDP Runtime.getHeapUsage 1 s after ready, after a forced GC.',
		'(d) minimal MapLibre: the same shapes, canvas size and camera as (c), with a background, one ' +
			'fill and one border layer (no labels, glyphs or other sources); first painted map and time to ' +
			"interactive as (c) (the first frame with shapes; the map's first `idle` after the shapes are set). " +
			'(e) Leaflet ' +
			`${LEAFLET_VERSION}: the same shapes as SVG paths, no tiles, a sea-coloured container of the same ` +
			"size fitted to the area (c)'s camera shows; its whole map is the frame after the GeoJSON " +
			'layer is added, once laid out, and is also its first painted map (it draws in one frame). ' +
			'Each is loaded in its own fresh context in every round, as is `/?country=BIH&year=1995`.',
		`First interaction: separate loads of \`/\` and \`/?country=BIH&year=1995\` (Bosnia and Herzegovina's panel open). In the first frame the static ` +
			`picture is laid out with ${CLICK_ISO3} in it (the first painted map's moment, told to the bench ` +
			`by a binding), the centre of ${CLICK_ISO3}'s box there is clicked (page.mouse.click), again ` +
			'every 50 ms while nothing happens (no navigation, no URL change, no panel), and the time ' +
			'runs from the moment the first click is sent (so input delay behind a long task counts) ' +
			'until the panel heading (`#panel-title`) names the country (seen by a MutationObserver). ' +
			'A click before the page’s code has run is kept by the picture’s own script; should one ' +
			"still reach the picture's link, it reloads the page at `?country=…` (the reload row), and " +
			'the time spans both documents (wall clock). The URL row is when the address first names ' +
			'the country.',
		`Throttled: DevTools \`Emulation.setCPUThrottlingRate\` ${THROTTLE.rate} on the page (the GPU ` +
			'process, SwiftShader here, is not throttled), one fresh context a load. What is on screen is ' +
			"recorded with DevTools' screencast (every presented frame, half size, with its presentation " +
			'time; Page.captureScreenshot would wait ~0.5 s a capture for the throttled main thread). From ' +
			`the first painted map, every ${THROTTLE.interval} ms until ready, a sample is the frame on ` +
			`screen then, cropped to the map area \`${THROTTLE.selector}\` as laid out then; it is blank ` +
			`when one colour (5 bits a channel) covers more than ${BLANK_SHARE * 100}% of it. These loads ` +
			'are slowed by the recording too: compare their times only with each other.'
	];
}

main().catch((error) => {
	console.error('[bench] crashed:', error?.stack ?? error);
	process.exit(1);
});
