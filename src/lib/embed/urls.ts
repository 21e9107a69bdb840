import { EMBED_FLAGS, withEmbedOptions, type EmbedOptions } from '$lib/state/embed';

/** The full atlas at the view an embed shows: the same parameters, less the embed's own. */
export function atlasUrlFor(current: URL, base: string): string {
	const url = new URL(`${base}/`, current);
	url.search = current.search;
	for (const key of EMBED_FLAGS) url.searchParams.delete(key);
	return url.href;
}

/** The embed URL for an explorer view, with the chosen embed options. */
export function embedUrlFor(view: URL, base: string, options: EmbedOptions): string {
	const url = new URL(`${base}/embed`, view);
	url.search = view.search;
	return withEmbedOptions(url, options).href;
}
