import { describe, expect, it } from 'vitest';
import { geodataAtlas } from '../../../tests/unit/geodataAtlas';
import { csvCell, sortRows, tableRows, toCsv, toGeoJson } from './rows';

const atlas = geodataAtlas();

describe('tableRows', () => {
	it('has the OIC states of the year with the map’s figures, largest first', () => {
		// Syria was suspended from August 2012 to March 2025: 61 in December 2024, 62 in July 2025.
		const rows = tableRows(atlas, 2024, 'oic');
		expect(rows).toHaveLength(61);
		expect(rows.some((r) => r.iso3 === 'SYR')).toBe(false);
		expect(tableRows(atlas, 2025, 'oic')).toHaveLength(62);
		// Russia, an observer since 2005, is not an OIC state in 1995; Bosnia and Herzegovina is.
		const y1995 = tableRows(atlas, 1995, 'oic');
		expect(y1995.some((r) => r.iso3 === 'RUS')).toBe(false);
		expect(y1995.find((r) => r.iso3 === 'BIH')?.oic).toBe('observer');
		expect(rows[0]).toMatchObject({ iso3: 'BGD', personnel: 5687, women: 444, oic: 'member' });
		expect(rows.find((r) => r.iso3 === 'LBN')?.hosting).toEqual(['UNTSO', 'UNIFIL']);
	});

	it('has every contributor and host for "all"', () => {
		const rows = tableRows(atlas, 2024, 'all');
		expect(rows.find((r) => r.iso3 === 'IND')?.personnel).toBeGreaterThan(5000);
		expect(rows.every((r) => (r.personnel ?? 0) > 0 || r.hosting.length)).toBe(true);
	});

	it('gives no figure before 1990, only operations', () => {
		const rows = tableRows(atlas, 1980, 'oic');
		expect(rows.find((r) => r.iso3 === 'LBN')).toMatchObject({
			personnel: null,
			hosting: ['UNTSO', 'UNIFIL']
		});
	});

	it.each([
		{ key: 'name' as const, direction: 'ascending' as const, first: 'Afghanistan' },
		{ key: 'personnel' as const, direction: 'ascending' as const, first: 'Afghanistan' },
		{ key: 'hosting' as const, direction: 'descending' as const, first: 'Lebanon' }
	])('sorts by $key $direction', ({ key, direction, first }) => {
		expect(sortRows(tableRows(atlas, 2024, 'oic'), key, direction)[0].name).toBe(first);
	});
});

describe('exports', () => {
	const ctx = { year: 2024, asOf: '2024-12', source: 'UN DPO, "Contribution…"' };
	const rows = tableRows(atlas, 2024, 'oic').slice(0, 2);
	it('writes CSV with a byte-order mark, a header and quoted cells', () => {
		const text = toCsv(rows, ctx);
		// Excel on Windows reads UTF-8 only after the mark: Côte d'Ivoire and Türkiye stay whole.
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const csv = text.slice(1).split('\r\n');
		expect(csv[0]).toBe(
			'iso3,name,oic_status,year,as_of,personnel,troops,police,experts,women,operations_hosted,source'
		);
		expect(csv[1]).toBe(
			'BGD,Bangladesh,member,2024,2024-12,5687,5427,206,54,444,,"UN DPO, ""Contribution…"""'
		);
	});
	it('keeps a cell that begins like a formula from running as one (OWASP CSV injection)', () => {
		expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
			`"'=HYPERLINK(""http://evil.example"",""x"")"`
		);
		expect(csvCell('+1+1')).toBe(`"'+1+1"`);
		expect(csvCell('-2+3')).toBe(`"'-2+3"`);
		expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
		expect(csvCell('\t=1')).toBe(`"'\t=1"`);
		expect(csvCell('\r=1')).toBe(`"'\r=1"`);
		// Numbers stay numbers; ordinary text is left alone.
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell("Côte d'Ivoire")).toBe("Côte d'Ivoire");
		const evil = { ...rows[0], name: '=1+2', iso3: '@X' };
		const line = toCsv([evil], { ...ctx, source: '-cmd' }).split('\r\n')[1];
		expect(line.startsWith(`"'@X","'=1+2",`)).toBe(true);
		expect(line.endsWith(`,"'-cmd"`)).toBe(true);
	});
	it('writes GeoJSON points', () => {
		const geo = JSON.parse(toGeoJson(rows, new Map([['BGD', [90, 24]]]), ctx));
		expect(geo.features).toHaveLength(1);
		expect(geo.features[0]).toMatchObject({
			id: 'BGD',
			geometry: { type: 'Point', coordinates: [90, 24] }
		});
	});
});
