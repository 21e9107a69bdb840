import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geodataAtlas } from '../../../tests/unit/geodataAtlas';
import { FIRST_YEAR, LAST_YEAR } from '$lib/data/years';
import { LAYERS, MAX_COMPARE, parseView, serializeView } from './url';
import { atlasVocabulary } from './vocabulary';

const atlas = geodataAtlas();
const THEMES = ['hosting', 'contributing'];
const vocab = atlasVocabulary(atlas, THEMES);

/** What a careless link, a bot or an attacker might put in a parameter. */
const value = fc.oneof(
	fc.constantFrom(
		'__proto__',
		'constructor',
		'toString',
		'hasOwnProperty',
		'<script>alert(1)</script>',
		'NaN',
		'1e309',
		'-0',
		'1994.5',
		' 1995 ',
		'',
		'0,0,99',
		'10,95,3',
		'1e308,0,2',
		'BIH',
		'bih',
		'unosom-ii',
		'UNOSOM II',
		'hosting',
		'hosts,,missions,__proto__',
		'IDN,BGD',
		'pak, idn,,xyz,BGD,bgd',
		'IDN,BGD,EGY,JOR,LBN,MLI,__proto__',
		'ＵＮＩＦＩＬ',
		'\u202Eevil'
	),
	fc.string({ maxLength: 30 }),
	fc.integer({ min: -5000, max: 5000 }).map(String),
	fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(','))
);
const params = fc.dictionary(
	fc.constantFrom(
		'year',
		'month',
		'country',
		'mission',
		'theme',
		'compare',
		'layers',
		'view',
		'__proto__'
	),
	value,
	{ maxKeys: 8 }
);

describe('any link the explorer is given', () => {
	it('reads into a state the atlas can show, which its own link reads back unchanged', () => {
		fc.assert(
			fc.property(params, (p) => {
				const { state } = parseView(new URLSearchParams(p), vocab);
				expect(state.year).toBeGreaterThanOrEqual(FIRST_YEAR);
				expect(state.year).toBeLessThanOrEqual(LAST_YEAR);
				if (state.month !== null) expect(state.month >= 1 && state.month <= 12).toBe(true);
				if (state.country) expect(atlas.countries.has(state.country)).toBe(true);
				if (state.mission) expect(atlas.missions.has(state.mission)).toBe(true);
				if (state.theme) expect(THEMES).toContain(state.theme);
				expect([state.country, state.mission, state.theme].filter(Boolean).length).toBeLessThan(2);
				for (const l of state.layers) expect(LAYERS).toContain(l);
				// Compared: known countries, each once, not the selected one, only beside it.
				if (!state.country) expect(state.compare).toEqual([]);
				expect(state.compare.length).toBeLessThanOrEqual(MAX_COMPARE);
				expect(new Set(state.compare).size).toBe(state.compare.length);
				for (const c of state.compare) {
					expect(atlas.countries.has(c)).toBe(true);
					expect(c).not.toBe(state.country);
				}
				if (state.view) {
					expect(Math.abs(state.view.lon)).toBeLessThanOrEqual(180);
					expect(Math.abs(state.view.lat)).toBeLessThanOrEqual(85);
					expect(state.view.zoom >= 0 && state.view.zoom <= 8).toBe(true);
				}
				// The link the explorer writes for this state is read back as the same state.
				const url = serializeView(state, new URL('http://atlas.test/'), vocab);
				const again = parseView(url.searchParams, vocab);
				expect(again.notices).toEqual([]);
				expect({ ...again.state, view: null }).toEqual({ ...state, view: null });
				expect(({} as Record<string, unknown>).selected).toBeUndefined();
			}),
			{ numRuns: 3000, seed: 20261203 }
		);
	});
});
