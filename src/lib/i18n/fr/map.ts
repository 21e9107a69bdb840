/**
 * French strings for the live map: its label and keys, loading, and why it could not start
 * (src/lib/i18n/map.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../map';

export const mapText: typeof en.mapText = {
	mapLabel: 'Carte du monde du maintien de la paix de l’ONU et des États de l’OCI',
	mapKeys:
		'Carte. Les touches fléchées la déplacent, plus et moins zooment, Entrée sélectionne le pays ou la mission sous l’anneau au centre.',
	mapLoading: 'Chargement de la carte…',
	pickLoading: 'Chargement de ses chiffres…',
	noWebGLTitle: 'La carte interactive ne peut pas démarrer dans ce navigateur',
	noWebGLBody:
		'Elle a besoin de WebGL, désactivé ou non pris en charge ici (c’est fréquent sur les postes verrouillés ou les bureaux à distance). Activez l’accélération matérielle dans les paramètres du navigateur, ou ouvrez l’atlas dans un autre navigateur.',
	mapFailedTitle: 'La carte interactive s’est arrêtée au démarrage',
	mapFailedBody: (reason: string) =>
		`Le moteur cartographique a signalé\u00a0: «\u00a0${reason.slice(0, 160)}\u00a0». La carte affichée est une image fixe. Rechargez la page\u202f; si ce lien vous a été transmis, ouvrez plutôt l’atlas depuis sa page d’accueil.`,
	engineFailedTitle: 'La carte interactive n’a pas pu être chargée',
	engineFailedBody:
		'Son moteur cartographique n’a pas été téléchargé\u00a0: la carte affichée est donc une image fixe. Vérifiez la connexion et rechargez la page pour réessayer.',
	sourceShapes: 'Contours des pays\u00a0: Natural Earth',
	cooperativeDesktop: 'Utilisez Ctrl + molette pour zoomer sur la carte',
	cooperativeMac: 'Utilisez ⌘ + molette pour zoomer sur la carte',
	cooperativeMobile: 'Utilisez deux doigts pour déplacer la carte'
};
