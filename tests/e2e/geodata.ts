/** The committed geodata, decoded as the app decodes it: the figures tests expect on screen. */
import { readFileSync } from 'node:fs';
import { decodeContributions } from '../../src/lib/data/decode';
import { decodeFatalities } from '../../src/lib/data/decodeDetail';

const read = (file: string): unknown => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));

export const contributions = decodeContributions(read('contributions.json'));
export const fatalities = decodeFatalities(read('fatalities.json'));

/** A country's total in a year (contributions.json). */
export const total = (iso3: string, year: number): number =>
	contributions.rows.find((r) => r.iso3 === iso3 && r.year === year)!.total!;
