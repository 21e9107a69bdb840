/**
 * The live map: its label and keys, loading, and why it could not start.
 * English; another language is a sibling module with the same keys.
 */

export const mapText = {
	mapLabel: 'World map of UN peacekeeping and the OIC states',
	mapKeys:
		'Map. Arrow keys move it, plus and minus zoom, Enter selects the country or mission at the ring in the centre.',
	mapLoading: 'Loading the map…',
	/** A country picked before the figures are in: its panel names it and says this. */
	pickLoading: 'Loading its figures…',
	noWebGLTitle: 'The live map cannot start in this browser',
	noWebGLBody:
		'It needs WebGL, which is switched off or unsupported here (common on locked-down or remote desktops). Turn on hardware acceleration in the browser settings, or open the atlas in another browser.',
	mapFailedTitle: 'The live map stopped at its start',
	mapFailedBody: (reason: string) =>
		`The map engine reported: “${reason.slice(0, 160)}”. The map shown is a still picture. Reload the page; if this link was shared with you, open the atlas from its home page instead.`,
	engineFailedTitle: 'The live map could not be loaded',
	engineFailedBody:
		'Its map engine did not download, so the map shown is a still picture. Check the connection and reload the page to try again.',
	sourceShapes: 'Country shapes: Natural Earth',
	cooperativeDesktop: 'Use Ctrl + scroll to zoom the map',
	cooperativeMac: 'Use ⌘ + scroll to zoom the map',
	cooperativeMobile: 'Use two fingers to move the map'
};
