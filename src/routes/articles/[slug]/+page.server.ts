import { error } from '@sveltejs/kit';
import countries from '$geodata/countries.json';
import missions from '$geodata/missions.json';
import { buildCorpus, gazetteer, readArticles } from '$lib/content/corpus';
import { queryFor, runsOf } from '$lib/content/render';
import { passageKey } from '$lib/content/types';
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
		passages: passages.map((p) => ({
			...p,
			runs: runsOf(p.text, gazetteer, slugOf),
			// Everything the passage links to on the map, names found or inferred and themes.
			onMap: corpus.links
				.filter((l) => l.passage === passageKey(p) && l.target.kind !== 'oic')
				.map((l) => ({
					label: labelOf(l.target.kind, l.target.id),
					query: queryFor(l.target, slugOf)!,
					kind: l.target.kind
				}))
		}))
	};
};
