/**
 * The articles and everything derived from them, built at build time: passages, links and
 * themes. Adding an article is dropping `<slug>.md` and `<slug>.json` into content/articles/.
 */
import countries from '$geodata/countries.json';
import missions from '$geodata/missions.json';
import demonyms from '$content/demonyms.json';
import review from '$content/links.review.json';
import { THEMES } from '$content/themes';
import { Gazetteer } from './gazetteer';
import { linkPassages, type MissionSpan } from './links';
import { splitArticle } from './passages';
import type { ArticleMeta, Corpus, Passage, ReviewedLinks } from './types';

const texts = import.meta.glob('/content/articles/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const metas = import.meta.glob('/content/articles/*.json', {
	import: 'default',
	eager: true
}) as Record<string, ArticleMeta>;

export interface Article extends ArticleMeta {
	text: string;
	passages: Passage[];
}

export function readArticles(): Article[] {
	return Object.entries(texts)
		.map(([path, text]) => {
			const metaPath = path.replace(/\.md$/, '.json');
			const meta = metas[metaPath];
			const slug = path.split('/').pop()!.replace(/\.md$/, '');
			if (!meta)
				throw new Error(
					`${path.slice(1)}: no ${metaPath.slice(1)} beside it; add one with slug, title, attribution and source`
				);
			if (meta.slug !== slug)
				throw new Error(
					`${metaPath.slice(1)}: slug "${meta.slug}" must be the file name "${slug}"`
				);
			for (const field of ['title', 'attribution', 'source'] as const) {
				if (!meta[field])
					throw new Error(`${metaPath.slice(1)}: "${field}" is missing; every article needs it`);
			}
			return { ...meta, text, passages: splitArticle(slug, text).passages };
		})
		.sort((a, b) => a.slug.localeCompare(b.slug));
}

export const gazetteer = new Gazetteer({ countries, missions, demonyms });

export function buildCorpus(): Corpus {
	const articles = readArticles();
	const passages = articles.flatMap((a) => a.passages);
	const spans = new Map<string, MissionSpan>(
		missions.map((m) => [
			m.id,
			{
				id: m.id,
				kind: m.kind as MissionSpan['kind'],
				hosts: m.hosts.value,
				start: m.start.year,
				end: m.end.year
			}
		])
	);
	const links = linkPassages(
		passages,
		gazetteer,
		{ countries: new Set(countries.map((c) => c.iso3)), missions: spans, themes: THEMES },
		review as ReviewedLinks
	);
	return {
		articles: articles.map(({ slug, title, attribution, source }) => ({
			slug,
			title,
			attribution,
			source
		})),
		passages,
		links,
		themes: THEMES
	};
}
