import type { Handle } from '@sveltejs/kit';
import { t } from '$lib/i18n';
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
						mapPicture(t.pictureTitle, (name, figure) => (figure ? `${name}: ${figure}` : name))
					)
				: html
	});
