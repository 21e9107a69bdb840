/** Something a reader can select: a country, a mission, another body's operation or a theme. */
export interface Selectable {
	kind: 'country' | 'mission' | 'operation' | 'theme';
	id: string;
}

/** What a click or hover finds on the map: a country, a mission or an operation. */
export interface MapPick extends Selectable {
	kind: 'country' | 'mission' | 'operation';
}
