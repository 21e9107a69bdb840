/**
 * The gazetteer: every name the map knows, found in running text. Country names, the other
 * names people and sources use, demonyms ("Bosnian"), mission acronyms and full names, and the
 * words the articles use for the OIC ("Islamic nations", "Islamic ummah").
 */
import type { LinkTarget } from './types';

export interface GazetteerInput {
	countries: { iso3: string; name: string; altNames: string[] }[];
	missions: { id: string; name: { value: string } }[];
	demonyms: Record<string, string[]>;
}

export interface Match {
	start: number;
	end: number;
	text: string;
	target: LinkTarget;
}

/** Words for the OIC and its member states taken together. */
export const OIC_TERMS = [
	'Organisation of Islamic Cooperation',
	'Organization of Islamic Cooperation',
	'OIC',
	'Islamic nations',
	'Islamic countries',
	'Islamic ummah'
];

interface Term {
	text: string;
	/** Acronyms and codes match in capitals only ("UN" must not match "un-"). */
	caseSensitive: boolean;
	target: LinkTarget;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (s: string) => /^[A-Z0-9 ]+$/.test(s);

export class Gazetteer {
	private readonly exact: RegExp;
	private readonly folded: RegExp;
	private readonly targets = new Map<string, LinkTarget>();

	constructor(input: GazetteerInput) {
		const terms: Term[] = [];
		const add = (text: string, target: LinkTarget) => {
			const t = text.trim();
			// Two-letter codes and short fragments would match ordinary words.
			if (t.length < 3 || /[()]/.test(t)) return;
			terms.push({ text: t, caseSensitive: isAcronym(t), target });
			// Typeset text writes the apostrophe as ’: "Côte d’Ivoire".
			if (t.includes("'"))
				terms.push({ text: t.replaceAll("'", '’'), caseSensitive: false, target });
		};
		for (const c of input.countries) {
			for (const name of [c.name, ...c.altNames]) add(name, { kind: 'country', id: c.iso3 });
			for (const d of input.demonyms[c.iso3] ?? []) add(d, { kind: 'country', id: c.iso3 });
		}
		for (const m of input.missions) {
			add(m.id, { kind: 'mission', id: m.id });
			add(m.name.value, { kind: 'mission', id: m.id });
			// The UN list writes "United Nations …"; texts often write "UN …".
			const short = m.name.value.replace(/^United Nations\b/, 'UN');
			if (short !== m.name.value) add(short, { kind: 'mission', id: m.id });
		}
		for (const term of OIC_TERMS) add(term, { kind: 'oic', id: 'OIC' });

		const byLength = (a: Term, b: Term) => b.text.length - a.text.length;
		const pattern = (list: Term[]) =>
			list.length
				? `(?<![\\p{L}\\p{N}])(?:${list
						.sort(byLength)
						.map((t) => escape(t.text))
						.join('|')})(?![\\p{L}\\p{N}])`
				: '(?!)';
		const exact = terms.filter((t) => t.caseSensitive);
		const folded = terms.filter((t) => !t.caseSensitive);
		for (const t of exact) this.targets.set(t.text, t.target);
		for (const t of folded)
			if (!this.targets.has(t.text.toLowerCase())) this.targets.set(t.text.toLowerCase(), t.target);
		this.exact = new RegExp(pattern(exact), 'gu');
		this.folded = new RegExp(pattern(folded), 'giu');
	}

	/** Every name in the text, leftmost and longest first, never overlapping. */
	find(text: string): Match[] {
		const found: Match[] = [];
		for (const [re, fold] of [
			[this.folded, true],
			[this.exact, false]
		] as const) {
			for (const m of text.matchAll(re)) {
				const target = this.targets.get(fold ? m[0].toLowerCase() : m[0]);
				if (target)
					found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], target });
			}
		}
		found.sort((a, b) => a.start - b.start || b.end - a.end);
		const kept: Match[] = [];
		for (const m of found) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
		return kept;
	}
}
