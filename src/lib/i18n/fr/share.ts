/**
 * French strings for the share dialog: links, embed code and images
 * (src/lib/i18n/share.ts is the English source).
 * Unreviewed: not yet checked by a fluent reader (docs/translations.md).
 */
import type * as en from '../share';

/** What ShareDialog.svelte copies (its `copy(what, …)` keys), as the status line says it. */
const COPIED: Record<string, string> = {
	link: 'Lien copié',
	iframe: 'Code d’intégration copié',
	script: 'Script copié',
	citation: 'Citation copiée'
};

export const shareText: typeof en.shareText = {
	shareTitle: 'Partager cette vue',
	shareLink: 'Lien vers cette vue',
	shareEmbed: 'L’intégrer dans une page',
	embedOptions: 'Options d’intégration',
	embedTheme: 'Couleurs',
	embedLanguage: 'Langue',
	embedThemeAuto: 'Selon le lecteur',
	embedThemeLight: 'Claires',
	embedThemeDark: 'Sombres',
	embedPanel: 'Panneau de détails',
	embedControls: 'Année et couches',
	embedInteractive: 'Déplacement et zoom',
	shareIframe: 'Code d’intégration (fonctionne sans script)',
	shareScript: 'Facultatif\u00a0: adapter la hauteur de l’intégration à son contenu',
	shareScriptHint:
		'Ajoutez cette ligne une seule fois à la page, n’importe où après l’intégration. Les pages qui suppriment les scripts (c’est le cas de nombreuses plateformes de cours) affichent quand même la carte au format 4:3.',
	sharePreview: 'Aperçu de l’intégration',
	sharePng: 'Télécharger cette vue en PNG',
	pngUnavailable:
		'La carte interactive n’est pas disponible\u00a0: aucune image ne peut être créée.',
	copy: 'Copier',
	copied: (what: string) => COPIED[what] ?? `Copié\u00a0: ${what}`
};
