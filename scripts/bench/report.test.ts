import { describe, expect, it } from 'vitest';

// The bench is plain ES modules run by Node: imported by name so the type check leaves them be.
const REPORT = './report.mjs';
const { pairedRatio, sumBytes, weakSummary, weakTable } = await import(/* @vite-ignore */ REPORT);

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
});
