/**
 * What an embed's URL adds to the explorer's contract: `scheme=light|dark` (the colour scheme),
 * `panel=0|1`, `controls=0|1`, `interactive=0|1`. Bad values are ignored with a notice, like the
 * rest. Older links gave the scheme as `theme=light|dark`; they still work, since no article
 * theme is called "light" or "dark", and `theme=` otherwise names an article theme.
 */
import type { Notice } from './url';

export interface EmbedOptions {
	scheme: 'light' | 'dark' | null;
	panel: boolean;
	controls: boolean;
	interactive: boolean;
}

export const DEFAULT_EMBED: EmbedOptions = {
	scheme: null,
	panel: true,
	controls: true,
	interactive: true
};

const FLAGS = ['panel', 'controls', 'interactive'] as const;
/** Every parameter an embed adds to the explorer's. */
export const EMBED_FLAGS = ['scheme', ...FLAGS];

/** `theme=light|dark` of links made before `scheme=`: a colour scheme, not an article theme. */
export const isLegacyScheme = (value: string | null) => value === 'light' || value === 'dark';

export function parseEmbed(params: URLSearchParams): { options: EmbedOptions; notices: Notice[] } {
	const options = { ...DEFAULT_EMBED };
	const notices: Notice[] = [];
	const scheme =
		params.get('scheme') ?? (isLegacyScheme(params.get('theme')) ? params.get('theme') : null);
	if (scheme === 'light' || scheme === 'dark') options.scheme = scheme;
	else if (scheme !== null && scheme !== '' && scheme.length < 2000)
		notices.push({ param: 'scheme', value: scheme.slice(0, 40), kind: 'malformed' });
	for (const flag of FLAGS) {
		const value = params.get(flag);
		if (value === null) continue;
		if (value === '0' || value === '1') options[flag] = value === '1';
		else notices.push({ param: flag, value: value.slice(0, 40), kind: 'malformed' });
	}
	return { options, notices };
}

/** The embed URL for a view: the explorer's parameters plus the embed's own where not default. */
export function withEmbedOptions(url: URL, options: EmbedOptions): URL {
	const next = new URL(url);
	for (const key of EMBED_FLAGS) next.searchParams.delete(key);
	if (isLegacyScheme(next.searchParams.get('theme'))) next.searchParams.delete('theme');
	if (options.scheme) next.searchParams.set('scheme', options.scheme);
	for (const flag of FLAGS)
		if (options[flag] !== DEFAULT_EMBED[flag])
			next.searchParams.set(flag, options[flag] ? '1' : '0');
	return next;
}
