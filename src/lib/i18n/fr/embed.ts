/**
 * French strings for the embed’s own bar (src/lib/i18n/embed.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../embed';

export const embedText: typeof en.embedText = {
	opensNewTab: ' (s’ouvre dans un nouvel onglet)',
	openLarger: 'Ouvrir en grand'
};
