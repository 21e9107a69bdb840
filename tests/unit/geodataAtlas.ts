/** For unit tests: the committed geodata files read from disk, decoded as the app decodes them. */
import { readFileSync } from 'node:fs';
import { Atlas } from '../../src/lib/data/atlas';
import {
	decodeContributions,
	decodeCountries,
	decodeMissions,
	decodeSources
} from '../../src/lib/data/decode';
import { decodeByMission, decodeFatalities, decodePresence } from '../../src/lib/data/decodeDetail';
import type { Discrepancy, MissionCode } from '../../src/lib/data/schema';

/** One file of geodata/ through its decoder (src/lib/data/decode.ts). */
export function geodataFile<T>(file: string, decode: (x: unknown) => T): T {
	return decode(JSON.parse(readFileSync(`geodata/${file}`, 'utf8')));
}

export function geodataAtlas(): Atlas {
	return new Atlas({
		countries: geodataFile('countries.json', decodeCountries),
		missions: geodataFile('missions.json', decodeMissions),
		contributions: geodataFile('contributions.json', decodeContributions),
		sources: geodataFile('sources.json', decodeSources)
	});
}

/** The files the figure tests read, decoded: rows as named records. */
export function geodata() {
	return {
		countries: geodataFile('countries.json', decodeCountries),
		missions: geodataFile('missions.json', decodeMissions),
		contributions: geodataFile('contributions.json', decodeContributions),
		byMission: geodataFile('contributions-by-mission.json', decodeByMission),
		presence: geodataFile('presence.json', decodePresence),
		fatalities: geodataFile('fatalities.json', decodeFatalities),
		// Objects only, no rows: the build's own check (validate.ts) is their boundary.
		discrepancies: geodataFile('discrepancies.json', (x) => x as Discrepancy[]),
		missionCodes: geodataFile('mission-codes.json', (x) => x as MissionCode[])
	};
}
