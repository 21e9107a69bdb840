/**
 * The language a build is in: ATLAS_LANG, English by default. Shared by vite.config.ts and
 * svelte.config.js; scripts/build.mjs builds each language in turn.
 */
export const LANGS = ['en', 'fr', 'ar'];

export function buildLang() {
	const lang = process.env.ATLAS_LANG ?? 'en';
	if (!LANGS.includes(lang))
		throw new Error(
			`ATLAS_LANG=${lang} is not a language of the atlas: use one of ${LANGS.join(', ')}.`
		);
	return lang;
}
