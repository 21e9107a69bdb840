/**
 * Validates geodata/ before a build or a test run: stops with every problem, each naming the
 * file, the record, the field and the fix. Usage: tsx scripts/validate-geodata.ts [dir]
 */
import { fileURLToPath } from 'node:url';
import { readGeodata } from './lib/geodata-files.ts';

const dir = process.argv[2] ?? fileURLToPath(new URL('../geodata', import.meta.url));
const { data, problems } = readGeodata(dir);
if (problems.length) {
	console.error(
		`geodata is not valid (${problems.length} problem${problems.length > 1 ? 's' : ''}):`
	);
	for (const p of problems.slice(0, 50)) console.error(`  - ${p}`);
	process.exit(1);
}
console.log(
	`geodata valid: ${data!.countries.length} countries, ${data!.missions.length} missions, ${data!.contributions.rows.length} country-years, ${data!.byMission.rows.length} mission rows`
);
