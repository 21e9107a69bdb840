import { describe, expect, it } from 'vitest';
import { readSetMessage, SET } from './messages';

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
