/**
 * The snippets the share dialog gives: an iframe that works with no script (its height
 * attribute holds where a host's policy strips inline styles; otherwise it keeps a 4:3 ratio),
 * and the optional one-line script that makes it as tall as its content.
 */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const EMBED_RATIO = '4 / 3';
export const EMBED_FALLBACK_HEIGHT = 640;

export function iframeSnippet(src: string, title: string): string {
	return (
		`<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${EMBED_FALLBACK_HEIGHT}" ` +
		`style="aspect-ratio: ${EMBED_RATIO}; height: auto; border: 0" loading="lazy" allow="fullscreen" allowfullscreen></iframe>`
	);
}

export function scriptSnippet(src: string): string {
	return `<script src="${attr(src)}" async></script>`;
}
