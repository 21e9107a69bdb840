import { LANG, langPrefix } from '$lib/i18n/lang';

/**
 * This build's absolute base path ('/atlas/fr'). Not `base` from $app/paths: while prerendering
 * that one is relative ('.', '..').
 */
const ownBase = __BASE_ROOT__ + langPrefix(LANG);

/** A page's path below its language's root: '/present' for '/fr/present' in the French build. */
export const pagePath = (pathname: string): string =>
	(pathname === ownBase || pathname.startsWith(`${ownBase}/`)
		? pathname.slice(ownBase.length)
		: pathname) || '/';
