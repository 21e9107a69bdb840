/** What a click or hover found on the map. */
export interface Pick {
	kind: 'country' | 'mission' | 'operation' | 'theme';
	id: string;
}
