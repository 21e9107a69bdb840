/**
 * The embed’s own bar.
 * English; another language is a sibling module with the same keys.
 */

export const embedText = {
	opensNewTab: ' (opens in a new tab)',
	openLarger: 'Open larger'
};
