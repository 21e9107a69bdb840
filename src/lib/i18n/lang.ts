/**
 * The page's language. Each language is its own build of the site (scripts/build.mjs): English
 * at the root, French under /fr and Arabic under /ar, every page prerendered in each. A build
 * knows its language at compile time (`__LANG__`, vite.config.ts), so a page ships its own
 * language's strings and no other's: the strings modules in this folder are English, and a
 * French or Arabic build reads `./fr/<module>.ts` or `./ar/<module>.ts` in their place.
 */

export const LANGS = ['en', 'fr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

// Scripts run outside Vite (the geodata derivation) have no build language: English.
export const LANG: Lang = typeof __LANG__ === 'undefined' ? 'en' : __LANG__;

/** Text direction of a language. */
export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
export const DIR = dirOf(LANG);

/**
 * The locale numbers and dates are written in (BCP 47). Arabic keeps Western digits
 * (docs/translations.md): `nu-latn`.
 */
export const LOCALES: Record<Lang, string> = { en: 'en', fr: 'fr', ar: 'ar-u-nu-latn' };
export const LOCALE = LOCALES[LANG];

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
	en: 'English',
	fr: 'Français',
	ar: 'العربية'
};

/** The path prefix of a language's pages below the site's root: '' for English, '/fr', '/ar'. */
export const langPrefix = (lang: Lang): string => (lang === 'en' ? '' : `/${lang}`);

/**
 * The same page in another language: `path` is the page's path below its language's root
 * ('/present', '/' for the home page), `root` the site's base path without a language.
 */
export function pathIn(lang: Lang, path: string, root = ''): string {
	const prefix = `${root}${langPrefix(lang)}`;
	if (path === '/' || path === '') return prefix === '' ? '/' : `${prefix}/`;
	return `${prefix}${path}`;
}

/**
 * Arrows that point along the reading direction: back and forward are ← and → in English and
 * French, → and ← in Arabic. (Keys are not mirrored: → and PageDown step forward in every
 * language, as presentation clickers send them; docs/translations.md.)
 */
export const ARROW = DIR === 'rtl' ? { back: '→', forward: '←' } : { back: '←', forward: '→' };
