import { readArticles } from '$lib/content/corpus';

/** The articles, by title: they are cached for offline reading with every other page. */
export function load() {
	return { articles: readArticles().map((a) => ({ slug: a.slug, title: a.title })) };
}
