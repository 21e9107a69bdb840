/**
 * French strings for the explorer page: its panel, hint, sharing and presenting buttons
 * (src/lib/i18n/explore.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { monthYear } from '../format';
import type { YearCoverage } from '$lib/data/atlas';
import type * as en from '../explore';

export const exploreText: typeof en.exploreText = {
	dataErrorTitle: 'Une partie des données de la carte n’a pas pu être chargée',

	// Layers and legend.
	controlsLabel: 'Année et couches',
	liveFallen: (year: number, inYear: boolean) =>
		`La carte montre les ressortissants de chaque État morts en service dans les opérations de paix de l’ONU, ${inYear ? `en ${year}` : `1948–${year}`}.`,
	coverage: (year: number, kind: YearCoverage, asOf: string | null) =>
		({
			'active-only': `${year}\u00a0: avant 1990, les sources ne donnent aucun effectif, seulement les opérations en cours.`,
			totals: `${year}\u00a0: total de chaque pays${asOf ? `, en ${monthYear(asOf)}` : ''}\u202f; pas de chiffres par mission avant fin 2009 (les traits tiretés indiquent la présence selon Geo-PKO).`,
			'by-mission': `${year}\u00a0: chiffres par pays et par mission${asOf ? `, en ${monthYear(asOf)}` : ''}.`
		})[kind],
	closePanel: 'Fermer le panneau',
	citation: (view: string, data: string | null, url: string, accessed: string) =>
		`Atlas du maintien de la paix, «\u00a0${view}\u00a0»${data ? `. Données\u00a0: ${data}` : ''}. ${url} (consulté le ${accessed}).`,
	skipToControls: 'Aller à l’année et aux couches',
	skipToTable: 'Aller au tableau de données',
	tableLink: 'Tableau de données',
	liveSelection: (name: string, figure: string) => `Sélection\u00a0: ${name}. ${figure}`
};
