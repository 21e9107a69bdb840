/**
 * The tours in content/tours/, checked against geodata and the articles at build time: the
 * /present page's data. A broken tour stops the build with the file, the step and the fix.
 */
import { THEMES } from '$content/themes';
import { buildAtlas } from './atlas';
import { readArticles } from '$lib/content/corpus';
import { passageKey } from '$lib/content/types';
import { checkTour, type CheckedTour, type TourContext } from '$lib/tours/validate';
import type { PresentTour } from '$lib/present/types';

import { LANG } from '$lib/i18n/lang';

const english = import.meta.glob('/content/tours/*.json', {
	import: 'default',
	eager: true
}) as Record<string, unknown>;
const translated = import.meta.glob('/content/i18n/*/tours/*.json', {
	import: 'default',
	eager: true
}) as Record<string, unknown>;

/**
 * The tours in the build's language: content/tours/ in English, content/i18n/<lang>/tours/ in
 * the others, one file for each English one (a tour without its translation stops the build).
 */
const files: Record<string, unknown> =
	LANG === 'en'
		? english
		: Object.fromEntries(
				Object.keys(english).map((path) => {
					const own = path.replace('/content/tours/', `/content/i18n/${LANG}/tours/`);
					if (!(own in translated))
						throw new Error(`${path.slice(1)} has no ${LANG} translation: write ${own.slice(1)}.`);
					return [own, translated[own]];
				})
			);

export function tourContext(): TourContext {
	return {
		atlas: buildAtlas(),
		themes: new Set(THEMES.map((t) => t.id)),
		passages: new Set(readArticles().flatMap((a) => a.passages.map(passageKey)))
	};
}

export function readTours(): CheckedTour[] {
	const ctx = tourContext();
	return Object.entries(files)
		.map(([path, raw]) => checkTour(path.slice(1), raw, ctx))
		.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The tours as lecture mode shows them: each step with its quotation written out. */
export function presentTours(): PresentTour[] {
	const articles = readArticles();
	const quoteOf = (key: string | null | undefined) => {
		if (!key) return null;
		const [slug, id] = key.split('/');
		const article = articles.find((a) => a.slug === slug)!;
		const passage = article.passages.find((p) => p.id === id)!;
		return { text: passage.text, article: slug, passage: id, title: article.title };
	};
	return readTours().map((tour) => ({
		...tour,
		steps: tour.steps.map((step) => ({ ...step, quoted: quoteOf(step.quote) }))
	}));
}
