/** Source and layer ids: the one place they are spelled. */
export const SOURCE = {
	countries: 'countries',
	labels: 'country-labels'
} as const;

/** Layers in drawing order, bottom to top. */
export const LAYER = {
	background: 'background',
	countryFill: 'country-fill',
	countryBorder: 'country-border',
	countrySelected: 'country-selected',
	countryDot: 'country-dot',
	countryLabel: 'country-label'
} as const;

/** The font stack name the style's font-faces map to a self-hosted file. */
export const LABEL_FONT = 'Noto Sans Regular';

/** Layers whose features are countries a click or hover can pick. */
export const COUNTRY_LAYERS = [LAYER.countryDot, LAYER.countryFill];
