/**
 * French strings for the data tables and downloads under the map
 * (src/lib/i18n/tables.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { formatNumber } from '../format';
import type * as en from '../tables';

export const tableText: typeof en.tableText = {
	// The data tables under the explore map, loaded after the map (see TablesIsland).
	tableTitle: (year: number) => `Tableau de données, ${year}`,
	tableCountry: 'Pays',
	tableMission: 'Opération',
	missionTableTitle: (year: number) => `Opérations de maintien de la paix en cours en ${year}`,
	tableStatus: 'Statut à l’OCI',
	tablePersonnel: 'Personnel en tenue',
	tableHosting: 'Opérations accueillies',
	tableScope: 'Afficher',
	tableScopeOic: 'Membres et observateurs de l’OCI',
	tableScopeAll: 'Tous les pays contributeurs et hôtes',
	/** `asOf`: the month of the figures, already written out (t.monthYear). */
	tableCaption: (n: number, asOf: string | null, source: string | null) =>
		`${formatNumber(n)} pays. ${asOf ? `Effectifs en ${asOf}` : 'Aucun chiffre d’effectifs avant 1990'}${source ? `\u202f; source\u00a0: ${source}` : ''}. Sélectionnez un pays pour ouvrir son panneau.`,
	downloadCsv: 'Télécharger en CSV',
	downloadGeoJson: 'Télécharger en GeoJSON',
	downloadOperationsLabel: 'Opérations d’autres organisations'
};
