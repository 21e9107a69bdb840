/**
 * French strings for the site's other pages: sources, articles, offline and errors; and the map
 * picture's title, which the server writes (src/lib/i18n/pages.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../pages';

export const pagesText: typeof en.pagesText = {
	backToMap: 'Retour à la carte',

	offlineBody:
		'Cette page n’a pas été enregistrée pour une utilisation hors ligne. Celles-ci l’ont été, sur cet appareil, et fonctionnent jusqu’au retour du réseau\u00a0:',
	offlineExplorer: 'La carte, toutes les années et tous les pays',
	offlineLecture:
		'Mode présentation\u00a0: «\u00a0Les États de l’OCI et le maintien de la paix de l’ONU\u00a0»',
	offlineTitle: 'Vous êtes hors ligne',
	onTheMap: 'Sur la carte\u00a0:',
	passageLink: 'Lien vers ce passage',
	pictureTitle:
		'Carte des États de l’OCI\u00a0: pays contributeurs de personnel en tenue et pays hôtes des opérations de maintien de la paix de l’ONU',
	sourceCitation: 'Pour citer',
	sourceCoverage: 'Couverture',
	sourceLicence: 'Licence',
	sourceOrigin: 'Provenance de la copie',
	sourcePublisher: 'Éditeur',
	sourcesIntro:
		'Chaque chiffre de l’atlas cite l’une de ces sources et le mois auquel il se rapporte. Les faits qu’aucune source conservée ne confirme sont signalés comme non vérifiés.',
	sourcesTitle: 'Sources',
	englishOriginal: 'L’article tel que publié, en anglais : il n’est pas traduit.'
};
