/**
 * The site's other pages: sources, articles, offline and errors; and the map picture's title,
 * which the server writes.
 * English; another language is a sibling module with the same keys.
 */

export const pagesText = {
	backToMap: 'Back to the map',

	offlineBody:
		'This page was not saved for use without a network. These pages were, on this device, and work until the network is back:',
	offlineExplorer: 'The map, every year and country',
	offlineLecture: 'Lecture mode: “The OIC states and UN peacekeeping”',
	offlineTitle: 'You are offline',
	onTheMap: 'On the map:',
	passageLink: 'Link to this passage',
	pictureTitle:
		'Map of the OIC states: contributors of uniformed personnel and hosts of UN peacekeeping operations',
	sourceCitation: 'Cite as',
	sourceCoverage: 'Coverage',
	sourceLicence: 'Licence',
	sourceOrigin: 'Where the copy comes from',
	sourcePublisher: 'Publisher',
	sourcesIntro:
		'Every figure in the atlas names one of these sources and the month it is as of. Facts no stored source confirms are marked unverified.',
	sourcesTitle: 'Sources',
	/** Above an article on French and Arabic pages (an English page never shows it). */
	englishOriginal: 'The article as published, in English: it is not translated.'
};
