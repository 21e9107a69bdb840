/**
 * French strings for the controls beside the map: layers, legend, colour measure, year and month,
 * search (src/lib/i18n/controls.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { formatNumber, monthName } from '../format';
import { BODY_NAMES } from './common';
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
	legendOperation:
		'Opération d’une autre organisation (OTAN, UE, UA, CEDEAO, Ligue des États arabes…)',
	legendOperationNoSize: 'effectif non communiqué cette année-là',
	// What the map colours the states by (?measure=).
	measureLabel: 'Colorer les États selon',
	measureName: {
		personnel: 'Personnel fourni',
		fallen: 'Morts en service, jusqu’à cette année',
		'fallen-year': 'Morts en service, cette année'
	} satisfies Record<Measure, string>,
	legendPersonnel: 'Personnel en tenue fourni',
	legendNoPersonnel: 'aucun signalé',
	legendNoFiguresShort: 'pas de chiffres',
	legendNoFigures:
		'Aucun chiffre de personnel dans les sources avant 1990\u00a0: aucun État n’est coloré.',
	legendRange: (from: number, to: number | null) =>
		to === null ? `${formatNumber(from)} ou plus` : `${formatNumber(from)}–${formatNumber(to - 1)}`,
	legendHosts: 'Opérations accueillies cette année-là',
	legendHostCount: (count: number, orMore: boolean) =>
		`${count}${orMore ? ' ou plus' : ''} opération${count > 1 || orMore ? 's' : ''}`,
	legendHostedBefore: 'pays hôte auparavant',
	legendHostBadge: 'point\u00a0: pays hôte cette année-là',
	legendMissions:
		'Quartiers généraux\u00a0: opérations de l’ONU (cercles), autres organisations (losanges)',
	legendMissionClosed: 'terminée',
	legendOic: 'L’OCI cette année-là',
	legendMember: 'membre',
	legendObserver: 'observateur (tirets)',
	legendNeither: 'ni l’un ni l’autre (non coloré)',
	legendLinks: 'Lignes\u00a0: personnel de la sélection (en tirets\u00a0: présence seulement).',

	// Time.
	yearLabel: 'Année',
	monthLabel: 'Mois',
	monthName: (m: number) => monthName(m),
	yearsOwnMonth: '(chiffre de l’année)',
	play: 'Faire défiler les années',
	pause: 'Pause',
	previousYear: 'Année précédente',
	nextYear: 'Année suivante',

	// Search.
	searchLabel: 'Rechercher un pays ou une mission',
	searchPlaceholder: 'Pays ou mission…',
	searchNoResults: 'Aucun résultat',
	searchCountry: 'Pays',
	searchMission: 'Mission',
	searchOperation: 'Autre organisation',
	/** The names a reader may type for a body: "OTAN" finds IFOR. */
	bodyNames: (body: string) => BODY_NAMES[body] ?? [],
	searchResults: (n: number) => `${n} résultat${n < 2 ? '' : 's'}`,

	// Theme.
	// The English function's return type is its two literals: cast (the English could say `: string`).
	themeToggle: ((dark: boolean): string =>
		dark ? 'Passer au thème clair' : 'Passer au thème sombre') as typeof en.controlsText.themeToggle
};
