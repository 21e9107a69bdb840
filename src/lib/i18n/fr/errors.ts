/**
 * French strings for the error page (src/lib/i18n/errors.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../errors';

export const errorText: typeof en.errorText = {
	errorBody: (status: number) =>
		`Une erreur s’est produite (${status}). Rechargez la page, ou continuez à partir d’ici\u00a0:`,
	errorTitle: 'Cette page n’a pas pu être affichée',
	notFoundBody:
		'L’adresse est peut-être mal saisie, ou la page a été déplacée. La carte, la présentation et les sources sont ici\u00a0:',
	notFoundLecture:
		'Mode présentation\u00a0: «\u00a0Les États de l’OCI et le maintien de la paix de l’ONU\u00a0»',
	notFoundMap: 'La carte du maintien de la paix et des États de l’OCI',
	notFoundSources: 'Les sources de chaque chiffre',
	notFoundTitle: 'Cette page ne fait pas partie de l’atlas'
};
