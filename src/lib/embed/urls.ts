import { EMBED_FLAGS, isLegacyScheme, withEmbedOptions, type EmbedOptions } from '$lib/state/embed';

/** The full atlas at the view an embed shows: the same parameters, less the embed's own. */
export function atlasUrlFor(current: URL, base: string): string {
	const url = new URL(`${base}/`, current);
	url.search = current.search;
	for (const key of EMBED_FLAGS) url.searchParams.delete(key);
	// An article theme goes with the view; an older link's colour scheme stays with the embed.
	if (isLegacyScheme(url.searchParams.get('theme'))) url.searchParams.delete('theme');
	return url.href;
}

/** The embed URL for an explorer view, with the chosen embed options. */
export function embedUrlFor(view: URL, base: string, options: EmbedOptions): string {
	const url = new URL(`${base}/embed`, view);
	url.search = view.search;
	return withEmbedOptions(url, options).href;
}
