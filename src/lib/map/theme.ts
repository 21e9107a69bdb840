/** Colours of the map, one object per theme; the style functions read nothing else. */
export interface MapTheme {
	name: 'light' | 'dark';
	sea: string;
	land: string;
	border: string;
	selectedFill: string;
	selectedOutline: string;
	label: string;
	labelHalo: string;
}

export const lightTheme: MapTheme = {
	name: 'light',
	sea: '#dce9f2',
	land: '#f4f1ea',
	border: '#a9a69e',
	selectedFill: '#f2c14e',
	selectedOutline: '#1b1b1b',
	label: '#3b3a36',
	labelHalo: '#f4f1eacc'
};

export const darkTheme: MapTheme = {
	name: 'dark',
	sea: '#0e1a24',
	land: '#263340',
	border: '#55657a',
	selectedFill: '#c9962b',
	selectedOutline: '#ffffff',
	label: '#d7dde4',
	labelHalo: '#0e1a24cc'
};

export function themeFor(scheme: 'light' | 'dark'): MapTheme {
	return scheme === 'dark' ? darkTheme : lightTheme;
}
