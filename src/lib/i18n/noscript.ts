/**
 * Strings only the prerendered HTML carries: the notice inside <noscript>, which Svelte leaves
 * out of the client build, so the browser never downloads them.
 * English; another language is a sibling module with the same keys.
 */
export const noscriptText = {
	noScript:
		'The interactive atlas needs JavaScript. This page shows the map and the figures for the latest year; the table below links each country.'
};
