/** Colours of the map, one object per theme; the style functions read nothing else. */
export interface MapTheme {
	name: 'light' | 'dark';
	sea: string;
	land: string;
	/** Land of OIC members and observers: the lens that shows membership at a glance. */
	oicLand: string;
	border: string;
	/** The dashed outline of the year's OIC observers. */
	observerOutline: string;
	/** Opacity of countries that are neither OIC members nor observers: the map's lens. */
	otherOpacity: number;
	selectedOutline: string;
	selectedHalo: string;
	label: string;
	labelHalo: string;
	mission: string;
	missionStroke: string;
	missionClosed: string;
	link: string;
	badgeStroke: string;
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
	selectedHalo: '#ffffff',
	label: '#3b3a36',
	labelHalo: '#f4f1eacc',
	mission: '#5b2a86',
	missionStroke: '#ffffff',
	missionClosed: '#6f6a80',
	link: '#5b2a86',
	badgeStroke: '#ffffff'
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
	selectedHalo: '#0e1a24',
	label: '#dfe5ea',
	labelHalo: '#0e1a24cc',
	mission: '#d7b5f5',
	missionStroke: '#1a1030',
	missionClosed: '#9a94ad',
	link: '#e2c6fa',
	badgeStroke: '#0e1a24'
};

export function themeFor(scheme: 'light' | 'dark'): MapTheme {
	return scheme === 'dark' ? darkTheme : lightTheme;
}
