// The tours as a static file, for an embed that is asked to present (?tour=, #custom=): the
// embed page itself does not carry them, since most embeds never present.
import { json } from '@sveltejs/kit';
import { presentTours } from '$lib/server/tours';

export function GET(): Response {
	return json(presentTours());
}
