import { pagesText } from '$lib/i18n/pages';
import type { Handle } from '@sveltejs/kit';
import { TABLES_MARK } from '$lib/table/tablesMark';
import { PICTURE_MARK } from '$lib/picture/mark';
import { mapPicture } from '$lib/server/picture';
import { prerenderedTables } from '$lib/server/tables';
import { MAP_HOST_ATTRIBUTE, engineLinks } from '$lib/map/engine';

/**
 * What a prerendered page carries as HTML only, never in its JavaScript or page data: each
 * placeholder is replaced at build time by what it stands for.
 */
const ISLANDS: [mark: string, html: () => string][] = [
	// The map picture: first paint, no WebGL, no JavaScript, print.
	[
		PICTURE_MARK,
		() =>
			mapPicture(pagesText.pictureTitle, (name, figure) => (figure ? `${name}: ${figure}` : name))
	],
	// The explore page's tables, until their interactive code has loaded.
	[TABLES_MARK, prerenderedTables]
];

/** A page with a live map asks for the engine and its worker from its head. */
const withEngine = (page: string) =>
	page.includes(MAP_HOST_ATTRIBUTE) && page.includes('</head>')
		? page.replace('</head>', `${engineLinks()}</head>`)
		: page;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			withEngine(
				ISLANDS.reduce(
					(page, [mark, island]) => (page.includes(mark) ? page.replace(mark, island) : page),
					html
				)
			)
	});
