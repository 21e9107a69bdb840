/**
 * French strings only the prerendered HTML carries: the notice inside <noscript>
 * (src/lib/i18n/noscript.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../noscript';

export const noscriptText: typeof en.noscriptText = {
	noScript:
		'L’atlas interactif nécessite JavaScript. Cette page présente la carte et les chiffres de la dernière année\u202f; le tableau ci-dessous donne un lien vers chaque pays.'
};
