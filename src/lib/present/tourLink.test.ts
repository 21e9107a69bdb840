import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geodataAtlas } from '../../../tests/unit/geodataAtlas';
import { atlasVocabulary } from '$lib/state/vocabulary';
import { checkSteps, readStepParams, stepUrl } from './params';
import { customCode, decodeTour, encodeTour, tourLink } from './tourLink';
import type { PresentTour } from './types';

const atlas = geodataAtlas();
const vocab = atlasVocabulary(atlas, ['bosnia', 'lebanon']);

const step = (i: number, extra: Record<string, unknown> = {}) => ({
	title: `Step ${i}: the OIC states in 1995`,
	caption:
		'Malaysia, Pakistan and Bangladesh sent battalions to UNPROFOR; Türkiye and Egypt followed. ' +
		'The lecturer asks: **why Bosnia**, and why then?',
	notes: 'Pause here for questions.',
	year: 1990 + (i % 30),
	layers: ['hosts', 'contributors', 'missions'],
	country: i % 3 === 0 ? 'BIH' : null,
	mission: i % 3 === 1 ? 'UNPROFOR' : null,
	theme: null,
	view: [17.8 + i / 10, 44.2, 5.5],
	quote: null,
	...extra
});
const tourOf = (steps: unknown[]) => ({
	slug: 'my-tour',
	title: 'My tour',
	description: '',
	steps
});
/** The base64url of a JSON text, as links made before compression carried tours. */
const oldCode = (value: unknown) =>
	Buffer.from(JSON.stringify(value)).toString('base64url').replace(/=+$/, '');

describe('a tour in a link', () => {
	it('travels compressed in the fragment and reads back as it was', async () => {
		const tour = tourOf(Array.from({ length: 30 }, (_, i) => step(i)));
		const code = await encodeTour(tour);
		const link = tourLink('/present', code);
		expect(link.startsWith('/present#custom=1.')).toBe(true);
		// A 30-step tour: the JSON alone would make a link of over 14,000 characters.
		expect(JSON.stringify(tour).length).toBeGreaterThan(10_000);
		expect(link.length).toBeLessThan(3_000);
		const read = await decodeTour(customCode(new URL(link, 'http://atlas.test'))!);
		expect(read.steps).toHaveLength(30);
		expect(read.steps[3]).toMatchObject({ country: 'BIH', year: 1993, quote: null, sources: [] });
	});

	it('still reads older links, with the tour in the query uncompressed', async () => {
		const url = new URL(`http://atlas.test/present?custom=${oldCode(tourOf([step(0)]))}&step=1`);
		expect((await decodeTour(customCode(url)!)).steps[0].country).toBe('BIH');
		// Moving to a step keeps the tour where the link had it, and adds no ?tour=.
		expect(stepUrl(url, 'my-tour', 1).searchParams.has('tour')).toBe(false);
		const fragment = new URL(
			`http://atlas.test/present#custom=${await encodeTour(tourOf([step(0)]))}`
		);
		const next = stepUrl(fragment, 'my-tour', 1);
		expect(next.hash).toBe(fragment.hash);
		expect(next.searchParams.has('tour')).toBe(false);
	});

	it('says what is wrong with a damaged, cut or oversized tour, and never throws anything else', async () => {
		const code = await encodeTour(tourOf([step(0)]));
		await expect(decodeTour(code.slice(0, code.length - 8))).rejects.toThrow(
			/cut short or damaged/
		);
		await expect(decodeTour('1.@@@')).rejects.toThrow(/not well formed/);
		await expect(decodeTour('x'.repeat(300_000))).rejects.toThrow(/too long/);
		await expect(decodeTour(oldCode({ slug: 'a', title: 'A', steps: [] }))).rejects.toThrow(
			/at least one step/
		);
		// A few kilobytes that inflate to megabytes are refused while inflating.
		const bomb = await encodeTour(tourOf([step(0, { caption: ' '.repeat(5_000_000) })]));
		expect(bomb.length).toBeLessThan(20_000);
		await expect(decodeTour(bomb)).rejects.toThrow(/too long/);
	});

	it('reports the reason in the presentation instead of playing another tour silently', () => {
		const site = { slug: 'site', title: 'Site', steps: [step(0)] } as unknown as PresentTour;
		const p = readStepParams(new URLSearchParams('step=1'), [site], {
			tour: null,
			error: 'the tour in the link is cut short or damaged'
		});
		expect(p.notices).toEqual([
			'This tour could not be played: the tour in the link is cut short or damaged'
		]);
	});
});

/** Values a tour file from anywhere might hold where a country, mission or theme goes. */
const word = fc.oneof(
	fc.constantFrom(
		'__proto__',
		'constructor',
		'prototype',
		'toString',
		'hasOwnProperty',
		'__defineGetter__',
		'valueOf',
		'BIH',
		'bih',
		'UNIFIL',
		'unosom-ii',
		'bosnia',
		'<img src=x onerror=alert(1)>',
		''
	),
	fc.string({ maxLength: 30 }),
	fc.constant(null)
);
const number = fc.oneof(
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.constantFrom(95, -95, 1e308, -1e308, 540, 40, -3)
);
const stepArb = fc.record({
	title: fc.string({ minLength: 1, maxLength: 20 }),
	caption: fc.string({ maxLength: 20 }),
	year: fc.integer({ min: 1948, max: 2025 }),
	country: word,
	mission: word,
	theme: word,
	view: fc.option(fc.tuple(number, number, number)),
	layers: fc.array(
		fc.oneof(fc.constantFrom('hosts', 'missions', '__proto__', 'constructor'), fc.string()),
		{
			maxLength: 4
		}
	)
});

describe('a tour from a link, checked before the map shows it', () => {
	it('selects only what the atlas knows, one thing at most, in a view the map can show', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 4 }), async (steps) => {
				const tour = await decodeTour(await encodeTour(tourOf(steps)));
				const { tour: checked, notices } = checkSteps(tour, vocab);
				for (const s of checked.steps) {
					if (s.country !== null) expect(atlas.countries.has(s.country!)).toBe(true);
					if (s.mission !== null) expect(atlas.missions.has(s.mission!)).toBe(true);
					if (s.theme !== null) expect(['bosnia', 'lebanon']).toContain(s.theme);
					for (const l of s.layers ?? [])
						expect(['hosts', 'contributors', 'missions', 'links']).toContain(l);
					expect([s.country, s.mission, s.theme].filter(Boolean).length).toBeLessThanOrEqual(1);
					if (s.view) {
						const [lon, lat, zoom] = s.view;
						expect(Math.abs(lon)).toBeLessThanOrEqual(180);
						expect(Math.abs(lat)).toBeLessThanOrEqual(85);
						expect(zoom).toBeGreaterThanOrEqual(0);
						expect(zoom).toBeLessThanOrEqual(8);
					}
				}
				for (const n of notices) expect(n).toMatch(/^Step \d+: /);
				// Nothing from the tour became a property of every object.
				expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('selected');
				expect(({} as Record<string, unknown>).selected).toBeUndefined();
			}),
			{ numRuns: 300, seed: 20261203 }
		);
	});

	it('names the step and the value it dropped', async () => {
		const tour = await decodeTour(
			await encodeTour(
				tourOf([
					step(0, { country: '__proto__' }),
					step(1, { country: null, mission: '__proto__' }),
					step(2, { country: null, view: [10, 95, 3], layers: ['hosts', '__proto__'] })
				])
			)
		);
		const { tour: checked, notices } = checkSteps(tour, vocab);
		expect(checked.steps.map((s) => [s.country, s.mission])).toEqual([
			[null, null],
			[null, null],
			[null, null]
		]);
		expect(checked.steps[2].view).toEqual([10, 85, 3]);
		expect(checked.steps[2].layers).toEqual(['hosts']);
		expect(notices).toEqual([
			'Step 1: the country “__proto__” is not in the atlas; the step selects nothing instead.',
			'Step 2: the mission “__proto__” is not in the atlas; the step selects nothing instead.',
			'Step 3: the layer “__proto__” is not in the atlas; the step shows its other layers.',
			'Step 3: the map view “10, 95, 3” is outside what the map can show; the nearest view is shown.'
		]);
	});
});
