/**
 * `npm run geodata [-- SOURCE_DIR]`: derives geodata/ from the public datasets (default
 * ../shared/data, or $GEODATA_SOURCES). Deterministic: the same sources give the same bytes.
 * The shapes (countries.topo.json) come from `npm run countries`.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countryIndex } from './geodata/countries.ts';
import { fatalities } from './geodata/fatalities.ts';
import { leadership } from './geodata/leadership.ts';
import { operations } from './geodata/operations.ts';
import { countryYears, missionDetails, missionRows, yearRules } from './geodata/contributions.ts';
import { MissionCodes } from './geodata/codes.ts';
import { coverOtherFiles } from './geodata/coverage.ts';
import { membership } from './geodata/membership.ts';
import { missionIds, missions } from './geodata/missions.ts';
import { monthlyFile, monthsBetween, type MonthRow } from './geodata/months.ts';
import { add } from './geodata/read.ts';
import { NameResolver } from './geodata/names.ts';
import { presence } from './geodata/presence.ts';
import { SourceDir } from './geodata/read.ts';
import { SOURCE, SOURCES } from './geodata/sources.ts';
import { monthText, unList } from './geodata/unlist.ts';
import { readGeodata } from './lib/geodata-files.ts';
import type {
	ContributionsFile,
	MissionEntry as Mission,
	MonthlyFile
} from '../src/lib/data/schema.ts';

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

/**
 * Every year's personnel by mission and by contributor must add up to the same total: a mission
 * code that lost its rows, or a contributor row that lost its mission, shows here.
 */
function agreeTotals(list: Mission[], file: ContributionsFile) {
	const byMission = new Map<number, number>();
	for (const m of list)
		for (const [year, total] of m.personnel)
			byMission.set(year, (byMission.get(year) ?? 0) + (total ?? 0));
	const byContributor = new Map<number, number>();
	for (const r of file.rows) byContributor.set(r[1], (byContributor.get(r[1]) ?? 0) + (r[5] ?? 0));
	for (const [, year, total] of file.politicalMissions)
		byContributor.set(year, (byContributor.get(year) ?? 0) + (total ?? 0));
	for (const rule of file.years) {
		const a = byMission.get(rule.year) ?? 0;
		const b = byContributor.get(rule.year) ?? 0;
		if (a !== b)
			throw new Error(
				`${rule.year} (${rule.asOf}): the missions' personnel add up to ${a}, the contributors' to ${b}; a mission code or a contributor row is missing (see geodata/mission-codes.json)`
			);
	}
}

/**
 * Every month of the monthly file, the missions' personnel add up to the contributors': all
 * missions while the figures are IPI's monthly totals (political missions included), the
 * peacekeeping operations once they are the per-mission rows.
 */
function agreeMonths(file: MonthlyFile, kinds: Map<string, string>) {
	const months = monthsBetween(file.countriesFrom, file.countriesTo);
	const pkoOnlyFrom = file.sources[file.sources.length - 1].from;
	months.forEach((month, i) => {
		let countries = 0;
		for (const series of Object.values(file.countries)) {
			const r = series[i];
			if (r) countries += (r[0] ?? 0) + (r[1] ?? 0) + (r[2] ?? 0);
		}
		let missions = 0;
		for (const [id, series] of Object.entries(file.missions))
			if (month < pkoOnlyFrom || kinds.get(id) === 'pko') missions += series[i] ?? 0;
		if (countries !== missions)
			throw new Error(
				`contributions-monthly.json ${month}: the missions' personnel add up to ${missions}, the contributors' to ${countries}; a mission code or a contributor row is missing`
			);
	});
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
	const list = unList(src);
	const ids = missionIds(src, list);
	const codes = new MissionCodes(ids, (id) => {
		const start = list.get(id)?.start;
		return start ? monthText(start) : null;
	});
	// Every month of the per-mission file (2009-11 to 2014-02), summed over PKOs further down.
	const detailMonths = new Map<string, Map<string, MonthRow>>(); // `${iso3}|${month}` → mission → row
	const details = missionDetails(src, rules, codes, (month, iso3, mission, row) => {
		const key = `${iso3}|${month}`;
		(detailMonths.get(key) ?? detailMonths.set(key, new Map()).get(key)!).set(mission, row);
	});
	const missionMonths = new Map<string, Map<string, number>>();

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
		codes,
		list,
		coded: coverOtherFiles(src, codes),
		detailTotals,
		activeNow,
		detailYears,
		everyMonth: (id, month, total) => {
			const byMonth = missionMonths.get(id) ?? missionMonths.set(id, new Map()).get(id)!;
			byMonth.set(month, (byMonth.get(month) ?? 0) + total);
		}
	});
	const kinds = new Map(missionList.map((m) => [m.id, m.kind]));
	const {
		file: contributions,
		countryNotes,
		monthly: totalsByMonth,
		span,
		discrepancies
	} = countryYears(src, names, rules, details, (m) => kinds.get(m) === 'pko');
	// Months from the per-mission file, peacekeeping operations only, as the years from 2009.
	const pkoByMonth = new Map<string, Map<string, MonthRow>>();
	let detailSpan: [string, string] = ['9999-12', '0000-01'];
	for (const [key, byMission] of detailMonths) {
		const [iso3, month] = key.split('|');
		const sum: MonthRow = { troops: null, police: null, experts: null };
		for (const [mission, r] of byMission) {
			if (kinds.get(mission) !== 'pko') continue;
			sum.troops = add(sum.troops, r.troops);
			sum.police = add(sum.police, r.police);
			sum.experts = add(sum.experts, r.experts);
		}
		if (month < detailSpan[0]) detailSpan = [month, detailSpan[1]];
		if (month > detailSpan[1]) detailSpan = [detailSpan[0], month];
		if (sum.troops === null && sum.police === null && sum.experts === null) continue;
		(pkoByMonth.get(iso3) ?? pkoByMonth.set(iso3, new Map()).get(iso3)!).set(month, sum);
	}
	// Missions' months: IPI's monthly mission totals until the per-mission file begins, then the
	// sum of its rows, so a month's missions and contributors count the same people.
	for (const byMonth of missionMonths.values())
		for (const month of [...byMonth.keys()]) if (month >= detailSpan[0]) byMonth.delete(month);
	for (const [key, byMission] of detailMonths) {
		const month = key.split('|')[1];
		for (const [mission, r] of byMission) {
			const total = (r.troops ?? 0) + (r.police ?? 0) + (r.experts ?? 0);
			if (!total) continue;
			const byMonth =
				missionMonths.get(mission) ?? missionMonths.set(mission, new Map()).get(mission)!;
			byMonth.set(month, (byMonth.get(month) ?? 0) + total);
		}
	}
	const monthly = monthlyFile(
		totalsByMonth,
		pkoByMonth,
		missionMonths,
		{ totals: span, detail: detailSpan },
		{ totals: SOURCE.ipiTotals, detail: SOURCE.ipiGender, missions: SOURCE.ipiMissions }
	);
	agreeMonths(monthly, kinds);
	contributions.months = { from: monthly.countriesFrom, to: monthly.countriesTo };
	const present = presence(src, names, codes);
	agreeTotals(missionList, contributions);

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
	const known = new Set(countries.map((c) => c.iso3));
	const fallen = fatalities(src, names, codes, known);
	const leaders = leadership(src, codes);
	const others = operations(src, missionList, new Set(oic.keys()));
	const noShape = countries.filter((c) => !c.hasShape).map((c) => c.iso3);

	// The one count of operations hosted in OIC states, as the app counts it (Atlas.hostedOperations).
	const facts = missionList.filter((m) => m.hosts.source === SOURCE.hosted);
	const hostedCount = missionList.filter((m) => m.kind === 'pko' && m.oicHosts.length).length;
	const notOic = facts.filter((m) => !m.oicHosts.length).map((m) => m.id);
	const sources = SOURCES.map((s) =>
		s.id === SOURCE.hosted
			? {
					...s,
					coverage: `${facts.length} operations, ${hostedCount} of them hosted in OIC member and observer states${notOic.length ? ` (not ${notOic.join(', ')}, whose host is not one)` : ''}; UNTSO (1948) to MINUSCA (2014)`
				}
			: s
	);
	const files: Record<string, unknown> = {
		'sources.json': sources,
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
			rows: missionRows(details),
			notes: countryNotes
		},
		'presence.json': present,
		'discrepancies.json': discrepancies,
		'mission-codes.json': codes.list(),
		'contributions-monthly.json': monthly,
		'fatalities.json': fallen,
		'leadership.json': leaders,
		'operations.json': others
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
			`  ${discrepancies.length} discrepancies recorded`,
			`  ${fallen.rows.length} fatalities, ${leaders.rows.length} appointments, ${others.length} operations of other bodies`
		].join('\n')
	);
}

main();
