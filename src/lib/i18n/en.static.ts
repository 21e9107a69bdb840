/**
 * Strings only the prerendered HTML carries, never the browser's code: the notice inside
 * `<noscript>`, which Svelte leaves out of the client build. Kept apart from ./en.ts so the first
 * view's JavaScript does not download them (the client never imports this module's values).
 */
export const enStatic = {
	noScript:
		'The interactive atlas needs JavaScript. This page shows the map and the figures for the latest year; the table below links each country.'
};
