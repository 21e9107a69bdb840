/**
 * Links from passages to the map, automatic first and reviewed second: names the gazetteer
 * finds; the missions a country hosted in a decade the passage names; the themes' passages;
 * then the reviewed additions and removals. Any link to something that does not exist stops
 * the build with the file, the entry and the fix.
 */
import type { Gazetteer } from './gazetteer';
import {
	passageKey,
	type LinkTarget,
	type Passage,
	type PassageLink,
	type ReviewedLinks,
	type Theme
} from './types';

export interface MissionSpan {
	id: string;
	kind: 'pko' | 'spm';
	hosts: string[];
	start: number | null;
	end: number | null;
}

/** Years a passage names: "the 1990s" → 1990–1999, "in 1995" → 1995. */
export function yearsIn(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of text.matchAll(/\b(1[89]\d|20\d)0s\b/g))
		spans.push([Number(m[1] + '0'), Number(m[1] + '9')]);
	for (const m of text.matchAll(/\b(19\d\d|20\d\d)\b(?!s)/g))
		spans.push([Number(m[1]), Number(m[1])]);
	return spans;
}

/**
 * The year a passage speaks of for one of its place links: the latest year it names within the
 * years the atlas covers and, for a mission, within the mission's own years ("the 1990s" is
 * 1995 for UNPROFOR, 1999 for UNMIBH and for Bosnia and Herzegovina). Null if it names none.
 */
export function passageYear(
	text: string,
	[first, last]: [number, number],
	span: [number, number] | null = null
): number | null {
	const [from, to] = span ? [Math.max(first, span[0]), Math.min(last, span[1])] : [first, last];
	const ends = yearsIn(text)
		.filter(([a, b]) => a <= to && b >= from)
		.map(([, b]) => Math.min(b, to));
	return ends.length ? Math.max(...ends) : null;
}

const MISSION_WORDS = /\b(mission|operation|peacekeep|force)/i;

export interface Vocabulary {
	countries: Set<string>;
	missions: Map<string, MissionSpan>;
	themes: Theme[];
}

export function linkPassages(
	passages: Passage[],
	gazetteer: Gazetteer,
	vocab: Vocabulary,
	review: ReviewedLinks
): PassageLink[] {
	const links: PassageLink[] = [];
	const seen = new Set<string>();
	const add = (passage: string, target: LinkTarget, via: PassageLink['via']) => {
		const key = `${passage}|${target.kind}|${target.id}`;
		if (seen.has(key)) return;
		seen.add(key);
		links.push({ passage, target, via });
	};

	for (const p of passages) {
		const key = passageKey(p);
		const found = gazetteer.find(p.text);
		for (const m of found) add(key, m.target, 'name');
		// "the UN mission in Bosnia and Herzegovina in the 1990s" → UNPROFOR, UNMIBH.
		const years = yearsIn(p.text);
		if (!years.length || !MISSION_WORDS.test(p.text)) continue;
		for (const m of found) {
			if (m.target.kind !== 'country') continue;
			for (const mission of vocab.missions.values()) {
				if (mission.kind !== 'pko' || !mission.hosts.includes(m.target.id)) continue;
				const [start, end] = [mission.start ?? -Infinity, mission.end ?? Infinity];
				if (years.some(([a, b]) => start <= b && a <= end))
					add(key, { kind: 'mission', id: mission.id }, 'context');
			}
		}
	}

	const keys = new Set(passages.map(passageKey));
	for (const theme of vocab.themes) {
		theme.passages.forEach((passage, i) => {
			if (!keys.has(passage)) {
				throw new Error(
					`content/themes.ts theme "${theme.id}" passage ${i}: "${passage}" is not a passage; use an id listed by the article reader (article/passage-id)`
				);
			}
			add(passage, { kind: 'theme', id: theme.id }, 'theme');
		});
		for (const [role, passage] of Object.entries(theme.lead ?? {})) {
			if (!theme.passages.includes(passage!))
				throw new Error(
					`content/themes.ts theme "${theme.id}" lead for ${role}: "${passage}" is not one of the theme's passages; add it to "passages" or name one of them`
				);
		}
	}

	const check = (list: 'add' | 'remove', i: number, passage: string, target: LinkTarget) => {
		const where = `content/links.review.json "${list}" entry ${i}`;
		if (!keys.has(passage))
			throw new Error(`${where}: passage "${passage}" does not exist; use article/passage-id`);
		const exists =
			target.kind === 'country'
				? vocab.countries.has(target.id)
				: target.kind === 'mission'
					? vocab.missions.has(target.id)
					: target.kind === 'theme'
						? vocab.themes.some((t) => t.id === target.id)
						: target.id === 'OIC';
		if (!exists) {
			throw new Error(
				`${where}: ${target.kind} "${target.id}" does not exist; use an ISO alpha-3 code, a mission acronym or a theme id`
			);
		}
	};
	review.add.forEach((r, i) => {
		check('add', i, r.passage, r.target);
		add(r.passage, r.target, 'review');
	});
	review.remove.forEach((r, i) => check('remove', i, r.passage, r.target));
	const removed = new Set(review.remove.map((r) => `${r.passage}|${r.target.kind}|${r.target.id}`));
	return links.filter((l) => !removed.has(`${l.passage}|${l.target.kind}|${l.target.id}`));
}
