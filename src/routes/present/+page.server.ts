// The tours, checked at build time (a broken tour stops the build), with their quotations; and
// what the map view needs from the build (size scales, theme ids).
import { readArticles } from '$lib/content/corpus';
import { mapViewData } from '$lib/server/atlas';
import { readTours } from '$lib/server/tours';
import type { PresentTour } from '$lib/present/types';
import type { Sizes } from '$lib/scales/size';

export function load(): { tours: PresentTour[]; sizes: Sizes; themeIds: string[] } {
	const articles = readArticles();
	const quoteOf = (key: string | null | undefined) => {
		if (!key) return null;
		const [slug, id] = key.split('/');
		const article = articles.find((a) => a.slug === slug)!;
		const passage = article.passages.find((p) => p.id === id)!;
		return { text: passage.text, article: slug, passage: id, title: article.title };
	};
	return {
		...mapViewData(),
		tours: readTours().map((tour) => ({
			...tour,
			steps: tour.steps.map((step) => ({ ...step, quoted: quoteOf(step.quote) }))
		}))
	};
}
