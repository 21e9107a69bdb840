import { pagesText } from '$lib/i18n/pages';
import { mapText } from '$lib/i18n/map';
import type { Handle } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { TABLES_MARK } from '$lib/table/tablesMark';
import { PICTURE_MARK, STAGE_END_MARK } from '$lib/picture/mark';
import { AFTER_MAP_FRAME, scriptsAfterMapFrameScript, stageEnd } from '$lib/picture/urlView';
import { mapPicture } from '$lib/server/picture';
import { prerenderedTables } from '$lib/server/tables';
import { MAP_HOST_ATTRIBUTE, engineLinks } from '$lib/map/engine';
import { DIR, LANG } from '$lib/i18n/lang';
import { loadMissionNames } from '$lib/data/missionNames.svelte';
import { islandStylesToHead, preloadIslands } from '$lib/server/islands';
import { EMBED_EARLY_MARK, embedEarlyScript } from '$lib/embed/early';

/** An island's HTML, and the inline scripts in it (the page's CSP must allow them). */
interface Island {
	html: string;
	scripts: string[];
}

/**
 * What a prerendered page carries as HTML only, never in its JavaScript or page data: each
 * placeholder is replaced at build time by what it stands for.
 */
const ISLANDS: [mark: string, island: () => Island][] = [
	// The map picture: first paint, no WebGL, no JavaScript, print; its scripts keep early
	// clicks and bring it to the URL's view before the first paint.
	[
		PICTURE_MARK,
		() => {
			const { svg, scripts } = mapPicture(pagesText.pictureTitle, mapText.pickLoading);
			return {
				html: `<script>${scripts.before}</script>${svg}<script>${scripts.after}</script>`,
				scripts: [scripts.before, scripts.after]
			};
		}
	],
	// The end of the HTML that sizes the map: the picture shows from here (urlView.ts).
	[
		STAGE_END_MARK,
		() => {
			const { html, script } = stageEnd();
			return { html, scripts: [script] };
		}
	],
	// The embed's first script, which runs as its HTML is read.
	[
		EMBED_EARLY_MARK,
		() => {
			const script = embedEarlyScript();
			return { html: `<script>${script}</script>`, scripts: [script] };
		}
	],
	// The explore page's tables, until their interactive code has loaded.
	[TABLES_MARK, () => ({ html: prerenderedTables(), scripts: [] })]
];

/** A CSP source allowing one inline script by its hash. */
const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * The page's Content-Security-Policy allows the inline scripts SvelteKit wrote by their hashes;
 * the ones the islands add are allowed the same way.
 */
function allowIslandScripts(page: string, added: string[]): string {
	if (!added.length) return page;
	const hashes = added.map(hash);
	return page.replace(
		/(<meta http-equiv="content-security-policy" content="[^"]*script-src 'self')/,
		`$1 ${hashes.join(' ')}`
	);
}

const SCRIPT_LINK = /<link\b[^>]*\brel="(?:modulepreload|prefetch)"[^>]*>/g;

/**
 * The scripts' preload links go at the end of the body, just before SvelteKit's boot script:
 * SvelteKit's, moved from the head, and `more` (the engine's). In the head they start
 * downloading and compiling 500 KB of JavaScript while the page's first frame is being parsed,
 * styled, laid out and rasterised, and on two cores that frame waited for them: in an interleaved A/B the map
 * picture was on screen at 423 ms against 761 ms (medians of 7 loads), with time to
 * interactive unchanged (3012 against 3004 ms). They still come before the boot script, so
 * every module is requested at once, with no waterfall of imports.
 *
 * On a page whose map's frame comes first (`afterMapFrame`: the explorer's stage), links and boot
 * wait until that frame is done (`scriptsAfterMapFrame` in src/lib/picture/urlView.ts): the
 * links in a `<template>`, the boot script's imports behind a promise. Returns the page and
 * the inline scripts it now has that the CSP must allow; the boot script's old hash goes.
 */
function scriptLinksLast(
	page: string,
	more: string[],
	afterMapFrame: boolean
): { page: string; scripts: string[] } {
	const end = page.indexOf('</head>');
	if (end < 0) return { page, scripts: [] };
	const links = [...(page.slice(0, end).match(SCRIPT_LINK) ?? []), ...more];
	if (!links.length) return { page, scripts: [] };
	const head = page.slice(0, end).replace(SCRIPT_LINK, '');
	let body = page.slice(end);
	// The boot script is SvelteKit's last inline script, the one that starts the app.
	const start = body.indexOf('kit.start(');
	const at = start >= 0 ? body.lastIndexOf('<script', start) : body.lastIndexOf('</body>');
	if (at < 0) return { page, scripts: [] };
	if (!afterMapFrame || start < 0)
		return { page: head + body.slice(0, at) + links.join('') + body.slice(at), scripts: [] };

	const open = body.indexOf('>', at) + 1;
	const close = body.indexOf('</script>', open);
	const boot = body.slice(open, close);
	const imports = 'Promise.all([';
	const started = ']).then(([kit, app])';
	if (boot.split(imports).length !== 2 || boot.split(started).length !== 2)
		throw new Error(
			'hooks.server.ts: SvelteKit\'s boot script no longer reads "Promise.all([ … ]).then(([kit, app])"; ' +
				"update scriptLinksLast to hold its imports until the map's frame is done."
		);
	const held = boot
		.replace(imports, `(window.${AFTER_MAP_FRAME} || Promise.resolve()).then(() => ${imports}`)
		.replace(started, `]))${started.slice(2)}`);
	const after = scriptsAfterMapFrameScript();
	body =
		body.slice(0, at) +
		`<template data-script-links>${links.join('')}</template><script>${after}</script>` +
		body.slice(at, open) +
		held +
		body.slice(close);
	return {
		page: (head + body).replace(` ${hash(boot)}`, ''),
		scripts: [after, held]
	};
}

/** The document's language and direction: this build's (src/app.html is written in English). */
const withLanguage = (page: string) =>
	page.replace('<html lang="en" dir="ltr">', `<html lang="${LANG}" dir="${DIR}">`);

export const handle: Handle = async ({ event, resolve }) => {
	// Operations' names in this language, for the prerendered tables (they load on demand in
	// the browser).
	await loadMissionNames();
	// The islands' components, which the page renders on the server only (src/lib/islands).
	await preloadIslands();
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const scripts: string[] = [];
			const page = islandStylesToHead(
				ISLANDS.reduce((page, [mark, island]) => {
					if (!page.includes(mark)) return page;
					const { html: content, scripts: inline } = island();
					scripts.push(...inline);
					return page.replace(mark, () => content);
				}, html)
			);
			// A page with a live map asks for the engine and its worker (src/lib/map/engine.ts).
			const engine = page.includes(MAP_HOST_ATTRIBUTE) ? engineLinks() : null;
			const withStyle = engine ? page.replace('</head>', `${engine.head}</head>`) : page;
			// The explorer's stage shows the map's frame first: the scripts wait for it.
			const last = scriptLinksLast(
				withStyle,
				engine ? [engine.scripts] : [],
				html.includes(STAGE_END_MARK)
			);
			return withLanguage(allowIslandScripts(last.page, [...scripts, ...last.scripts]));
		}
	});
};
