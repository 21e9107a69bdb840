import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED, parseEmbed, withEmbedOptions } from './embed';

describe('parseEmbed', () => {
	it.each([
		{ q: '', options: {}, notices: 0 },
		{ q: '?scheme=dark', options: { scheme: 'dark' }, notices: 0 },
		// Links made before scheme= gave it as theme=.
		{ q: '?theme=dark', options: { scheme: 'dark' }, notices: 0 },
		{ q: '?theme=hosting&scheme=light', options: { scheme: 'light' }, notices: 0 },
		{ q: '?theme=hosting', options: {}, notices: 0 },
		{
			q: '?panel=0&controls=0&interactive=0',
			options: { panel: false, controls: false, interactive: false },
			notices: 0
		},
		{ q: '?scheme=purple', options: {}, notices: 1 },
		{ q: '?panel=yes', options: {}, notices: 1 },
		{ q: '?interactive=<b>', options: {}, notices: 1 }
	])('reads "$q"', ({ q, options, notices }) => {
		const result = parseEmbed(new URLSearchParams(q));
		expect(result.options).toEqual({ ...DEFAULT_EMBED, ...options });
		expect(result.notices).toHaveLength(notices);
	});

	it('round-trips through withEmbedOptions', () => {
		const options = { scheme: 'light' as const, panel: false, controls: true, interactive: false };
		const url = withEmbedOptions(new URL('http://x/embed?year=1995&panel=1'), options);
		expect(url.search).toBe('?year=1995&scheme=light&panel=0&interactive=0');
		expect(parseEmbed(url.searchParams).options).toEqual(options);
		// An article theme in the view stays; an older link's scheme gives way to scheme=.
		const both = withEmbedOptions(new URL('http://x/embed?theme=hosting'), {
			...DEFAULT_EMBED,
			scheme: 'dark'
		});
		expect(both.search).toBe('?theme=hosting&scheme=dark');
		const old = withEmbedOptions(new URL('http://x/embed?theme=dark'), {
			...DEFAULT_EMBED,
			scheme: 'light'
		});
		expect(old.search).toBe('?scheme=light');
	});
});
