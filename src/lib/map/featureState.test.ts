import { describe, expect, it } from 'vitest';
import { geodataAtlas } from '../../../tests/unit/geodataAtlas';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { personnelClass, personnelScale } from '$lib/scales/personnel';
import { applyYear, FeatureStates, yearStates, type CountryTarget } from './featureState';
import { SOURCE } from './ids';

const atlas = geodataAtlas();
const scale = personnelScale();

/** A stand-in for the map that records each setFeatureState call. */
function recordingMap() {
	const calls: [string, string, Record<string, unknown>][] = [];
	const map = {
		setFeatureState: (t: { source: string; id: string }, s: Record<string, unknown>) =>
			void calls.push([t.source, t.id, s])
	} as unknown as MapLibreMap;
	return { map, calls };
}

const targets: CountryTarget[] = [...atlas.countries.keys()].map((iso3) => ({
	iso3,
	dot: iso3 === 'BHR' || iso3 === 'MDV',
	host: atlas.hosted(iso3).length > 0
}));

describe('FeatureStates', () => {
	it('writes only the keys that differ from what the feature holds', () => {
		const { map, calls } = recordingMap();
		const states = new FeatureStates(map);
		expect(states.set('countries', 'MLI', { hosting: 1, personnelClass: 2 })).toBe(true);
		expect(states.set('countries', 'MLI', { hosting: 1, personnelClass: 2 })).toBe(false);
		expect(states.set('countries', 'MLI', { hosting: 0, personnelClass: 2 })).toBe(true);
		expect(states.set('country-labels', 'MLI', { hosting: 0 })).toBe(true);
		expect(calls).toEqual([
			['countries', 'MLI', { hosting: 1, personnelClass: 2 }],
			['countries', 'MLI', { hosting: 0 }],
			['country-labels', 'MLI', { hosting: 0 }]
		]);
	});
});

describe('applyYear', () => {
	it('gives each country the class of its figure and the operations it hosts', () => {
		const y = yearStates(atlas, 2024, scale);
		expect(y.countries.get('BGD')).toEqual({
			oic: 1,
			personnelClass: personnelClass(scale, 5687),
			hosting: 0,
			hostedBefore: false
		});
		expect(y.countries.get('LBN')?.hosting).toBe(2);
		expect(y.missions.get('UNIFIL')?.phase).toBe('active');
		expect(y.missions.get('UNOSOM II')).toEqual({ phase: 'closed', personnel: 0 });
	});

	it('holds the OIC as it was: Russia in 2005, not in 1995; Syria out while suspended', () => {
		expect(yearStates(atlas, 1995, scale).countries.get('RUS')?.oic).toBe(0);
		expect(yearStates(atlas, 2005, scale).countries.get('RUS')?.oic).toBe(2);
		expect(yearStates(atlas, 1993, scale).countries.get('BIH')?.oic).toBe(0);
		expect(yearStates(atlas, 1994, scale).countries.get('BIH')?.oic).toBe(2);
		expect(yearStates(atlas, 2011, scale).countries.get('SYR')?.oic).toBe(1);
		expect(yearStates(atlas, 2013, scale).countries.get('SYR')?.oic).toBe(0);
		expect(yearStates(atlas, 2025, scale).countries.get('SYR')?.oic).toBe(1);
		expect(yearStates(atlas, 1960, scale).countries.get('EGY')?.oic).toBe(0);
	});

	it('writes every feature once, then only what a year step changes', () => {
		const { map, calls } = recordingMap();
		const states = new FeatureStates(map);
		applyYear(states, atlas, 2015, targets, scale);
		const countries = calls.filter(([source]) => source === SOURCE.countries);
		expect(countries).toHaveLength(targets.length);
		// Label points get only what their layers read: a dot's colour, a host's badge.
		const labels = calls.filter(([source]) => source === SOURCE.labels);
		expect(labels.find(([, id]) => id === 'BHR')?.[2]).toEqual({
			personnelClass: expect.any(Number),
			oic: 1
		});
		expect(labels.find(([, id]) => id === 'MLI')?.[2]).toEqual({ hosting: 1 });
		expect(labels.some(([, id]) => id === 'FRA')).toBe(false);

		calls.length = 0;
		applyYear(states, atlas, 2015, targets, scale);
		expect(calls).toEqual([]);

		applyYear(states, atlas, 2014, targets, scale);
		const before = yearStates(atlas, 2015, scale);
		const after = yearStates(atlas, 2014, scale);
		const changed = targets.filter(
			(c) =>
				JSON.stringify(before.countries.get(c.iso3)) !== JSON.stringify(after.countries.get(c.iso3))
		);
		expect(changed.length).toBeGreaterThan(0);
		expect(changed.length).toBeLessThan(targets.length / 4);
		expect(
			calls
				.filter(([source]) => source === SOURCE.countries)
				.map(([, id]) => id)
				.sort()
		).toEqual(changed.map((c) => c.iso3).sort());
		// MINUSMA started in 2013: active in both years, only its size changes.
		expect(calls.find(([, id]) => id === 'MINUSMA')?.[2]).not.toHaveProperty('phase');
	});
});

describe('FeatureStates and names every object inherits', () => {
	it('never writes state for an id such as "__proto__"', () => {
		const { map, calls } = recordingMap();
		const states = new FeatureStates(map);
		for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
			expect(states.set('countries', id, { selected: true })).toBe(false);
		expect(calls).toEqual([]);
		expect(({} as Record<string, unknown>).selected).toBeUndefined();
	});
});
