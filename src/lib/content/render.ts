/**
 * A passage as runs of text to render: bold where the article has **…**, and a link back to
 * the map wherever the gazetteer finds a country or mission. Rendered as text nodes by Svelte,
 * never as HTML.
 */
import type { Gazetteer } from './gazetteer';
import { inlineSegments } from './passages';
import type { LinkTarget } from './types';

export interface Run {
	text: string;
	strong: boolean;
	/** The map with this country or mission selected, as a query string. */
	query: string | null;
}

/** The explorer's query for a link, with the year the passage speaks of where it names one. */
export function queryFor(
	target: LinkTarget,
	slugOf: (mission: string) => string,
	year: number | null = null
): string | null {
	const at = year === null ? '' : `&year=${year}`;
	if (target.kind === 'country') return `?country=${target.id}${at}`;
	if (target.kind === 'mission') return `?mission=${slugOf(target.id)}${at}`;
	if (target.kind === 'theme') return `?theme=${target.id}${at}`;
	return null;
}

export function runsOf(
	text: string,
	gazetteer: Gazetteer,
	slugOf: (mission: string) => string,
	yearOf: (target: LinkTarget) => number | null = () => null
): Run[] {
	const runs: Run[] = [];
	for (const segment of inlineSegments(text)) {
		let at = 0;
		for (const m of gazetteer.find(segment.text)) {
			const query = queryFor(m.target, slugOf, yearOf(m.target));
			if (!query) continue;
			if (m.start > at)
				runs.push({ text: segment.text.slice(at, m.start), strong: segment.strong, query: null });
			runs.push({ text: m.text, strong: segment.strong, query });
			at = m.end;
		}
		if (at < segment.text.length)
			runs.push({ text: segment.text.slice(at), strong: segment.strong, query: null });
	}
	return runs;
}
