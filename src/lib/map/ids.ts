/** Source and layer ids: the one place they are spelled. */
export const SOURCE = {
	countries: 'countries',
	labels: 'country-labels',
	missions: 'missions',
	links: 'links',
	/**
	 * Other bodies' operations: added with their layers once operations.json has loaded. The
	 * symbols' source holds every year's drawings and never changes; the labels' holds the year's.
	 */
	operations: 'operations',
	operationLabels: 'operation-labels'
} as const;

/** Layers in drawing order, bottom to top. */
export const LAYER = {
	background: 'background',
	countryFill: 'country-fill',
	countryBorder: 'country-border',
	observerOutline: 'observer-outline',
	countrySelected: 'country-selected',
	hostOutline: 'host-outline',
	links: 'links',
	linksPresence: 'links-presence',
	missionRings: 'mission-rings',
	missionCircles: 'mission-circles',
	countryDot: 'country-dot',
	hostBadge: 'host-badge',
	countryLabel: 'country-label',
	missionLabel: 'mission-label'
} as const;

/**
 * Other bodies' operations (./operations.ts), added above the mission circles once their file
 * has loaded: not part of the style the first view builds.
 */
export const OPERATION_LAYER = {
	symbols: 'operation-symbols',
	label: 'operation-label'
} as const;

/** Layers whose features are countries a click or hover can pick, topmost first. */
export const COUNTRY_LAYERS = [LAYER.hostBadge, LAYER.countryDot, LAYER.countryFill];
/** Layers whose features are missions, topmost first: active operations before closed ones. */
export const MISSION_LAYERS = [LAYER.missionCircles, LAYER.missionRings];

/** The map layers each toggle shows or hides. Contributors recolour the fill instead. */
export const TOGGLED_LAYERS = {
	hosts: [LAYER.hostOutline, LAYER.hostBadge],
	missions: [LAYER.missionRings, LAYER.missionCircles, LAYER.missionLabel],
	operations: [OPERATION_LAYER.symbols, OPERATION_LAYER.label],
	links: [LAYER.links, LAYER.linksPresence]
} as const;

/** The font stack name the style's font-faces map to a self-hosted file. */
export const LABEL_FONT = 'Noto Sans Regular';
