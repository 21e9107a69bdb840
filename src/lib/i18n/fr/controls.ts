/**
 * French strings for the controls beside the map: layers, legend, colour measure, year and month,
 * search (src/lib/i18n/controls.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { monthName } from '../format';
import type { LayerId, Measure } from '$lib/state/url';
import type * as en from '../controls';

export const controlsText: typeof en.controlsText = {
	layersHeading: 'Couches',
	layerName: {
		hosts: 'Pays hôtes',
		contributors: 'Pays contributeurs',
		missions: 'Missions',
		operations: 'Autres organisations',
		links: 'Liens'
	} satisfies Record<LayerId, string>,
	layerHint: {
		hosts: 'États de l’OCI où des opérations ont été déployées',
		contributors: 'Personnel en tenue fourni, par pays',
		missions: 'Quartiers généraux des missions, à la mesure de leurs effectifs',
		operations:
			'Opérations de l’OTAN, de l’UE, de l’Union africaine, de la CEDEAO, de la Ligue des États arabes et d’autres',
		links: 'À partir du pays ou de la mission sélectionnés'
	} satisfies Record<LayerId, string>,
	// What the map colours the states by (?measure=).
	measureLabel: 'Colorer les États selon',
	measureName: {
		personnel: 'Personnel fourni',
		fallen: 'Morts en service, jusqu’à cette année',
		'fallen-year': 'Morts en service, cette année'
	} satisfies Record<Measure, string>,

	// Time.
	yearLabel: 'Année',
	monthLabel: 'Mois',
	monthName: (m: number) => monthName(m),
	yearsOwnMonth: '(chiffre de l’année)',
	play: 'Faire défiler les années',
	pause: 'Pause',
	previousYear: 'Année précédente',
	nextYear: 'Année suivante',

	// Theme.
	// The English function's return type is its two literals: cast (the English could say `: string`).
	themeToggle: ((dark: boolean): string =>
		dark ? 'Passer au thème clair' : 'Passer au thème sombre') as typeof en.controlsText.themeToggle
};
