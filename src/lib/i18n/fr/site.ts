/**
 * French strings for the site around the map: its name and tagline, the explorer's header, and
 * updates (src/lib/i18n/site.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../site';

export const siteText: typeof en.siteText = {
	siteTitle: 'Atlas du maintien de la paix',
	siteTagline:
		'Le maintien de la paix de l’ONU vu depuis les États membres et observateurs de l’OCI',
	updateReady:
		'Une nouvelle version de l’atlas est prête. Rechargez pour l’utiliser\u202f; cette page continue de fonctionner en attendant.',
	updateFailed:
		'Une partie de cette page n’a pas pu être chargée\u00a0: l’atlas a été mis à jour depuis son ouverture. Rechargez pour continuer.',
	updateReload: 'Recharger',
	updateLater: 'Plus tard',
	share: 'Partager',
	lecture: 'Présentation',
	languages: 'Langues'
};
