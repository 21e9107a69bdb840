/**
 * Who led the UN's peace operations: "Leadership positions in UN peace operations, 1948–2019"
 * (codebook of 12 March 2020, which names no authors). The stored file has one row a person a
 * year; an appointment is the run of rows with the same mission, person, post and mandate.
 * Nationalities are COW codes, read through scripts/geodata/cow.ts.
 */
import type { LeadershipFile, Leader } from '../../src/lib/data/schema.ts';
import type { MissionCodes } from './codes.ts';
import { cowStates } from './cow.ts';
import type { SourceDir } from './read.ts';
import { SOURCE } from './sources.ts';

export const LEADERSHIP = 'un_mission_leadership_1948_2019.csv';

/** The codebook's posts (Appointment 1–7; 8 means several, listed in Appointment II). */
export const POSTS = {
	1: 'Special Representative of the Secretary-General',
	2: 'Head of Mission',
	3: 'Force Commander',
	4: 'Deputy Force Commander',
	5: 'Chief of Staff',
	6: 'Police Commissioner',
	7: 'Chief Military Observer'
} as const;

const clean = (s: string) =>
	s
		.replace(/\u00a0/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** Ranks as the file spells them in Spanish ("Mayor General"), in English. */
const RANKS: Record<string, string> = { 'Mayor General': 'Major General', Mayor: 'Major' };

function posts(first: string, second: string, where: string): number[] {
	const codes = first.trim() === '8' ? second.split(/[,.]/) : [first];
	const list = codes.map((c) => Number(c.trim()));
	for (const p of list)
		if (!(p in POSTS))
			throw new Error(
				`${where}: appointment "${first}"/"${second}" is not a post of the codebook (1–7, or 8 with the posts listed)`
			);
	return [...new Set(list)].sort();
}

/** [year, month]; month null where the file gives 0 (unknown); null for 9999 or 99 (ongoing). */
function month(m: string, y: string, where: string): [number, number | null] | null {
	const year = Number(y);
	const mo = Number(m);
	if (year === 9999 || mo === 99) return null;
	if (!Number.isInteger(year) || year < 1945 || year > 2025 || !(mo >= 0 && mo <= 12))
		throw new Error(`${where}: mandate month "${m}/${y}" is not a month and year`);
	return [year, mo || null];
}

export function leadership(src: SourceDir, codes: MissionCodes): LeadershipFile {
	const byKey = new Map<string, Leader>();
	src.csv(LEADERSHIP).forEach((r, i) => {
		const where = `${LEADERSHIP} row ${i + 2}`;
		const startYear = r['Mission start year'];
		const startMonth = r['Mission start month'].padStart(2, '0');
		// Already counted in mission-codes.json by coverage.ts: look up without recording again.
		const mission = codes.resolve(
			LEADERSHIP,
			r.Mission.trim(),
			`${startYear}-${startMonth}`,
			false
		);
		if (!mission) return;
		const from = month(r['Mandate start month'], r['Mandate start year'], where);
		if (!from) throw new Error(`${where}: an appointment without a start month`);
		const to = month(r['Mandate end month'], r['Mandate end year'], where);
		const states = cowStates(r.Nationality, `${where} Nationality`);
		const leader: Leader = {
			mission,
			name: clean(`${r.Name} ${r['Last name']}`),
			posts: posts(r.Appointment, r['Appointment II'], where),
			rank: RANKS[clean(r.Rank)] ?? (clean(r.Rank) || null),
			woman: clean(r.Gender) === 'Female',
			cow: states.map((s) => s.code).join('-'),
			nationality: states.flatMap((s) => (s.state.iso3 ? [s.state.iso3] : [])),
			nationalityName: states.map((s) => s.state.name).join(' and '),
			from,
			to
		};
		const key = [mission, leader.name, leader.posts.join(), from.join('-')].join('|');
		if (!byKey.has(key)) byKey.set(key, leader);
	});
	const cmp = (a: [number, number | null], b: [number, number | null]) =>
		a[0] - b[0] || (a[1] ?? 0) - (b[1] ?? 0);
	const rows = [...byKey.values()].sort((a, b) =>
		a.mission < b.mission ? -1 : a.mission > b.mission ? 1 : cmp(a.from, b.from)
	);
	return {
		source: SOURCE.leadership,
		posts: Object.fromEntries(Object.entries(POSTS)),
		note: 'Formally designated appointments only (acting commanders appear under their substantive post); coverage ends in September 2019. A month of null is one the file does not give; a null end means the appointment ran on past that date.',
		rows
	};
}
