/**
 * French strings for the legend under the map (src/lib/i18n/legend.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { formatNumber } from '../format';
import type * as en from '../legend';

export const legendText: typeof en.legendText = {
	operation: 'Opération d’une autre organisation (OTAN, UE, UA, CEDEAO, Ligue des États arabes…)',
	operationNoSize: 'effectif non communiqué cette année-là',
	personnel: 'Personnel en tenue fourni',
	noPersonnel: 'aucun signalé',
	noFiguresShort: 'pas de chiffres',
	noFigures:
		'Aucun chiffre de personnel dans les sources avant 1990\u00a0: aucun État n’est coloré.',
	range: (from: number, to: number | null) =>
		to === null ? `${formatNumber(from)} ou plus` : `${formatNumber(from)}–${formatNumber(to - 1)}`,
	hosts: 'Opérations accueillies cette année-là',
	hostCount: (count: number, orMore: boolean) =>
		`${count}${orMore ? ' ou plus' : ''} opération${count > 1 || orMore ? 's' : ''}`,
	hostedBefore: 'pays hôte auparavant',
	hostBadge: 'point\u00a0: pays hôte cette année-là',
	missions:
		'Quartiers généraux\u00a0: opérations de l’ONU (cercles), autres organisations (losanges)',
	missionClosed: 'terminée',
	oic: 'L’OCI cette année-là',
	member: 'membre',
	observer: 'observateur (tirets)',
	neither: 'ni l’un ni l’autre (non coloré)',
	links: 'Lignes\u00a0: personnel de la sélection (en tirets\u00a0: présence seulement).'
};
