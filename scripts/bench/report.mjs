/**
 * Turns per-run measurements into medians, ratios to the bare floor, budget checks and a
 * Markdown table. Pure functions: no browser, no files.
 */
import { median } from './measure.mjs';

export const KB = 1024;

/** Anything whose path says maplibre, or too big to be ours, is the engine, not app code. */
const MAPLIBRE_RAW_BYTES = 900 * KB;
export const isMaplibre = (entry) => /maplibre/i.test(entry.path) || entry.raw > MAPLIBRE_RAW_BYTES;

export function kind(path) {
	if (/\.(m?js)$/i.test(path)) return 'js';
	if (/\.json$/i.test(path)) return 'data';
	return 'other';
}

/** Bytes on the wire (gzip where the server compressed) of one page load's responses. */
export function sumBytes(log) {
	const out = { js: 0, ownJs: 0, data: 0, other: 0, total: 0, requests: log.length, files: [] };
	for (const e of log) {
		const k = kind(e.path);
		out[k] += e.bytes;
		out.total += e.bytes;
		if (k === 'js' && !isMaplibre(e)) out.ownJs += e.bytes;
		out.files.push({ path: e.path, bytes: e.bytes, raw: e.raw, kind: k, maplibre: isMaplibre(e) });
	}
	return out;
}

/** The metrics the report shows, in order: key, label, unit. */
export const METRICS = [
	['firstMap', 'First painted map', 'ms'],
	['constructed', 'MapLibre map constructed (engine started)', 'ms'],
	['tti', 'Time to interactive (data-ready)', 'ms'],
	['repaint', 'Plain repaint, main thread (→ idle)', 'ms'],
	['step', 'Year step, main thread (→ idle)', 'ms'],
	['stepRatio', 'Year step / repaint, main thread', 'x'],
	['repaintDrawn', 'Plain repaint, to pixels (GPU done)', 'ms'],
	['stepDrawn', 'Year step, to pixels (GPU done)', 'ms'],
	['stepDrawnRatio', 'Year step / repaint, to pixels', 'x'],
	['js', 'JavaScript (gzip)', 'KB'],
	['ownJs', 'Own JavaScript, without MapLibre (gzip)', 'KB'],
	['ownJsLater', 'Own JavaScript imported in the second after ready (gzip)', 'KB'],
	['data', 'Data, first view (gzip)', 'KB'],
	['other', 'Other: HTML, CSS, fonts (gzip)', 'KB'],
	['heap', 'JS heap after load (main thread, after GC)', 'MB']
];

const ratio = (a, b) => (a != null && b ? a / b : null);

/** Medians over runs of the given metrics (all of them by default), for one page. */
function medians(runs, keys) {
	const ok = runs.filter((r) => !r.error);
	const out = { runs: ok.length, failed: runs.length - ok.length };
	for (const key of keys) out[key] = median(ok.map((r) => r[key]));
	return out;
}

/** Medians over runs of every metric, for one page. */
export function summarise(runs) {
	const keys = METRICS.map(([key]) => key);
	const out = medians(
		runs,
		keys.filter((key) => key !== 'stepRatio' && key !== 'stepDrawnRatio')
	);
	// Ratio of medians: a per-run ratio would let one slow repaint swing the figure.
	out.stepRatio = ratio(out.step, out.repaint);
	out.stepDrawnRatio = ratio(out.stepDrawn, out.repaintDrawn);
	return out;
}

/**
 * The median of per-round ratios: each load of a page against the floor's load of the same
 * round (the runs are interleaved). Reported beside the ratio of medians, which a floor with two
 * modes (see the README) can tip either way.
 */
export function pairedRatio(pageRuns, floorRuns, key) {
	return median(
		pageRuns.map((r, i) => {
			const floor = floorRuns[i];
			return r?.error || floor?.error || !floor?.[key] ? null : r[key] / floor[key];
		})
	);
}

/** The metrics of the weak-connection pass: first painted map and time to interactive. */
const WEAK_METRICS = METRICS.filter(([key]) => key === 'firstMap' || key === 'tti');

/** Medians of the weak-connection loads: first painted map and time to interactive per page. */
export function weakSummary(runs) {
	const keys = WEAK_METRICS.map(([key]) => key);
	return Object.fromEntries(
		Object.entries(runs).map(([name, list]) => [name, medians(list, keys)])
	);
}

/** The weak-connection table, or nothing when the pass was skipped. */
export function weakTable(weak) {
	if (!weak) return [];
	return [
		`Over a weak connection (${weak.label}; median of ${weak.runs} loads each, reported, not budgeted):`,
		'',
		pageTable(WEAK_METRICS, weak.pages, { explorer: '(a) explorer', embed: '(b) embed' }),
		''
	];
}

/** Each page's medians divided by the floor's. */
export function ratiosTo(floor, page) {
	return Object.fromEntries(METRICS.map(([key]) => [key, ratio(page?.[key], floor?.[key])]));
}

/**
 * The budgets. A missing figure is SKIP, never FAIL: a page that is not built yet (the embed)
 * cannot break the app's build.
 * @param {Record<string, object>} s  each page's medians (summarise): explorer, embed, bare, and
 *   the lighter pages minimal (d) and leaflet (e)
 * @param {object} [more]
 * @param {Record<string, object>} [more.interaction]  first-interaction medians by view
 *   (interactionSummary): `explorer` for `/`, `selected` for `/?country=BIH&year=1995`
 * @param {Record<string, object>} [more.throttled]  throttled loads' totals by page
 *   (throttledSummary): `explorer` for `/`, `selected` for `/?country=BIH&year=1995`
 */
export function budgets(s, { interaction = {}, throttled = {} } = {}) {
	const { explorer: a, embed: b, bare: c, leaflet: e, french: fr, arabic: ar } = s;
	const check = (name, value, limit, unit) => ({
		name,
		value,
		limit,
		unit,
		result: value == null || limit == null ? 'SKIP' : value <= limit ? 'PASS' : 'FAIL'
	});
	const ofFloor = (factor) => (c?.tti != null ? factor * c.tti : null);
	return [
		check('First painted map (a) ≤ 0.3 × time to interactive (c)', a?.firstMap, ofFloor(0.3), 'ms'),
		// Both as presented: the first frame that painted each SVG map, by Element Timing
		// (measure.mjs). (e) draws its whole map in that frame.
		check("First painted map (a) ≤ Leaflet's whole map (e)", a?.firstMap, e?.firstMap, 'ms'),
		check('Time to interactive (a) ≤ 1.2 × (c)', a?.tti, ofFloor(1.2), 'ms'),
		check(
			'First interaction `/` ≤ 0.35 × time to interactive (c)',
			interaction.explorer?.firstInteraction,
			ofFloor(0.35),
			'ms'
		),
		check(
			'First interaction `/?country=BIH&year=1995` ≤ 0.35 × time to interactive (c)',
			interaction.selected?.firstInteraction,
			ofFloor(0.35),
			'ms'
		),
		check('No blank map area under 4× CPU throttling, `/`', throttled.explorer?.blank, 0, 'count'),
		check(
			'No blank map area under 4× CPU throttling, `/?country=BIH&year=1995`',
			throttled.selected?.blank,
			0,
			'count'
		),
		check('Year step ≤ 1.5 × plain repaint, to pixels (a)', a?.stepDrawnRatio, 1.5, 'x'),
		check('Year step ≤ 1.5 × plain repaint, to pixels (b)', b?.stepDrawnRatio, b ? 1.5 : null, 'x'),
		check('Own JavaScript (a) ≤ 60 KB gzip', a?.ownJs, 60 * KB, 'B'),
		check('Own JavaScript (b) ≤ (a)', b?.ownJs, b ? a?.ownJs : null, 'B'),
		check('Data for the first view (a) ≤ 120 KB gzip', a?.data, 120 * KB, 'B'),
		check('Own JavaScript (a) in French `/fr/` ≤ 60 KB gzip', fr?.ownJs, fr ? 60 * KB : null, 'B'),
		check('Own JavaScript (a) in Arabic `/ar/` ≤ 60 KB gzip', ar?.ownJs, ar ? 60 * KB : null, 'B'),
		check(
			'Data for the first view (a) in French ≤ 120 KB gzip',
			fr?.data,
			fr ? 120 * KB : null,
			'B'
		),
		check(
			'Data for the first view (a) in Arabic ≤ 120 KB gzip',
			ar?.data,
			ar ? 120 * KB : null,
			'B'
		)
	];
}

/** First interaction, per view: medians over loads, and how many opened by a reload. */
const INTERACTION_METRICS = [
	['picture', 'Map picture laid out (the first click is sent then)', 'ms'],
	['sentAfterPaint', "First click sent, after the picture (the bench's reaction)", 'ms'],
	['inputDelay', 'First click sent → received by the page (input delay)', 'ms'],
	['toUrl', 'First click → URL names the country', 'ms'],
	['firstInteraction', 'First click → panel names the country (first interaction)', 'ms'],
	['fromPaint', 'Map picture laid out → panel names the country', 'ms'],
	['toFigures', "First click → panel shows the country's figures", 'ms'],
	['attempts', 'Clicks sent (one every 50 ms while nothing happens)', 'n']
];

/** Medians of one view's first-interaction loads; `reloads` counts loads the link reloaded. */
export function interactionSummary(runs) {
	const out = medians(
		runs,
		INTERACTION_METRICS.map(([key]) => key)
	);
	out.reloads = runs.filter((r) => !r.error && r.reload).length;
	out.iso3 = runs.find((r) => !r.error)?.iso3 ?? null;
	return out;
}

/** The first-interaction table: one column per view. */
export function interactionTable(interaction, heads) {
	const views = Object.keys(heads).filter((v) => interaction?.[v]);
	if (views.length === 0) return [];
	const head = ['First interaction (median)', ...views.map((v) => heads[v])];
	const rows = INTERACTION_METRICS.map(([key, label, unit]) => [
		label,
		...views.map((v) => show(interaction[v][key], unit))
	]);
	rows.push([
		"Opened by a reload (the picture's link, before the app took clicks)",
		...views.map((v) => `${interaction[v].reloads} of ${interaction[v].runs}`)
	]);
	const iso3 = views.map((v) => interaction[v].iso3).find(Boolean) ?? 'a country';
	return [
		`First interaction: a click on ${iso3} in the map at the first painted map, until the panel names it:`,
		'',
		[head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n'),
		''
	];
}

/**
 * The throttled loads of one page, summed: blank samples over every load that finished, and
 * every load's figures for the table.
 */
export function throttledSummary(loads) {
	const ok = loads.filter((l) => !l.error);
	return {
		runs: ok.length,
		failed: loads.length - ok.length,
		blank: ok.length ? ok.reduce((n, l) => n + l.blank, 0) : null,
		samples: ok.reduce((n, l) => n + l.samples, 0),
		loads: loads.map((l) =>
			l.error
				? { error: l.error }
				: {
						firstMap: l.firstMap,
						tti: l.tti,
						samples: l.samples,
						blank: l.blank,
						blankAt: l.blankAt
					}
		)
	};
}

/**
 * Sample times as spans of consecutive samples: "1800–2500 ms, 3100 ms". Consecutive: at most
 * 1.5 sampling intervals apart.
 */
export function spans(times, interval) {
	const out = [];
	for (const t of times) {
		const last = out[out.length - 1];
		if (last && t - last[1] <= 1.5 * interval) last[1] = t;
		else out.push([t, t]);
	}
	return out
		.map(([a, b]) => (a === b ? show(a, 'ms') : `${Math.round(a)}–${show(b, 'ms')}`))
		.join(', ');
}

/** The throttled pass's table: one row per load; blank samples as spans of time. */
export function throttledTable(throttled, heads) {
	if (!throttled) return [];
	const rows = [];
	for (const [page, label] of Object.entries(heads)) {
		const loads = throttled.pages?.[page]?.loads ?? [];
		loads.forEach((l, i) => {
			const name = loads.length > 1 ? `${label} #${i + 1}` : label;
			if (l.error) return rows.push([name, `failed: ${l.error}`, '', '', '', '']);
			const at = l.blankAt.length ? spans(l.blankAt, throttled.interval) : '–';
			rows.push([
				name,
				show(l.firstMap, 'ms'),
				show(l.tti, 'ms'),
				String(l.samples),
				String(l.blank),
				at
			]);
		});
	}
	if (rows.length === 0) return [];
	const head = [
		'Load',
		'First painted map',
		'Time to interactive',
		'Samples',
		'Blank samples',
		'Blank at'
	];
	return [
		`Under ${throttled.rate}× CPU throttling (the map area \`${throttled.selector}\` as on screen ` +
			`every ${throttled.interval} ms from the first painted map until ready; blank = one colour ` +
			`covers more than ${Math.round(throttled.blankShare * 100)}% of it):`,
		'',
		[head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n'),
		''
	];
}

/** The lighter pages' rows: what a page with less on it shows and when. */
export const FLOOR_METRICS = [
	['firstMap', 'First painted map', 'ms'],
	['tti', 'Time to interactive (data-ready); (e): whole map drawn', 'ms'],
	['js', 'JavaScript (gzip)', 'KB'],
	['data', 'Data, first view (gzip)', 'KB'],
	['other', 'Other: HTML, CSS, fonts (gzip)', 'KB']
];

/**
 * The first view against the lighter pages: (a) at `/` and with a selection, the floor (c),
 * minimal MapLibre (d) and Leaflet (e), with (a)'s ratios to (d) and (e).
 */
/** The explorer in each language: the same first view, each build's own bytes. */
export function languagesTable(pages) {
	const columns = [
		['explorer', '(a) `/` English'],
		['french', '(a) `/fr/` French'],
		['arabic', '(a) `/ar/` Arabic']
	].filter(([key]) => pages[key]);
	if (columns.length < 2) return [];
	const metrics = [
		['firstMap', 'First painted map', 'ms'],
		['tti', 'Time to interactive (data-ready)', 'ms'],
		['ownJs', 'Own JavaScript, without MapLibre (gzip)', 'B'],
		['data', 'Data, first view (gzip)', 'B'],
		['other', 'Other: HTML, CSS, fonts (gzip)', 'B']
	];
	const head = ['Metric (median)', ...columns.map(([, label]) => label)];
	const rows = metrics.map(([key, label, unit]) => [
		label,
		...columns.map(([page]) => show(pages[page]?.[key], unit))
	]);
	return [
		'The explorer in each language (separate loads in the same rounds; Arabic adds its font):',
		'',
		[head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n'),
		''
	];
}

export function floorsTable(pages) {
	if (!pages.minimal && !pages.leaflet) return [];
	const columns = [
		['explorer', '(a) explorer `/`'],
		['selected', '(a) `/?country=BIH&year=1995`'],
		['bare', '(c) bare MapLibre'],
		['minimal', '(d) minimal MapLibre'],
		['leaflet', '(e) Leaflet SVG']
	].filter(([key]) => pages[key]);
	const head = ['Metric (median)', ...columns.map(([, label]) => label), 'a / d', 'a / e'];
	const rows = FLOOR_METRICS.map(([key, label, unit]) => [
		label,
		...columns.map(([page]) => show(pages[page]?.[key], unit)),
		showRatio(ratio(pages.explorer?.[key], pages.minimal?.[key])),
		showRatio(ratio(pages.explorer?.[key], pages.leaflet?.[key]))
	]);
	return [
		'The first view against lighter pages, in the same rounds ((d) the shapes alone in MapLibre, ' +
			'(e) the shapes as SVG in Leaflet):',
		'',
		[head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n'),
		''
	];
}

function show(value, unit) {
	if (value == null) return 'n/a';
	if (unit === 'ms') return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
	if (unit === 'x') return `${value.toFixed(2)}×`;
	if (unit === 'KB') return `${(value / KB).toFixed(1)} KB`;
	if (unit === 'MB') return `${(value / KB / KB).toFixed(1)} MB`;
	if (unit === 'B') return `${(value / KB).toFixed(1)} KB`;
	if (unit === 'n') return Number.isInteger(value) ? String(value) : value.toFixed(1);
	return String(value);
}

const showRatio = (r) => (r == null ? '–' : `${r.toFixed(2)}`);

/**
 * A Markdown table of the pages' medians for `metrics`, with each one's ratio to the floor (c);
 * the embed's columns only when it was measured.
 */
function pageTable(metrics, pages, heads) {
	const hasEmbed = Boolean(pages.embed);
	const head = ['Metric (median)', heads.explorer];
	if (hasEmbed) head.push(heads.embed);
	head.push('(c) bare MapLibre', 'a / c');
	if (hasEmbed) head.push('b / c');
	const rows = metrics.map(([key, label, unit]) => {
		const row = [label, show(pages.explorer?.[key], unit)];
		if (hasEmbed) row.push(show(pages.embed?.[key], unit));
		row.push(
			show(pages.bare?.[key], unit),
			showRatio(ratio(pages.explorer?.[key], pages.bare?.[key]))
		);
		if (hasEmbed) row.push(showRatio(ratio(pages.embed?.[key], pages.bare?.[key])));
		return row;
	});
	return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** The Markdown report: medians, ratios to (c), budgets, notes. */
export function markdown(result) {
	const table = pageTable(METRICS, result.pages, {
		explorer: '(a) explorer `/`',
		embed: '(b) embed `/embed`'
	});
	const budgetRows = result.budgets.map(
		(b) => `| ${b.result} | ${b.name} | ${show(b.value, b.unit)} | ${show(b.limit, b.unit)} |`
	);
	const paired = Object.entries(result.paired ?? {})
		.map(([name, p]) => `${name} ${showRatio(p.tti)}`)
		.join(', ');
	const minimal = result.toMinimal;
	return [
		`# Peacekeeping Atlas benchmark`,
		'',
		`${result.date} · ${result.runs} runs per page · Chromium ${result.browser} · ${result.cpus} CPU cores · ` +
			`software WebGL (SwiftShader) · viewport ${result.viewport.width}×${result.viewport.height} · commit ${result.commit}`,
		'',
		table,
		'',
		'| Result | Budget | Value | Limit |',
		'| --- | --- | --- | --- |',
		...budgetRows,
		'',
		...(paired
			? [
					`Time to interactive, median of per-round ratios to (c) (reported, not budgeted): ${paired}.`,
					''
				]
			: []),
		...(minimal
			? [
					`Time to interactive (a) / (d) minimal MapLibre (reported, not budgeted; aim ≤ 1.5): ` +
						`${showRatio(minimal.tti)} by medians, ${showRatio(minimal.paired)} by per-round ratios.`,
					''
				]
			: []),
		...floorsTable(result.pages),
		...languagesTable(result.pages),
		...interactionTable(result.interaction, {
			explorer: '(a) `/`',
			selected: '(a) `/?country=BIH&year=1995`'
		}),
		...throttledTable(result.throttled, {
			explorer: '(a) `/`',
			selected: '(a) `/?country=BIH&year=1995`'
		}),
		...weakTable(result.weak),
		...result.notes.map((n) => `- ${n}`),
		''
	].join('\n');
}
