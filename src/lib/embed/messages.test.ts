import { describe, expect, it } from 'vitest';
import { readSetMessage, requestedChange, SET } from './messages';
import type { Vocabulary } from '$lib/state/url';

describe('readSetMessage', () => {
	it.each([
		{ data: { type: SET, year: 1995 }, expected: { year: 1995 } },
		{ data: { type: SET, country: 'BIH', year: 1995 }, expected: { country: 'BIH', year: 1995 } },
		{ data: { type: SET, mission: 'unifil' }, expected: { mission: 'unifil' } },
		{ data: { type: SET, country: null }, expected: { country: null } },
		{ data: { type: SET, step: 3 }, expected: { step: 3 } },
		{ data: { type: SET, year: '1995' }, expected: null },
		{ data: { type: SET, year: 1995.5 }, expected: null },
		{ data: { type: SET, year: 1995, extra: 1 }, expected: null },
		{ data: { type: 'other', year: 1995 }, expected: null },
		{ data: { type: SET, country: 'x'.repeat(41) }, expected: null },
		{ data: { type: SET, country: { toString: 1 } }, expected: null },
		{ data: 'peacekeeping-atlas:set', expected: null },
		{ data: [SET, 1995], expected: null },
		{ data: null, expected: null }
	])('reads $data', ({ data, expected }) => {
		expect(readSetMessage(data)).toEqual(expected);
	});
});

describe('requestedChange', () => {
	const vocab: Vocabulary = {
		hasCountry: (c) => ['BIH', 'LBN'].includes(c),
		missionForSlug: (slug) => (slug === 'unifil' ? 'UNIFIL' : null),
		slugOf: (m) => m.toLowerCase(),
		operationForSlug: () => null,
		operationSlugOf: (o) => o.toLowerCase(),
		hasTheme: () => false
	};
	it.each([
		{ m: { year: 1995 }, expected: { year: 1995 } },
		{ m: { year: 1900 }, expected: { year: 1948 } },
		{ m: { year: 2100 }, expected: { year: 2025 } },
		{ m: { country: 'bih' }, expected: { country: 'BIH', mission: null, theme: null } },
		{ m: { country: 'XXX' }, expected: { country: null, mission: null, theme: null } },
		{ m: { country: null }, expected: { country: null, mission: null, theme: null } },
		{ m: { mission: 'UNIFIL' }, expected: { mission: 'UNIFIL', country: null, theme: null } },
		{ m: { mission: 'nothing' }, expected: { mission: null, country: null, theme: null } },
		{
			m: { country: 'LBN', mission: 'unifil' },
			expected: { country: 'LBN', mission: null, theme: null }
		},
		{ m: { step: 2 }, expected: {} }
	])('$m asks for $expected', ({ m, expected }) => {
		expect(requestedChange(m, vocab)).toEqual(expected);
	});
});
