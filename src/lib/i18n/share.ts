/**
 * The share dialog: links, embed code and images (loaded on demand).
 * English; another language is a sibling module with the same keys.
 */

export const shareText = {
	shareTitle: 'Share this view',
	shareLink: 'Link to this view',
	shareEmbed: 'Embed it in a page',
	embedOptions: 'Embed options',
	embedTheme: 'Colours',
	/** The embed's language: each language's name is written in itself. */
	embedLanguage: 'Language',
	embedThemeAuto: 'Follow the reader',
	embedThemeLight: 'Light',
	embedThemeDark: 'Dark',
	embedPanel: 'Detail panel',
	embedControls: 'Year and layers',
	embedInteractive: 'Pan and zoom',
	shareIframe: 'Embed code (works without script)',
	shareScript: 'Optional: make the embed as tall as its content',
	shareScriptHint:
		'Add this line once to the page, anywhere after the embed. Pages that remove scripts (many course platforms) still show the map at a 4:3 ratio.',
	sharePreview: 'Preview the embed',
	sharePng: 'Download a PNG of this view',
	pngUnavailable: 'The live map is not available, so no image can be made.',
	copy: 'Copy',
	copied: (what: string) => `Copied the ${what}`
};
