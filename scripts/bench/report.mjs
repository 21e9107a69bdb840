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
 */
export function budgets(s) {
	const { explorer: a, embed: b, bare: c } = s;
	const check = (name, value, limit, unit) => ({
		name,
		value,
		limit,
		unit,
		result: value == null || limit == null ? 'SKIP' : value <= limit ? 'PASS' : 'FAIL'
	});
	return [
		check(
			'First painted map (a) ≤ 0.3 × time to interactive (c)',
			a?.firstMap,
			c?.tti != null ? 0.3 * c.tti : null,
			'ms'
		),
		check('Time to interactive (a) ≤ 1.1 × (c)', a?.tti, c?.tti != null ? 1.1 * c.tti : null, 'ms'),
		check('Year step ≤ 1.5 × plain repaint, to pixels (a)', a?.stepDrawnRatio, 1.5, 'x'),
		check('Year step ≤ 1.5 × plain repaint, to pixels (b)', b?.stepDrawnRatio, b ? 1.5 : null, 'x'),
		check('Own JavaScript (a) ≤ 60 KB gzip', a?.ownJs, 60 * KB, 'B'),
		check('Own JavaScript (b) ≤ (a)', b?.ownJs, b ? a?.ownJs : null, 'B'),
		check('Data for the first view (a) ≤ 120 KB gzip', a?.data, 120 * KB, 'B')
	];
}

function show(value, unit) {
	if (value == null) return 'n/a';
	if (unit === 'ms') return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
	if (unit === 'x') return `${value.toFixed(2)}×`;
	if (unit === 'KB') return `${(value / KB).toFixed(1)} KB`;
	if (unit === 'MB') return `${(value / KB / KB).toFixed(1)} MB`;
	if (unit === 'B') return `${(value / KB).toFixed(1)} KB`;
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
		...weakTable(result.weak),
		...result.notes.map((n) => `- ${n}`),
		''
	].join('\n');
}
