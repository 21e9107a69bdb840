import { describe, expect, it } from 'vitest';
import { readCountry, withCountry } from './selection';

const known = new Set(['BIH', 'MLI', 'LBN']);

describe('readCountry', () => {
	it.each([
		{ query: '', expected: { country: null, unknown: null } },
		{ query: '?country=BIH', expected: { country: 'BIH', unknown: null } },
		{ query: '?country=bih', expected: { country: 'BIH', unknown: null } },
		{ query: '?country=%20mli%20', expected: { country: 'MLI', unknown: null } },
		{ query: '?country=XYZ', expected: { country: null, unknown: 'XYZ' } },
		{ query: '?country=<script>', expected: { country: null, unknown: '<script>' } },
		{ query: '?country=' + 'A'.repeat(500), expected: { country: null, unknown: 'A'.repeat(64) } }
	])('reads "$query"', ({ query, expected }) => {
		expect(readCountry(new URLSearchParams(query), known)).toEqual(expected);
	});
});

describe('withCountry', () => {
	it('sets the country and keeps other parameters', () => {
		const url = withCountry(new URL('http://x/?year=1995'), 'BIH');
		expect(url.search).toBe('?year=1995&country=BIH');
	});
	it('removes the country for null', () => {
		expect(withCountry(new URL('http://x/?country=BIH'), null).search).toBe('');
	});
	it('round-trips through readCountry', () => {
		const url = withCountry(new URL('http://x/'), 'LBN');
		expect(readCountry(url.searchParams, known).country).toBe('LBN');
	});
});
