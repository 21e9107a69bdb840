import { describe, expect, it } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { geodataFile } from '../../../tests/unit/geodataAtlas';
import { decodeFatalities } from '$lib/data/decodeDetail';
import { FALLEN_COLOURS, fallenScale } from '$lib/scales/fallen';
import { personnelBins } from '$lib/scales/personnel';
import { fallenClasses, fallenFill } from './fallen';
import { lightTheme } from './theme';

const file = geodataFile('fatalities.json', decodeFatalities);

/** The fill for a state, with MapLibre's own evaluator: feature state and OIC standing. */
function fill(state: Record<string, unknown>, scheme: 'light' | 'dark' | 'contrast' = 'light') {
	const parsed = createExpression(fallenFill(scheme), {
		type: 'color',
		'property-type': 'data-driven'
	} as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	const c = parsed.value.evaluate({ zoom: 2 }, { type: 'Polygon', properties: {} } as never, state);
	return String(c);
}

describe('the fallen map', () => {
	it('has classes for one death to over a hundred, read off one d3 threshold scale', () => {
		expect(personnelBins(fallenScale()).map((b) => [b.from, b.to])).toEqual([
			[1, 5],
			[5, 10],
			[10, 25],
			[25, 50],
			[50, 100],
			[100, null]
		]);
	});

	it('colours Pakistan by its 171 fallen to 2025, its 48 to 1995 and its 7 in 1995', () => {
		expect(fallenClasses(file, 2025, 'cumulative').get('PAK')).toBe(6);
		expect(fallenClasses(file, 1995, 'cumulative').get('PAK')).toBe(4);
		expect(fallenClasses(file, 1995, 'year').get('PAK')).toBe(2);
		// A state with none is absent: plain land.
		expect(fallenClasses(file, 1995, 'year').has('ISL')).toBe(false);
	});

	it.each(['light', 'dark', 'contrast'] as const)(
		'the %s map fill is the scale’s colour for each class of the year’s OIC states',
		(scheme) => {
			FALLEN_COLOURS[scheme].forEach((colour, i) => {
				expect(fill({ fallenClass: i + 1, oic: 1 }, scheme)).toBe(colour);
				expect(fill({ fallenClass: i + 1, oic: 2 }, scheme)).toBe(colour);
			});
		}
	);

	it('leaves an OIC state with none in the OIC’s tint, every other state plain land', () => {
		expect(fill({ fallenClass: 0, oic: 1 })).toBe(lightTheme.oicLand);
		expect(fill({ oic: 1 })).toBe(lightTheme.oicLand);
		// Outside the OIC that year: land, whatever its fallen (India, Ghana…), as in personnel.
		expect(fill({ fallenClass: 6 })).toBe(lightTheme.land);
		expect(fill({ fallenClass: 6, oic: 0 })).toBe(lightTheme.land);
	});
});
