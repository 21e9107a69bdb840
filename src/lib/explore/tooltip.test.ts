import { describe, expect, it } from 'vitest';
import { geodataAtlas, geodataFile } from '../../../tests/unit/geodataAtlas';
import { decodeFatalities, decodeOperations } from '$lib/data/decodeDetail';
import { tooltipFor } from './tooltip';

const operations = geodataFile('operations.json', decodeOperations);
const fatalities = geodataFile('fatalities.json', decodeFatalities);

const atlas = geodataAtlas();

describe('the map tooltip', () => {
	it('names a country, its OIC status and its personnel that year', () => {
		expect(tooltipFor(atlas, { kind: 'country', id: 'BGD' }, 2024)).toEqual({
			title: 'Bangladesh',
			lines: ['OIC member', '5,687 uniformed personnel in 2024']
		});
	});

	it('adds the operations a host had that year', () => {
		expect(tooltipFor(atlas, { kind: 'country', id: 'PAK' }, 1994)!.lines).toEqual([
			'OIC member',
			'9,110 uniformed personnel in 1994',
			'Hosting in 1994: UNMOGIP'
		]);
		const lebanon = tooltipFor(atlas, { kind: 'country', id: 'LBN' }, 2024)!;
		expect(lebanon.lines.at(-1)).toMatch(/^Hosting in 2024: .*UNIFIL/);
	});

	it('says when a year has no figures at all, and when a country sent none', () => {
		expect(tooltipFor(atlas, { kind: 'country', id: 'PAK' }, 1960)!.lines[1]).toBe(
			'No figures for 1960'
		);
		expect(tooltipFor(atlas, { kind: 'country', id: 'ISL' }, 2024)!.lines).toEqual([
			'Not an OIC member or observer',
			'No uniformed personnel reported in 2024'
		]);
	});

	it('gives a mission its name and personnel, or its years when there is no figure', () => {
		const unifil = tooltipFor(atlas, { kind: 'mission', id: 'UNIFIL' }, 2024)!;
		expect(unifil.title).toBe('UNIFIL');
		expect(unifil.lines[1]).toMatch(/^[\d,]+ uniformed personnel in 2024$/);
		expect(tooltipFor(atlas, { kind: 'mission', id: 'UNPROFOR' }, 2024)!.lines[1]).toMatch(
			/^\d{4}–\d{4}$/
		);
	});

	it('has nothing to say about what the atlas does not know', () => {
		expect(tooltipFor(atlas, { kind: 'country', id: 'XXX' }, 2024)).toBeNull();
		expect(tooltipFor(atlas, { kind: 'mission', id: 'NOPE' }, 2024)).toBeNull();
	});

	it('names another body’s operation, its body and its size in the year, with its month', () => {
		expect(
			tooltipFor(atlas, { kind: 'operation', id: 'IFOR' }, 1996, null, { operations })
		).toEqual({
			title: 'IFOR',
			lines: [
				operations.find((o) => o.id === 'IFOR')!.name.value,
				'NATO',
				'40,000 personnel, November 1996'
			]
		});
		expect(
			tooltipFor(atlas, { kind: 'operation', id: 'OIC MT' }, 1997, null, { operations })!.lines[2]
		).toBe('Size not reported for 1997');
	});

	it('in the fallen mode, says how many of a state’s nationals died', () => {
		const tip = (measure: 'fallen' | 'fallen-year', year: number, id = 'PAK') =>
			tooltipFor(atlas, { kind: 'country', id }, year, null, { measure, fatalities })!.lines[0];
		expect(tip('fallen', 2025)).toBe('171 died in UN peace operations, 1948–2025');
		expect(tip('fallen-year', 1995)).toBe('7 died in UN peace operations in 1995');
		expect(tip('fallen', 1995, 'ISL')).toMatch(/^No national recorded/);
	});
});
