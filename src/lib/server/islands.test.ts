import { describe, expect, it } from 'vitest';
import { islandStylesToHead } from './islands';

describe('islands’ styles', () => {
	it('go to the head, each once, and leave the body', () => {
		const page =
			'<html><head><style>body{}</style></head><body>' +
			'<div data-island="a"><!----><style id="svelte-abc1">.a.svelte-abc1{color:red}</style><div data-island-root><p class="a svelte-abc1">A</p></div><!----></div>' +
			'<div data-island="b"><!----><style id="svelte-abc1">.a.svelte-abc1{color:red}</style><style id="svelte-x9">.b{}</style><div data-island-root></div><!----></div>' +
			'</body></html>';
		const moved = islandStylesToHead(page);
		const [head, body] = moved.split('</head>');
		expect(head).toContain('<style>body{}</style>');
		expect(head.match(/<style id="svelte-abc1">/g)).toHaveLength(1);
		expect(head).toContain('<style id="svelte-x9">.b{}</style>');
		expect(body).not.toContain('<style');
		expect(body).toContain('<p class="a svelte-abc1">A</p>');
	});

	it('leave a page without them as it is', () => {
		const page = '<html><head></head><body><p>no islands</p></body></html>';
		expect(islandStylesToHead(page)).toBe(page);
	});
});
