// The articles' passages, links and themes as one static file, fetched by panels when needed.
import { json } from '@sveltejs/kit';
import { buildCorpus } from '$lib/content/corpus';

export const prerender = true;

export function GET() {
	return json(buildCorpus());
}
