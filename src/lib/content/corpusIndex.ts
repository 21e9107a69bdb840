/**
 * The articles' passages indexed for the panels: which passages name a country or mission,
 * which belong to a theme, and the themes that speak to a country's roles.
 */
import { fetchJson } from '$lib/data/fetchJson';
import {
	passageKey,
	type ArticleMeta,
	type Corpus,
	type LinkTarget,
	type Passage,
	type Role,
	type Theme
} from './types';

export type { Role };

/** A theme and the one passage of it a panel quotes. */
export interface ThemeQuote {
	theme: Theme;
	passage: Passage;
}

export class CorpusIndex {
	readonly themes: Theme[];
	private readonly passages = new Map<string, Passage>();
	private readonly articles = new Map<string, ArticleMeta>();
	private readonly byTarget = new Map<string, string[]>();

	constructor(corpus: Corpus) {
		this.themes = corpus.themes;
		for (const p of corpus.passages) this.passages.set(passageKey(p), p);
		for (const a of corpus.articles) this.articles.set(a.slug, a);
		for (const l of corpus.links) {
			const key = `${l.target.kind}:${l.target.id}`;
			(this.byTarget.get(key) ?? this.byTarget.set(key, []).get(key)!).push(l.passage);
		}
	}

	passage(key: string): Passage | undefined {
		return this.passages.get(key);
	}

	article(slug: string): ArticleMeta | undefined {
		return this.articles.get(slug);
	}

	theme(id: string): Theme | undefined {
		return this.themes.find((t) => t.id === id);
	}

	/** Passages that name the target, in article order. */
	mentioning(target: LinkTarget): Passage[] {
		return (this.byTarget.get(`${target.kind}:${target.id}`) ?? [])
			.map((k) => this.passages.get(k)!)
			.filter(Boolean);
	}

	/** Themes whose passages a country with these roles quotes. */
	themesFor(roles: Role[]): Theme[] {
		return this.themes.filter((t) => t.roles.some((r) => roles.includes(r)));
	}

	passagesOf(theme: Theme): Passage[] {
		return theme.passages.map((k) => this.passages.get(k)!).filter(Boolean);
	}

	/**
	 * One passage of each theme for a panel: the one the theme names for the first of `roles`
	 * it has a lead for, else its first; never a passage already quoted (`quoted`, or an
	 * earlier theme's). A theme with nothing left to quote is left out.
	 */
	quotesFor(themes: Theme[], roles: Role[], quoted: Passage[] = []): ThemeQuote[] {
		const seen = new Set(quoted);
		const out: ThemeQuote[] = [];
		for (const theme of themes) {
			const lead = roles.map((r) => theme.lead?.[r]).find(Boolean);
			const first = lead ? this.passages.get(lead) : undefined;
			const passage = [...(first ? [first] : []), ...this.passagesOf(theme)].find(
				(p) => !seen.has(p)
			);
			if (!passage) continue;
			seen.add(passage);
			out.push({ theme, passage });
		}
		return out;
	}
}

export async function loadCorpus(url: string, fetcher: typeof fetch = fetch): Promise<CorpusIndex> {
	return new CorpusIndex(await fetchJson<Corpus>(url, fetcher));
}
