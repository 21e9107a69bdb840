/**
 * French strings for notices about a link the atlas could not read in full
 * (src/lib/i18n/notices.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import { MAX_COMPARE, type NoticeKind } from '$lib/state/url';
import type * as en from '../notices';

/**
 * The link's parameters (src/lib/state/url.ts, src/lib/state/embed.ts) as the sentences name
 * them; the English sentences use the parameter's own name. Every sentence below is written so
 * that nothing agrees with this noun's gender.
 */
const PARAMS: Record<string, string> = {
	year: 'l’année',
	month: 'le mois',
	country: 'le pays',
	mission: 'la mission',
	operation: 'l’opération',
	theme: 'le thème',
	compare: 'la comparaison',
	layers: 'la couche',
	measure: 'la mesure',
	view: 'la vue',
	scheme: 'le jeu de couleurs',
	panel: 'l’option panneau',
	controls: 'l’option commandes',
	interactive: 'l’option interactivité'
};

export const noticeText: typeof en.noticeText = {
	// Notices about the link the page was opened with (shown only when there are some).
	notice: (param: string, value: string, kind: NoticeKind) => {
		const p = PARAMS[param] ?? `le paramètre ${param}`;
		return {
			unknown: `Le lien demande ${p} «\u00a0${value}\u00a0», que l’atlas ne connaît pas\u00a0: la demande est ignorée.`,
			malformed: `Dans le lien, ${p} «\u00a0${value}\u00a0» est illisible\u202f; la valeur par défaut est affichée à la place.`,
			clamped: `Dans le lien, ${p} «\u00a0${value}\u00a0» sort de ce que couvre l’atlas\u202f; la valeur la plus proche est affichée.`,
			conflict: `Le lien sélectionne plus d’un élément\u202f; l’atlas ignore ${p} «\u00a0${value}\u00a0».`,
			unavailable: `Le lien demande ${p} «\u00a0${value}\u00a0», mais les sources n’ont pas de rapports mensuels pour cette année\u202f; le mois retenu par défaut pour l’année est affiché.`,
			alone: `Dans le lien, ${p} «\u00a0${value}\u00a0» suppose un pays sélectionné auquel comparer\u00a0: la demande est ignorée.`,
			'too-many': `Un graphique compare un pays à ${MAX_COMPARE} autres au plus\u00a0: dans le lien, l’atlas ignore ${p} «\u00a0${value}\u00a0».`
		}[kind];
	},
	dismiss: 'Fermer'
};
