/**
 * Search over countries, missions and other bodies' operations: names, other names ("Turkey",
 * "Ivory Coast"), ISO codes, acronyms and full names of operations in the three languages
 * ("Force intérimaire" finds UNIFIL on any page), and bodies ("NATO" finds IFOR), ignoring case
 * and accents.
 */
import type { Atlas } from './atlas';
import { OPERATIONS } from './operationIds';
import { missionAliases } from '$lib/data/missionAliases';
import { missionLabel } from '$lib/data/missionLabels';
import { fullName, localName, otherNames } from '$lib/data/missionNames.svelte';

/** An operation's full names in the page's language and the others, once they are loaded. */
const names = (id: string) => [localName(id)?.name ?? '', ...otherNames(id)].filter(Boolean);

export interface SearchEntry {
	kind: 'country' | 'mission' | 'operation';
	id: string;
	label: string;
	/** A second line: the full mission name, or "OIC member". */
	detail: string;
	/** Normalised words the entry is found by. */
	terms: string[];
	/** Ranks OIC states and peacekeeping operations above the rest on equal matches. */
	boost: number;
}

export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’'`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export function searchEntries(
	atlas: Atlas,
	describe: {
		oic: (status: 'member' | 'observer') => string;
		/** "A NATO operation": the second line of another body's operation. */
		operation?: (body: string) => string;
		/** The body's names a reader may type ("North Atlantic Treaty Organization"). */
		bodyNames?: (body: string) => string[];
	}
): SearchEntry[] {
	const entries: SearchEntry[] = [];
	for (const c of atlas.countries.values()) {
		entries.push({
			kind: 'country',
			id: c.iso3,
			label: c.name,
			detail: c.oic ? describe.oic(c.oic.status) : c.iso3,
			terms: [c.name, c.iso3, ...c.altNames].map(normalise),
			boost: c.oic ? 1 : 0
		});
	}
	for (const m of atlas.missions.values()) {
		entries.push({
			kind: 'mission',
			id: m.id,
			label: missionLabel(m.id),
			detail: fullName(m.id, m.name.value),
			terms: [
				m.id,
				missionLabel(m.id),
				...missionAliases(m.id),
				m.slug,
				m.name.value,
				...names(m.id)
			].map(normalise),
			boost: m.kind === 'pko' ? 1 : 0
		});
	}
	for (const [slug, o] of OPERATIONS) {
		entries.push({
			kind: 'operation',
			id: o.id,
			label: missionLabel(o.id),
			detail: describe.operation?.(o.body) ?? o.body,
			terms: [
				o.id,
				missionLabel(o.id),
				...missionAliases(o.id),
				slug,
				...names(o.id),
				o.body,
				...(describe.bodyNames?.(o.body) ?? [])
			].map(normalise),
			boost: 0
		});
	}
	return entries;
}

/** Best matches first: exact, then prefix of a term, then prefix of a word, then anywhere. */
export function search(entries: SearchEntry[], query: string, limit = 8): SearchEntry[] {
	const q = normalise(query);
	if (!q) return [];
	const scored: [number, SearchEntry][] = [];
	for (const e of entries) {
		let score = 0;
		for (const term of e.terms) {
			if (term === q) score = Math.max(score, 100);
			else if (term.startsWith(q)) score = Math.max(score, 60);
			else if (term.split(' ').some((w) => w.startsWith(q))) score = Math.max(score, 40);
			else if (q.length >= 3 && term.includes(q)) score = Math.max(score, 20);
		}
		if (score) scored.push([score + e.boost * 5, e]);
	}
	return scored
		.sort((a, b) => b[0] - a[0] || a[1].label.localeCompare(b[1].label))
		.slice(0, limit)
		.map(([, e]) => e);
}
