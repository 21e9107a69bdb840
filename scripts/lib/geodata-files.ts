/** Reading geodata/ from disk and validating it: used by the build, the tests and the derivation. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_FILES } from '../../src/lib/data/schema.ts';
import { contingentProblems } from '../../src/lib/content/contingents.ts';
import {
	joinProblems,
	schemaProblems,
	type Geodata,
	type GeodataName
} from '../../src/lib/data/validate.ts';

export function readGeodata(dir: string): { data: Geodata | null; problems: string[] } {
	const problems: string[] = [];
	const parsed: Partial<Record<GeodataName, unknown>> = {};
	for (const file of Object.keys(GEODATA_FILES) as GeodataName[]) {
		const path = join(dir, file);
		if (!existsSync(path)) {
			problems.push(
				`geodata/${file}: missing; run \`npm run geodata\` to derive it from ../shared/data`
			);
			continue;
		}
		try {
			parsed[file] = JSON.parse(readFileSync(path, 'utf8'));
		} catch (error) {
			problems.push(
				`geodata/${file}: not valid JSON (${(error as Error).message}); re-derive it with \`npm run geodata\``
			);
			continue;
		}
		problems.push(...schemaProblems(file, parsed[file]));
	}
	const topoPath = join(dir, 'countries.topo.json');
	let shapes = new Set<string>();
	try {
		const topo = JSON.parse(readFileSync(topoPath, 'utf8'));
		shapes = new Set(topo.objects.countries.geometries.map((g: { id: string }) => g.id));
	} catch {
		problems.push(
			'geodata/countries.topo.json: missing or not valid TopoJSON; run `npm run countries`'
		);
	}
	if (problems.length) return { data: null, problems };
	const data: Geodata = {
		sources: parsed['sources.json'] as Geodata['sources'],
		countries: parsed['countries.json'] as Geodata['countries'],
		missions: parsed['missions.json'] as Geodata['missions'],
		contributions: parsed['contributions.json'] as Geodata['contributions'],
		byMission: parsed['contributions-by-mission.json'] as Geodata['byMission'],
		presence: parsed['presence.json'] as Geodata['presence'],
		discrepancies: parsed['discrepancies.json'] as Geodata['discrepancies'],
		missionCodes: parsed['mission-codes.json'] as Geodata['missionCodes'],
		shapes
	};
	return { data, problems: [...joinProblems(data), ...contentProblems(data)] };
}

/** Hand-checked content files that cite geodata's countries and missions. */
function contentProblems(data: Geodata): string[] {
	const file = new URL('../../content/contingents.json', import.meta.url);
	if (!existsSync(file)) return ['content/contingents.json: missing; restore it from git'];
	let input: unknown;
	try {
		input = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		return [`content/contingents.json: not valid JSON (${(error as Error).message})`];
	}
	return contingentProblems(
		input,
		new Set(data.countries.map((c) => c.iso3)),
		new Set(data.missions.map((m) => m.id))
	);
}
