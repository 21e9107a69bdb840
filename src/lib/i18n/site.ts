/**
 * The site around the map: its name and tagline, the explorer's header, and updates.
 * English; another language is a sibling module with the same keys.
 */

export const siteText = {
	siteTitle: 'Peacekeeping Atlas',
	siteTagline: 'UN peacekeeping seen from the member and observer states of the OIC',
	updateReady:
		'A new version of the atlas is ready. Reload to use it; this page keeps working meanwhile.',
	updateFailed:
		'Part of this page could not be loaded: the atlas was updated since the page opened. Reload to continue.',
	updateReload: 'Reload',
	updateLater: 'Not now',
	share: 'Share',
	lecture: 'Lecture',
	/** The language switch's name (its links are each language's name in itself). */
	languages: 'Languages'
};
