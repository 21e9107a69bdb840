/**
 * How the map is coloured: the reader's light or dark scheme, or a lecture's high contrast for
 * washed-out projectors (black on white, a ramp with no near-white class).
 */
export type MapScheme = 'light' | 'dark' | 'contrast';

/** Colours of the map, one object per scheme; the style functions read nothing else. */
export interface MapTheme {
	name: MapScheme;
	sea: string;
	land: string;
	/** Land of OIC members and observers: the lens that shows membership at a glance. */
	oicLand: string;
	border: string;
	/** The dashed outline of the year's OIC observers. */
	observerOutline: string;
	/** Opacity of mission circles in states that are neither OIC members nor observers. */
	otherOpacity: number;
	selectedOutline: string;
	label: string;
	labelHalo: string;
	mission: string;
	missionStroke: string;
	missionClosed: string;
	link: string;
	badgeStroke: string;
	/** Operations of other bodies (NATO, the EU, the AU…): their diamonds and outline. */
	operation: string;
	operationStroke: string;
}

export const lightTheme: MapTheme = {
	name: 'light',
	sea: '#dce9f2',
	land: '#f4f1ea',
	oicLand: '#ecdcbc',
	border: '#a9a69e',
	observerOutline: '#6b4f1d',
	otherOpacity: 0.45,
	selectedOutline: '#1b1b1b',
	label: '#3b3a36',
	labelHalo: '#f4f1eacc',
	mission: '#5b2a86',
	missionStroke: '#ffffff',
	missionClosed: '#6f6a80',
	link: '#5b2a86',
	badgeStroke: '#ffffff',
	operation: '#b5135f',
	operationStroke: '#ffffff'
};

export const darkTheme: MapTheme = {
	name: 'dark',
	sea: '#0e1a24',
	land: '#3a4654',
	oicLand: '#5a5548',
	border: '#6b7b8f',
	observerOutline: '#e3c98f',
	otherOpacity: 0.4,
	selectedOutline: '#ffffff',
	label: '#dfe5ea',
	labelHalo: '#0e1a24cc',
	mission: '#d7b5f5',
	missionStroke: '#1a1030',
	missionClosed: '#9a94ad',
	link: '#e2c6fa',
	badgeStroke: '#0e1a24',
	operation: '#ff8cc6',
	operationStroke: '#0e1a24'
};

/**
 * High contrast: a projector washes out pale tints, so no class is near white. Sea is a clear
 * blue, states outside the OIC plain white, an OIC state with none reported a mid-light grey,
 * and every line and label black.
 */
export const contrastTheme: MapTheme = {
	name: 'contrast',
	sea: '#9ecae1',
	land: '#ffffff',
	oicLand: '#d4d4d4',
	border: '#333333',
	observerOutline: '#000000',
	otherOpacity: 0.6,
	selectedOutline: '#000000',
	label: '#000000',
	labelHalo: '#ffffff',
	mission: '#4a0072',
	missionStroke: '#ffffff',
	missionClosed: '#4d4d4d',
	link: '#4a0072',
	badgeStroke: '#000000',
	operation: '#c2006b',
	operationStroke: '#000000'
};

export function themeFor(scheme: MapScheme): MapTheme {
	return scheme === 'dark' ? darkTheme : scheme === 'contrast' ? contrastTheme : lightTheme;
}
