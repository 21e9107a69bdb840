/** For unit tests: the Atlas built from the committed geodata files, read from disk. */
import { readFileSync } from 'node:fs';
import { Atlas } from '../../src/lib/data/atlas';

const read = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));

export function geodataAtlas(): Atlas {
	return new Atlas({
		countries: read('countries.json'),
		missions: read('missions.json'),
		contributions: read('contributions.json'),
		sources: read('sources.json')
	});
}
