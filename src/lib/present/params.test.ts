import { describe, expect, it } from 'vitest';
import { readStepParams, stepUrl } from './params';
import type { PresentTour } from './types';

const tour = { slug: 'a', title: 'A', steps: [{}, {}, {}] } as unknown as PresentTour;
const read = (query: string) => readStepParams(new URLSearchParams(query), [tour]);

describe('the presentation URL', () => {
	it('reads the legend as the link says, else leaves it to the screen', () => {
		expect(read('tour=a&step=2').legend).toBe(null);
		expect(read('tour=a&step=2&legend=on').legend).toBe(true);
		expect(read('tour=a&step=2&legend=off').legend).toBe(false);
		expect(read('tour=a&step=2&legend=maybe').legend).toBe(null);
	});

	it('writes the legend and contrast modes, and keeps what it is not told to change', () => {
		const base = new URL('http://localhost/present?tour=a&step=1&contrast=high');
		const hidden = stepUrl(base, 'a', 2, { legend: false });
		expect(hidden.search).toBe('?tour=a&step=2&contrast=high&legend=off');
		const shown = stepUrl(hidden, 'a', 3, { legend: true, contrast: false });
		expect(shown.search).toBe('?tour=a&step=3&legend=on');
		expect(stepUrl(hidden, 'a', 1).searchParams.get('legend')).toBe('off');
	});

	it('falls back to the first step with a notice on a bad step', () => {
		const p = read('tour=a&step=9');
		expect(p.step).toBe(1);
		expect(p.notices).toHaveLength(1);
	});
});
