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

/** Medians over runs of every metric, for one page. */
export function summarise(runs) {
	const ok = runs.filter((r) => !r.error);
	const out = { runs: ok.length, failed: runs.length - ok.length };
	for (const [key] of METRICS) {
		if (key === 'stepRatio' || key === 'stepDrawnRatio') continue;
		out[key] = median(ok.map((r) => r[key]));
	}
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

/** Medians of the weak-connection loads: first painted map and time to interactive per page. */
export function weakSummary(runs) {
	return Object.fromEntries(
		Object.entries(runs).map(([name, list]) => {
			const ok = list.filter((r) => !r.error);
			return [
				name,
				{
					runs: ok.length,
					failed: list.length - ok.length,
					firstMap: median(ok.map((r) => r.firstMap)),
					tti: median(ok.map((r) => r.tti))
				}
			];
		})
	);
}

/** The weak-connection table, or nothing when the pass was skipped. */
export function weakTable(weak) {
	if (!weak) return [];
	const { explorer: a, embed: b, bare: c } = weak.pages;
	const cell = (p, key) => (p ? show(p[key], 'ms') : 'n/a');
	const r = (p, key) => showRatio(ratio(p?.[key], c?.[key]));
	const row = (label, key) =>
		`| ${label} | ${cell(a, key)} | ${b ? `${cell(b, key)} | ` : ''}${cell(c, key)} | ${r(a, key)} |${b ? ` ${r(b, key)} |` : ''}`;
	return [
		`Over a weak connection (${weak.label}; median of ${weak.runs} loads each, reported, not budgeted):`,
		'',
		`| Metric (median) | (a) explorer | ${b ? '(b) embed | ' : ''}(c) bare MapLibre | a / c |${b ? ' b / c |' : ''}`,
		`| --- | --- | ${b ? '--- | ' : ''}--- | --- |${b ? ' --- |' : ''}`,
		row('First painted map', 'firstMap'),
		row('Time to interactive (data-ready)', 'tti'),
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

/** The Markdown report: medians, ratios to (c), budgets, notes. */
export function markdown(result) {
	const { pages, ratios } = result;
	const hasEmbed = Boolean(pages.embed);
	const head = ['Metric (median)', '(a) explorer `/`'];
	if (hasEmbed) head.push('(b) embed `/embed`');
	head.push('(c) bare MapLibre', 'a / c');
	if (hasEmbed) head.push('b / c');
	const rows = METRICS.map(([key, label, unit]) => {
		const row = [label, show(pages.explorer?.[key], unit)];
		if (hasEmbed) row.push(show(pages.embed?.[key], unit));
		row.push(show(pages.bare?.[key], unit), showRatio(ratios.explorer?.[key]));
		if (hasEmbed) row.push(showRatio(ratios.embed?.[key]));
		return row;
	});
	const table = [head, head.map(() => '---'), ...rows]
		.map((r) => `| ${r.join(' | ')} |`)
		.join('\n');
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
