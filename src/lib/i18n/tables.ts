/**
 * The data tables and downloads under the map (loaded after the map is ready).
 * English; another language is a sibling module with the same keys.
 */

export const tableText = {
	// The data tables under the explore map, loaded after the map (see TablesIsland).
	tableTitle: (year: number) => `Data table, ${year}`,
	tableCountry: 'Country',
	tableMission: 'Operation',
	missionTableTitle: (year: number) => `Peacekeeping operations active in ${year}`,
	tableStatus: 'OIC status',
	tablePersonnel: 'Uniformed personnel',
	tableHosting: 'Operations hosted',
	tableScope: 'Show',
	tableScopeOic: 'OIC members and observers',
	tableScopeAll: 'All contributors and hosts',
	/** `asOf`: the month of the figures, already written out (t.monthYear). */
	tableCaption: (n: number, asOf: string | null, source: string | null) =>
		`${n} countries. ${asOf ? `Personnel as of ${asOf}` : 'No personnel figures before 1990'}${source ? `; source: ${source}` : ''}. Select a country to open its panel.`,
	downloadCsv: 'Download CSV',
	downloadGeoJson: 'Download GeoJSON',
	downloadOperationsLabel: 'Other bodies’ operations'
};
