import { error } from '@sveltejs/kit';
import countries from '$geodata/countries.json';
import missions from '$geodata/missions.json';
import { buildCorpus, gazetteer, readArticles } from '$lib/content/corpus';
import { passageYear } from '$lib/content/links';
import { queryFor, runsOf } from '$lib/content/render';
import { FIRST_YEAR, LAST_YEAR } from '$lib/data/years';
import { passageKey, type LinkTarget } from '$lib/content/types';
import type { EntryGenerator, PageServerLoad } from './$types';

const slugOf = (id: string) => missions.find((m) => m.id === id)?.slug ?? id.toLowerCase();

export const entries: EntryGenerator = () => readArticles().map((a) => ({ slug: a.slug }));

export const load: PageServerLoad = ({ params }) => {
	const article = readArticles().find((a) => a.slug === params.slug);
	if (!article) error(404, `No article "${params.slug}"`);
	const { text: _text, passages, ...meta } = article;
	const corpus = buildCorpus();
	const labelOf = (kind: string, id: string) =>
		kind === 'country'
			? (countries.find((c) => c.iso3 === id)?.name ?? id)
			: kind === 'theme'
				? (corpus.themes.find((t) => t.id === id)?.title ?? id)
				: id;
	return {
		article: meta,
		passages: passages.map((p) => {
			// Place links open the map in the year the passage speaks of.
			const yearOf = (target: LinkTarget) => {
				const m = target.kind === 'mission' ? missions.find((x) => x.id === target.id) : null;
				const span: [number, number] | null = m
					? [m.start.year ?? FIRST_YEAR, m.end.year ?? LAST_YEAR]
					: null;
				return passageYear(p.text, [FIRST_YEAR, LAST_YEAR], span);
			};
			return {
				...p,
				runs: runsOf(p.text, gazetteer, slugOf, yearOf),
				// Everything the passage links to on the map, names found or inferred and themes.
				onMap: corpus.links
					.filter((l) => l.passage === passageKey(p) && l.target.kind !== 'oic')
					.map((l) => ({
						label: labelOf(l.target.kind, l.target.id),
						query: queryFor(l.target, slugOf, yearOf(l.target))!,
						kind: l.target.kind
					}))
			};
		})
	};
};
