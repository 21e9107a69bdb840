/**
 * Validation of geodata/: each file against its schema, then the joins between files.
 * Every problem names the file, the record, the field and the fix.
 */
import * as v from 'valibot';
import {
	ContributionsFile,
	CountriesFile,
	DiscrepanciesFile,
	FIRST_FIGURE_YEAR,
	GEODATA_FILES,
	MissionCodesFile,
	MissionContributionsFile,
	MissionsFile,
	PresenceFile,
	SourcesFile
} from './schema';

export type GeodataName = keyof typeof GEODATA_FILES;

/** Human label of a record: its id, acronym or code where it has one. */
function recordLabel(input: unknown, path: (string | number)[]): string {
	if (!path.length) return '';
	const [first] = path;
	let record: unknown = input;
	let label = `record ${first}`;
	if (Array.isArray(input)) record = input[first as number];
	else if (input && typeof input === 'object') {
		const inner = (input as Record<string, unknown>)[first as string];
		label = `"${first}"`;
		if (Array.isArray(inner) && typeof path[1] === 'number') {
			record = inner[path[1]];
			label = `"${first}" record ${path[1]}`;
		}
	}
	if (record && typeof record === 'object' && !Array.isArray(record)) {
		const r = record as Record<string, unknown>;
		const id = r.id ?? r.iso3 ?? r.slug;
		if (typeof id === 'string') label += ` (${id})`;
	} else if (Array.isArray(record)) {
		label += ` (${record.slice(0, 3).join(', ')})`;
	}
	return label;
}

/** The issues of one file, as sentences. */
export function schemaProblems(file: GeodataName, input: unknown): string[] {
	const result = v.safeParse(GEODATA_FILES[file], input);
	if (result.success) return [];
	return result.issues.slice(0, 20).map((issue) => {
		const path = (issue.path ?? []).map((p) => p.key as string | number);
		const record = recordLabel(input, path);
		const field = path.length > 1 ? ` field "${path.slice(1).join('.')}"` : '';
		const got = JSON.stringify(issue.input)?.slice(0, 60) ?? 'nothing';
		return `geodata/${file}${record ? ' ' + record : ''}${field}: ${issue.message}, got ${got}`;
	});
}

export interface Geodata {
	sources: v.InferOutput<typeof SourcesFile>;
	countries: v.InferOutput<typeof CountriesFile>;
	missions: v.InferOutput<typeof MissionsFile>;
	contributions: v.InferOutput<typeof ContributionsFile>;
	byMission: v.InferOutput<typeof MissionContributionsFile>;
	presence: v.InferOutput<typeof PresenceFile>;
	discrepancies: v.InferOutput<typeof DiscrepanciesFile>;
	missionCodes: v.InferOutput<typeof MissionCodesFile>;
	/** ISO codes with a shape in countries.topo.json. */
	shapes: Set<string>;
}

/** Problems in the joins between files: unknown codes, missions, sources; impossible figures. */
export function joinProblems(g: Geodata): string[] {
	const problems: string[] = [];
	const sources = new Set(g.sources.map((s) => s.id));
	const countries = new Set(g.countries.map((c) => c.iso3));
	const missions = new Map(g.missions.map((m) => [m.id, m]));
	const say = (file: string, record: string, message: string) =>
		problems.push(`geodata/${file} ${record}: ${message}`);

	for (const c of g.countries) {
		if (c.hasShape !== g.shapes.has(c.iso3)) {
			say(
				'countries.json',
				`(${c.iso3})`,
				`hasShape is ${c.hasShape} but countries.topo.json ${g.shapes.has(c.iso3) ? 'has' : 'has no'} shape; run npm run geodata`
			);
		}
		if (c.oic && !sources.has(c.oic.source))
			say('countries.json', `(${c.iso3})`, `oic.source "${c.oic.source}" is not in sources.json`);
	}
	const oicCount = g.countries.filter((c) => c.oic).length;
	if (oicCount !== 62)
		say('countries.json', '', `lists ${oicCount} OIC states, expected 57 members and 5 observers`);
	for (const c of g.countries.filter((c) => c.oic && !c.hasShape)) {
		say(
			'countries.json',
			`(${c.iso3})`,
			'an OIC state without a shape cannot be clicked; add it to countries.topo.json'
		);
	}

	const slugs = new Set<string>();
	g.missions.forEach((m, i) => {
		const at = `record ${i} (${m.id})`;
		if (slugs.has(m.slug)) say('missions.json', at, `slug "${m.slug}" is used twice`);
		slugs.add(m.slug);
		for (const h of m.hosts.value)
			if (!countries.has(h))
				say(
					'missions.json',
					at,
					`host "${h}" is not in countries.json; add the country or fix the code`
				);
		if (m.start.year !== null && m.end.year !== null && m.end.year < m.start.year) {
			say('missions.json', at, `ends (${m.end.year}) before it starts (${m.start.year})`);
		}
		if (m.status === 'active' && m.end.year !== null)
			say('missions.json', at, 'status and end year disagree: an active mission has no end year');
		if (m.status === 'closed' && m.end.year === null && m.start.year !== null)
			say(
				'missions.json',
				at,
				'a closed mission with a start needs an end year; give both or neither (dates not in the sources)'
			);
		if (m.start.year === null && !m.reported && m.status === 'closed')
			say(
				'missions.json',
				at,
				'a mission with neither dates nor reported personnel cannot be placed in time'
			);
		for (const [year, , source] of m.personnel) {
			if (!sources.has(source))
				say('missions.json', at, `personnel ${year} cites unknown source "${source}"`);
			if (year < FIRST_FIGURE_YEAR)
				say(
					'missions.json',
					at,
					`personnel in ${year}, before figures begin in ${FIRST_FIGURE_YEAR}`
				);
		}
	});

	const years = new Map(g.contributions.years.map((r) => [r.year, r]));
	for (const r of g.contributions.years)
		if (!sources.has(r.source))
			say('contributions.json', `year ${r.year}`, `source "${r.source}" is not in sources.json`);
	const seen = new Set<string>();
	g.contributions.rows.forEach((row, i) => {
		const [iso3, year, troops, police, experts, total] = row;
		const at = `record ${i} (${iso3}, ${year})`;
		if (!countries.has(iso3)) say('contributions.json', at, `"${iso3}" is not in countries.json`);
		if (!years.has(year)) say('contributions.json', at, `no rule for ${year} in "years"`);
		if (seen.has(`${iso3}|${year}`))
			say('contributions.json', at, 'the country has two rows for the year');
		seen.add(`${iso3}|${year}`);
		const parts = (troops ?? 0) + (police ?? 0) + (experts ?? 0);
		if (total !== parts)
			say('contributions.json', at, `total ${total} is not troops + police + experts (${parts})`);
	});
	g.byMission.rows.forEach((row, i) => {
		const [year, iso3, mission, ...counts] = row;
		const at = `record ${i} (${year}, ${iso3}, ${mission})`;
		if (!countries.has(iso3))
			say('contributions-by-mission.json', at, `"${iso3}" is not in countries.json`);
		if (!missions.has(mission))
			say('contributions-by-mission.json', at, `mission "${mission}" is not in missions.json`);
		if (!years.get(year)?.byMission)
			say(
				'contributions-by-mission.json',
				at,
				`${year} has no per-mission figures in the year rules`
			);
		const [troops, staff, police, fpu, experts, total] = counts;
		const parts = [troops, staff, police, fpu, experts].reduce<number>((s, n) => s + (n ?? 0), 0);
		if (total !== parts)
			say(
				'contributions-by-mission.json',
				at,
				`total ${total} is not the sum of its parts (${parts})`
			);
	});
	for (const c of g.missionCodes)
		for (const id of c.missions)
			if (!missions.has(id))
				say(
					'mission-codes.json',
					`(${c.file}, ${c.code})`,
					`mission "${id}" is not in missions.json`
				);
	g.presence.rows.forEach(([mission, year, iso3], i) => {
		const at = `record ${i} (${mission}, ${year}, ${iso3})`;
		if (!missions.has(mission))
			say('presence.json', at, `mission "${mission}" is not in missions.json`);
		if (!countries.has(iso3)) say('presence.json', at, `"${iso3}" is not in countries.json`);
	});
	return problems;
}
