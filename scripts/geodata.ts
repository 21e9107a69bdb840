/**
 * `npm run geodata [-- SOURCE_DIR]`: derives geodata/ from the public datasets (default
 * ../shared/data, or $GEODATA_SOURCES). Deterministic: the same sources give the same bytes.
 * The shapes (countries.topo.json) come from `npm run countries`.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryIndex } from './geodata/countries.ts';
import { countryYears, missionDetails, missionRows, yearRules } from './geodata/contributions.ts';
import { membership } from './geodata/membership.ts';
import { missions } from './geodata/missions.ts';
import { NameResolver } from './geodata/names.ts';
import { presence } from './geodata/presence.ts';
import { SourceDir } from './geodata/read.ts';
import { SOURCES } from './geodata/sources.ts';
import { readGeodata } from './lib/geodata-files.ts';

const root = new URL('../', import.meta.url);
const shapesFile = new URL('geodata/countries.topo.json', root);

/** JSON with one array element per line: small, and a change shows as a one-line diff. */
export function stringify(value: unknown): string {
	const line = (v: unknown) => JSON.stringify(v);
	if (Array.isArray(value)) return `[\n${value.map(line).join(',\n')}\n]\n`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).map(([k, v]) =>
			Array.isArray(v) && v.length > 3
				? `${line(k)}: [\n${v.map(line).join(',\n')}\n]`
				: `${line(k)}: ${line(v)}`
		);
		return `{\n${entries.join(',\n')}\n}\n`;
	}
	return line(value) + '\n';
}

/** `[SOURCE_DIR] [--out DIR]`: the output folder defaults to geodata/. */
function main() {
	const args = process.argv.slice(2);
	const outAt = args.indexOf('--out');
	const outDir = outAt >= 0 ? args.splice(outAt, 2)[1] : fileURLToPath(new URL('geodata', root));
	const out = (file: string) => join(outDir, file);
	const dir =
		args[0] ?? process.env.GEODATA_SOURCES ?? fileURLToPath(new URL('../shared/data', root));
	const src = new SourceDir(dir);
	const names = new NameResolver();

	// Spellings the sources pair with codes themselves.
	for (const c of src.json<{ country: string; country_id: string }[]>('ipi_countries_meta.json')) {
		names.learn(c.country, c.country_id);
	}
	for (const r of src.csv('un_dpo_contributions_snapshots_2015_2025.csv'))
		names.learn(r.country, r.iso3);
	for (const r of src.csv('ipi_gender_full_2009_2014.csv'))
		names.learn(r.Contributor, r['Contributor ISO-3']);

	const rules = yearRules();
	const oic = membership(src);
	const details = missionDetails(src, rules);

	const detailTotals = new Map<string, Map<number, number>>();
	const detailYears = new Map<string, number[]>();
	const activeNow = new Set<string>();
	const latest = rules[rules.length - 1].year;
	for (const [key, d] of details) {
		const [yearText, , mission] = key.split('|');
		const year = Number(yearText);
		const totals = detailTotals.get(mission) ?? detailTotals.set(mission, new Map()).get(mission)!;
		totals.set(year, (totals.get(year) ?? 0) + (d.total ?? 0));
		(detailYears.get(mission) ?? detailYears.set(mission, []).get(mission)!).push(year);
		if (year === latest) activeNow.add(mission);
	}

	const missionList = missions(src, {
		rules,
		oicCodes: new Set(oic.keys()),
		detailTotals,
		activeNow,
		detailYears
	});
	const kinds = new Map(missionList.map((m) => [m.id, m.kind]));
	for (const mission of detailTotals.keys()) {
		if (!kinds.has(mission)) {
			throw new Error(
				`contribution data name the mission "${mission}", which is neither in oic_hosted_missions.csv nor in scripts/geodata/catalogue.ts: add it to the catalogue`
			);
		}
	}
	const { file: contributions, discrepancies } = countryYears(
		src,
		names,
		rules,
		details,
		(m) => kinds.get(m) === 'pko'
	);
	const present = presence(src, names);

	const topo = JSON.parse(readFileSync(shapesFile, 'utf8'));
	const shapes = new Set<string>(
		topo.objects.countries.geometries.map((g: { id: string }) => g.id)
	);
	const used = [
		...shapes,
		...oic.keys(),
		...contributions.rows.map((r) => r[0]),
		...missionList.flatMap((m) => m.hosts.value),
		...present.rows.map((r) => r[2])
	];
	const countries = countryIndex(used, shapes, oic, names.spellings);
	const noShape = countries.filter((c) => !c.hasShape).map((c) => c.iso3);

	const files: Record<string, unknown> = {
		'sources.json': SOURCES,
		'countries.json': countries,
		'missions.json': missionList,
		'contributions.json': contributions,
		'contributions-by-mission.json': {
			columns: [
				'year',
				'iso3',
				'mission',
				'troops',
				'staffOfficers',
				'police',
				'formedPolice',
				'experts',
				'total',
				'women'
			],
			rows: missionRows(details)
		},
		'presence.json': present,
		'discrepancies.json': discrepancies
	};
	for (const [file, value] of Object.entries(files)) writeFileSync(out(file), stringify(value));

	if (outDir !== fileURLToPath(new URL('geodata', root)))
		copyFileSync(shapesFile, out('countries.topo.json'));
	const { problems } = readGeodata(outDir);
	if (problems.length) {
		console.error(problems.join('\n'));
		throw new Error('the derived geodata does not validate; the problems are listed above');
	}
	console.log(
		[
			`${outDir} derived from ${dir}:`,
			`  ${countries.length} countries (${[...oic.keys()].length} OIC), no shape: ${noShape.join(' ') || 'none'}`,
			`  ${missionList.length} missions (${missionList.filter((m) => m.kind === 'pko').length} PKOs)`,
			`  ${contributions.rows.length} country-years, ${contributions.politicalMissions.length} in political missions`,
			`  ${files['contributions-by-mission.json'] && (files['contributions-by-mission.json'] as { rows: unknown[] }).rows.length} country-mission-years, ${present.rows.length} presence rows`,
			`  ${discrepancies.length} discrepancies recorded`
		].join('\n')
	);
}

main();
