/**
 * The error page: a page not in the atlas, or one that could not be shown. SvelteKit loads
 * it with every page, so it holds nothing else.
 * English; another language is a sibling module with the same keys.
 */

export const errorText = {
	errorBody: (status: number) =>
		`Something went wrong (${status}). Reload the page, or go on from here:`,
	errorTitle: 'This page could not be shown',
	notFoundBody:
		'The address may be mistyped, or the page may have moved. The map, the lecture and the sources are here:',
	notFoundLecture: 'Lecture mode: “The OIC states and UN peacekeeping”',
	notFoundMap: 'The map of peacekeeping and the OIC states',
	notFoundSources: 'The sources of every figure',
	notFoundTitle: 'This page is not in the atlas'
};
