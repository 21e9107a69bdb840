import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED, parseEmbed, withEmbedOptions } from './embed';

describe('parseEmbed', () => {
	it.each([
		{ q: '', options: {}, notices: 0 },
		{ q: '?theme=dark', options: { theme: 'dark' }, notices: 0 },
		{
			q: '?panel=0&controls=0&interactive=0',
			options: { panel: false, controls: false, interactive: false },
			notices: 0
		},
		{ q: '?theme=purple', options: {}, notices: 1 },
		{ q: '?panel=yes', options: {}, notices: 1 },
		{ q: '?interactive=<b>', options: {}, notices: 1 }
	])('reads "$q"', ({ q, options, notices }) => {
		const result = parseEmbed(new URLSearchParams(q));
		expect(result.options).toEqual({ ...DEFAULT_EMBED, ...options });
		expect(result.notices).toHaveLength(notices);
	});

	it('round-trips through withEmbedOptions', () => {
		const options = { theme: 'light' as const, panel: false, controls: true, interactive: false };
		const url = withEmbedOptions(new URL('http://x/embed?year=1995&panel=1'), options);
		expect(url.search).toBe('?year=1995&theme=light&panel=0&interactive=0');
		expect(parseEmbed(url.searchParams).options).toEqual(options);
	});
});
