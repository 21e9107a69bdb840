import { describe, expect, it } from 'vitest';

// The bench is plain ES modules run by Node: imported by name so the type check leaves them be.
const REPORT = './report.mjs';
const {
	budgets,
	interactionSummary,
	markdown,
	pairedRatio,
	spans,
	sumBytes,
	throttledSummary,
	weakSummary,
	weakTable
} = await import(/* @vite-ignore */ REPORT);

/** A run's result as run.mjs writes it, with only what the report reads. */
function result(over: Record<string, unknown> = {}) {
	const pages = {
		explorer: { runs: 3, failed: 0, firstMap: 260, tti: 2000, js: 500 * 1024, data: 100 * 1024 },
		bare: { runs: 3, failed: 0, firstMap: 1000, tti: 1800, js: 440 * 1024, data: 50 * 1024 },
		minimal: { runs: 3, failed: 0, firstMap: 650, tti: 800, js: 430 * 1024, data: 45 * 1024 },
		leaflet: { runs: 3, failed: 0, firstMap: 230, tti: 200, js: 40 * 1024, data: 45 * 1024 },
		selected: { runs: 3, failed: 0, firstMap: 270, tti: 2400, js: 520 * 1024, data: 110 * 1024 }
	};
	const interaction = {
		explorer: interactionSummary([
			{ iso3: 'PAK', picture: 230, firstInteraction: 600, toUrl: 400, attempts: 5, reload: false },
			{ iso3: 'PAK', picture: 250, firstInteraction: 700, toUrl: 450, attempts: 7, reload: true },
			{ error: 'timeout' }
		]),
		selected: interactionSummary([
			{ iso3: 'PAK', picture: 240, firstInteraction: 1700, toUrl: 1100, attempts: 8, reload: false }
		])
	};
	const throttled = {
		rate: 4,
		selector: '.atlas-map',
		interval: 100,
		blankShare: 0.97,
		runs: 1,
		pages: {
			explorer: throttledSummary([
				{ firstMap: 700, tti: 3500, samples: 28, blank: 2, blankAt: [1800, 1900] }
			]),
			selected: throttledSummary([{ firstMap: 650, tti: 4000, samples: 33, blank: 0, blankAt: [] }])
		}
	};
	return {
		date: '2026-12-05T00:00:00.000Z',
		runs: 3,
		browser: '156',
		cpus: 2,
		viewport: { width: 1440, height: 900 },
		commit: 'abc1234',
		pages,
		paired: { explorer: { tti: 1.1 } },
		toMinimal: { tti: 2.5, paired: 2.4 },
		interaction,
		throttled,
		budgets: budgets(pages, { interaction, throttled: throttled.pages }),
		weak: null,
		notes: [],
		...over
	};
}

describe('the benchmark report', () => {
	it('pairs each load with the floor’s load of the same round', () => {
		// A floor with two modes: the ratio of medians tips with the mode; per-round ratios do not.
		const floor = [1400, 1800, 1400, 1800, 1800].map((tti) => ({ tti }));
		const page = [1500, 1900, 1500, 1900, 1900].map((tti) => ({ tti }));
		expect(pairedRatio(page, floor, 'tti')).toBeCloseTo(1900 / 1800, 5);
		expect(pairedRatio([{ tti: 1000 }, { error: 'x' }], [{ tti: 1000 }, { tti: 5 }], 'tti')).toBe(
			1
		);
	});

	it('counts own JavaScript apart from the map engine', () => {
		const bytes = sumBytes([
			{ path: '/_app/immutable/chunks/a.js', bytes: 100, raw: 300 },
			{ path: '/_app/immutable/assets/maplibre-gl.x.mjs', bytes: 5000, raw: 900_000 },
			{ path: '/_app/immutable/assets/countries.json', bytes: 40, raw: 90 }
		]);
		expect(bytes).toMatchObject({ js: 5100, ownJs: 100, data: 40, total: 5140, requests: 3 });
	});

	it('reports the weak-connection loads as medians and ratios to the floor', () => {
		const pages = weakSummary({
			explorer: [{ firstMap: 900, tti: 6000 }, { error: 'timeout' }, { firstMap: 1100, tti: 7000 }],
			bare: [
				{ firstMap: 4000, tti: 5000 },
				{ firstMap: 4200, tti: 5000 }
			]
		});
		expect(pages.explorer).toEqual({ runs: 2, failed: 1, firstMap: 1000, tti: 6500 });
		const lines = weakTable({ label: 'Slow 4G', runs: 3, pages });
		expect(lines.join('\n')).toContain(
			'| Time to interactive (data-ready) | 6500 ms | 5000 ms | 1.30 |'
		);
		expect(lines.join('\n')).toContain('| First painted map | 1000 ms | 4100 ms | 0.24 |');
		expect(weakTable(null)).toEqual([]);
	});

	it('budgets the first view against the floor and Leaflet, and time to interactive at 1.2×', () => {
		const rows = Object.fromEntries(result().budgets.map((b: { name: string }) => [b.name, b]));
		expect(rows["First painted map (a) ≤ Leaflet's whole map (e)"]).toMatchObject({
			value: 260,
			limit: 230,
			result: 'FAIL'
		});
		expect(rows['Time to interactive (a) ≤ 1.2 × (c)']).toMatchObject({
			value: 2000,
			result: 'PASS'
		});
		expect(rows['Time to interactive (a) ≤ 1.2 × (c)'].limit).toBeCloseTo(2160, 5);
		expect(rows['Time to interactive (a) ≤ 1.1 × (c)']).toBeUndefined();
		expect(rows['First painted map (a) ≤ 0.3 × time to interactive (c)']).toMatchObject({
			result: 'PASS'
		});
	});

	it('budgets the first interaction on both views at 0.35 × the floor’s time to interactive', () => {
		const r = result();
		// The failed load is left out; the reload is counted.
		expect(r.interaction.explorer).toMatchObject({
			runs: 2,
			failed: 1,
			firstInteraction: 650,
			attempts: 6,
			reloads: 1,
			iso3: 'PAK'
		});
		const rows = Object.fromEntries(r.budgets.map((b: { name: string }) => [b.name, b]));
		const root = rows['First interaction `/` ≤ 0.35 × time to interactive (c)'];
		expect(root.limit).toBeCloseTo(630, 5);
		expect(root).toMatchObject({ value: 650, result: 'FAIL' });
		expect(
			rows['First interaction `/?country=BIH&year=1995` ≤ 0.35 × time to interactive (c)']
		).toMatchObject({
			value: 1700,
			result: 'FAIL'
		});
	});

	it('budgets zero blank samples under throttling, per view, and skips what did not run', () => {
		const rows = Object.fromEntries(result().budgets.map((b: { name: string }) => [b.name, b]));
		expect(rows['No blank map area under 4× CPU throttling, `/`']).toMatchObject({
			value: 2,
			limit: 0,
			result: 'FAIL'
		});
		expect(
			rows['No blank map area under 4× CPU throttling, `/?country=BIH&year=1995`']
		).toMatchObject({ value: 0, result: 'PASS' });
		// No throttled pass, no click loads, no Leaflet: SKIP, never FAIL.
		const bare = budgets({ explorer: { firstMap: 260, tti: 2000 }, bare: { tti: 1800 } });
		const skipped = bare.filter((b: { result: string }) => b.result === 'SKIP');
		expect(skipped.map((b: { name: string }) => b.name)).toEqual(
			expect.arrayContaining([
				"First painted map (a) ≤ Leaflet's whole map (e)",
				'First interaction `/` ≤ 0.35 × time to interactive (c)',
				'No blank map area under 4× CPU throttling, `/`'
			])
		);
		expect(throttledSummary([{ error: 'timeout' }])).toMatchObject({ runs: 0, blank: null });
		expect(spans([1800, 1900, 2000, 2600, 3000, 3100], 100)).toBe(
			'1800–2000 ms, 2600 ms, 3000–3100 ms'
		);
	});

	it('prints the lighter pages, the first interaction and the throttled loads', () => {
		const md = markdown(result());
		expect(md).toContain(
			"| FAIL | First painted map (a) ≤ Leaflet's whole map (e) | 260 ms | 230 ms |"
		);
		expect(md).toContain('| PASS | Time to interactive (a) ≤ 1.2 × (c) | 2000 ms | 2160 ms |');
		expect(md).toContain(
			'| First painted map | 260 ms | 270 ms | 1000 ms | 650 ms | 230 ms | 0.40 | 1.13 |'
		);
		expect(md).toContain(
			'| Time to interactive (data-ready); (e): whole map drawn | 2000 ms | 2400 ms | 1800 ms | ' +
				'800 ms | 200 ms | 2.50 | 10.00 |'
		);
		expect(md).toContain('aim ≤ 1.5): 2.50 by medians, 2.40 by per-round ratios.');
		expect(md).toContain(
			'| First click → panel names the country (first interaction) | 650 ms | 1700 ms |'
		);
		expect(md).toContain('| Clicks sent (one every 50 ms while nothing happens) | 6 | 8 |');
		expect(md).toContain('| 1 of 2 | 0 of 1 |');
		expect(md).toContain('| (a) `/` | 700 ms | 3500 ms | 28 | 2 | 1800–1900 ms |');
		expect(md).toContain('| (a) `/?country=BIH&year=1995` | 650 ms | 4000 ms | 33 | 0 | – |');
		// Without the new passes, none of their sections.
		const plain = markdown(
			result({ interaction: undefined, throttled: null, toMinimal: undefined })
		);
		expect(plain).not.toContain('First interaction (median)');
		expect(plain).not.toContain('CPU throttling (');
	});
});
