import { commonText } from '$lib/i18n/common';
import { searchText } from '$lib/i18n/search';
import { describe, expect, it } from 'vitest';
import { geodataAtlas } from '../../../tests/unit/geodataAtlas';
import { normalise, search, searchEntries } from './search';

const atlas = geodataAtlas();
const entries = searchEntries(atlas, { oic: (s) => `OIC ${s}` });
const first = (q: string) => search(entries, q)[0];

describe('search', () => {
	it.each([
		{ q: 'Türkiye', id: 'TUR' },
		{ q: 'turkey', id: 'TUR' },
		{ q: 'Turkiye', id: 'TUR' },
		{ q: "Côte d'Ivoire", id: 'CIV' },
		{ q: 'ivory coast', id: 'CIV' },
		{ q: 'cote divoire', id: 'CIV' },
		{ q: 'bosnia', id: 'BIH' },
		{ q: 'BIH', id: 'BIH' },
		{ q: 'bangla', id: 'BGD' },
		{ q: 'unifil', id: 'UNIFIL' },
		{ q: 'UNOSOM II', id: 'UNOSOM II' },
		{ q: 'unosom-ii', id: 'UNOSOM II' },
		{ q: 'interim force in lebanon', id: 'UNIFIL' },
		{ q: 'Mali', id: 'MLI' }
	])('finds $id for "$q"', ({ q, id }) => {
		expect(first(q)?.id).toBe(id);
	});

	it('offers both UNOSOM operations for "unosom"', () => {
		expect(search(entries, 'unosom').map((e) => e.id)).toEqual(
			expect.arrayContaining(['UNOSOM I', 'UNOSOM II'])
		);
	});

	it('finds other bodies’ operations by acronym and by body', async () => {
		const all = searchEntries(atlas, {
			oic: (s) => `OIC ${s}`,
			operation: commonText.searchOperationOf,
			bodyNames: searchText.bodyNames
		});
		expect(search(all, 'amisom')[0]).toMatchObject({ kind: 'operation', id: 'AMISOM' });
		expect(search(all, 'eufor')[0]).toMatchObject({ kind: 'operation', id: 'EUFOR Althea' });
		expect(search(all, 'NATO').map((e) => e.id)).toEqual(
			expect.arrayContaining(['IFOR', 'SFOR', 'KFOR'])
		);
		expect(search(all, 'arab league')[0]).toMatchObject({ id: 'ADF' });
		// A country still comes before an operation on an equal match.
		expect(first('mali')?.kind).toBe('country');
	});

	it('finds nothing for nothing', () => {
		expect(search(entries, '   ')).toEqual([]);
		expect(search(entries, 'xqzxqz')).toEqual([]);
	});

	it('normalises accents, case and punctuation', () => {
		expect(normalise('  Côte d’Ivoire ')).toBe('cote divoire');
	});
});
