import { describe, expect, it } from 'vitest';
import tour from '$content/tours/oic-and-peacekeeping.json';
import { readTours, tourContext } from '$lib/server/tours';
import { paragraphs } from './markdown';
import { checkTour } from './validate';

const ctx = tourContext();
const broken = (change: (t: typeof tour) => void) => {
	const copy = structuredClone(tour);
	change(copy);
	return () => checkTour('content/tours/oic-and-peacekeeping.json', copy, ctx);
};

describe('tours', () => {
	it('the default tour is valid, eleven steps, every figure filled from geodata', () => {
		const [t] = readTours();
		expect(t.steps).toHaveLength(11);
		expect(t.steps[10].layers).toContain('operations');
		expect(t.steps.map((s) => s.caption).join(' ')).not.toMatch(/[{}]/);
		expect(t.steps[4].caption).toContain('Pakistan alone sent 9,110');
		expect(t.steps[2].caption).toContain('December 2024');
		expect(t.steps[2].mission).toBe('UNIFIL');
	});

	it('counts the OIC as it was in the year, and names who joined later', () => {
		const [t] = readTours();
		// December 1994: 18 members sent 35%; counted with today's states it would be 37%.
		expect(t.steps[4].caption).toContain(
			'came from 18 of the OIC’s members and observers of 1994: **35%**'
		);
		expect(t.steps[4].notes).toContain(
			'Guyana (1998), Russia (2005), Thailand (1998) and Togo (1997) joined later and are not counted. With today’s members and observers the share would be 37%.'.replace(
				'today’s',
				"today's"
			)
		);
		expect(t.steps[9].caption).toContain('**35%** in 1994, **47%** in 2005');
		expect(t.steps[9].notes).toContain('1994 would give 37% and 2005 47%');
	});

	it('names the source of every figure a caption shows, with its month', () => {
		const [t] = readTours();
		// Step 2 counts operations hosted; step 3 gives UNIFIL's personnel in December 2024.
		expect(t.steps[1].sources.map((s) => s.id)).toEqual(['oic-hosted-missions']);
		expect(t.steps[2].sources).toEqual([
			expect.objectContaining({ id: 'un-dpo', asOf: '2024-12' })
		]);
		// A caption without figures names no source.
		expect(t.steps[0].sources).toEqual([]);
		// Every caption with a figure in it names at least one source.
		for (const [i, raw] of tour.steps.entries())
			if (/\{\w+/.test(raw.caption))
				expect(t.steps[i].sources.length, raw.title).toBeGreaterThan(0);
	});

	it.each([
		{
			what: 'an unknown country',
			change: (t: typeof tour) => (t.steps[3].country = 'XYZ'),
			error:
				/content\/tours\/oic-and-peacekeeping.json step 4 \("Bosnia and Herzegovina in the 1990s"\): country "XYZ" is not in geodata\/countries.json/
		},
		{
			what: 'an unknown mission',
			change: (t: typeof tour) => (t.steps[2].mission = 'UNNOPE'),
			error: /step 3 \("Lebanon and UNIFIL"\): mission "UNNOPE" is not in geodata\/missions.json/
		},
		{
			what: 'a year out of range',
			change: (t: typeof tour) => (t.steps[0].year = 1900),
			error: /oic-and-peacekeeping.json step 1 field "year": use a year from 1948 to 2025, got 1900/
		},
		{
			what: 'a passage that does not exist',
			change: (t: typeof tour) => (t.steps[0].quote = 'role-of-islamic-nations/opening-99'),
			error:
				/step 1 \("What peacekeeping is"\): quote "role-of-islamic-nations\/opening-99" is not a passage/
		},
		{
			what: 'a figure with no data',
			change: (t: typeof tour) => (t.steps[0].caption = 'Sent {personnel:BGD:1970}'),
			error: /step 1 \("What peacekeeping is"\): \{personnel:BGD:1970\} gives no figure/
		}
	])('stops on $what, naming the file and the step', ({ change, error }) => {
		expect(broken(change)).toThrow(error);
	});

	it('reads caption Markdown into paragraphs of runs', () => {
		expect(paragraphs('In **1994**, *most*.\n\nNext')).toEqual([
			[
				{ text: 'In ', strong: false, em: false },
				{ text: '1994', strong: true, em: false },
				{ text: ', ', strong: false, em: false },
				{ text: 'most', strong: false, em: true },
				{ text: '.', strong: false, em: false }
			],
			[{ text: 'Next', strong: false, em: false }]
		]);
	});
});
