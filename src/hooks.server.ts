import type { Handle } from '@sveltejs/kit';
import { td } from '$lib/i18n/detail';
import { PICTURE_MARK } from '$lib/picture/mark';
import { mapPicture } from '$lib/server/picture';

/**
 * At prerender, the map picture's placeholder becomes the SVG itself: in the HTML for first
 * paint, no-JS and print, but never in the JavaScript or the page data.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.includes(PICTURE_MARK)
				? html.replace(
						PICTURE_MARK,
						mapPicture(td.pictureTitle, (name, figure) => (figure ? `${name}: ${figure}` : name))
					)
				: html
	});
