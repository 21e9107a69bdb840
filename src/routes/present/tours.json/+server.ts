// The tours as a static file, for an embed that is asked to present (?tour=, #custom=): the
// embed page itself does not carry them, since most embeds never present.
import { json } from '@sveltejs/kit';
import { presentTours } from '$lib/server/tours';

// A file in build/, as static hosts serve it (no page links to it: svelte.config.js lists it).
export const prerender = true;

export function GET(): Response {
	return json(presentTours());
}
