/** The shapes of the content: articles, their passages, themes and the links to the map. */

export interface ArticleMeta {
	slug: string;
	title: string;
	/** Who wrote it or where it comes from, shown with every quotation. */
	attribution: string;
	/** The file it was carried from, unchanged. */
	source: string;
}

export interface Passage {
	/** Stable within its article: the section's slug and the passage's place in it, e.g. "the-role-of-peacekeeping-operations-2". */
	id: string;
	article: string;
	/** The section heading above it, as written; null before the first heading. */
	section: string | null;
	kind: 'paragraph' | 'item';
	/** The number of a list item, as written. */
	number: number | null;
	/** The words exactly as in the article (a list item without its "1. " marker). */
	text: string;
}

export type LinkTarget =
	| { kind: 'country'; id: string }
	| { kind: 'mission'; id: string }
	| { kind: 'theme'; id: string }
	| { kind: 'oic'; id: 'OIC' };

export interface PassageLink {
	/** `article/passage-id` */
	passage: string;
	target: LinkTarget;
	/** How the link was made: a name in the text, a mission of a named country in a named decade, a theme, or a reviewer. */
	via: 'name' | 'context' | 'theme' | 'review';
}

/** Which countries a theme lights up on the map, from the data. */
export type ThemeCountries = 'hosts' | 'contributors' | 'oic' | 'none';

/** What a country is to peacekeeping: the roles whose themes its panel quotes. */
export type Role = 'host' | 'contributor' | 'oic';

export interface Theme {
	id: string;
	title: string;
	/** One or two sentences in the atlas's own words: what the articles say and what the map shows. */
	summary: string;
	countries: ThemeCountries;
	/** The roles whose country panels quote this theme. */
	roles: Role[];
	/** `article/passage-id` of every passage that speaks to the theme. */
	passages: string[];
	/**
	 * The passage (one of `passages`) that speaks most directly to a country in a role, where
	 * that is not simply the first: a contributor's panel quotes "Global Peacekeeping", not the
	 * section's opening words.
	 */
	lead?: Partial<Record<Role, string>>;
}

export interface ReviewedLinks {
	add: { passage: string; target: LinkTarget; why: string }[];
	remove: { passage: string; target: LinkTarget; why: string }[];
}

/** What the explorer fetches when a panel first needs the articles. */
export interface Corpus {
	articles: ArticleMeta[];
	passages: Passage[];
	links: PassageLink[];
	themes: Theme[];
}

export const passageKey = (p: Pick<Passage, 'article' | 'id'>) => `${p.article}/${p.id}`;
