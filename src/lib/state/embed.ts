/**
 * What an embed's URL adds to the explorer's contract: `theme=light|dark`, `panel=0|1`,
 * `controls=0|1`, `interactive=0|1`. Bad values are ignored with a notice, like the rest.
 */
import type { Notice } from './url';

export interface EmbedOptions {
	theme: 'light' | 'dark' | null;
	panel: boolean;
	controls: boolean;
	interactive: boolean;
}

export const DEFAULT_EMBED: EmbedOptions = {
	theme: null,
	panel: true,
	controls: true,
	interactive: true
};

const FLAGS = ['panel', 'controls', 'interactive'] as const;
/** Every parameter an embed adds to the explorer's. */
export const EMBED_FLAGS = ['theme', ...FLAGS];

export function parseEmbed(params: URLSearchParams): { options: EmbedOptions; notices: Notice[] } {
	const options = { ...DEFAULT_EMBED };
	const notices: Notice[] = [];
	const theme = params.get('theme');
	if (theme === 'light' || theme === 'dark') options.theme = theme;
	else if (theme !== null && theme !== '' && theme.length < 2000)
		notices.push({ param: 'theme', value: theme.slice(0, 40), kind: 'malformed' });
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
	for (const key of ['theme', ...FLAGS]) next.searchParams.delete(key);
	if (options.theme) next.searchParams.set('theme', options.theme);
	for (const flag of FLAGS)
		if (options[flag] !== DEFAULT_EMBED[flag])
			next.searchParams.set(flag, options[flag] ? '1' : '0');
	return next;
}
