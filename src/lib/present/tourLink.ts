/**
 * A tour made in the explorer travels in its link. Since 2026 the link carries it compressed in
 * the fragment, `/present#custom=1.<code>`: the part after `#` never reaches the server, so no
 * host's limit on the length of a request applies, and deflate makes a 30-step tour about a
 * quarter of its JSON. `<code>` is base64url of the tour's JSON compressed with raw deflate
 * (the browser's CompressionStream; no library). Older links, `?custom=<base64url of the JSON>`,
 * are still read.
 */
import * as v from 'valibot';
import { LinkTourFile } from '$lib/tours/schema';
import type { PresentTour } from './types';

/** The prefix of the compressed form: base64url has no `.`, so an older code never starts so. */
const COMPRESSED = '1.';
/** Longer links play, but some mail and chat programs cut them: the builder says so. */
export const LONG_LINK = 8000;
/** Longer codes are refused unread, as is a tour that inflates past MAX_JSON characters. */
const MAX_CODE = 200_000;
const MAX_JSON = 1_000_000;

const toBase64Url = (bytes: Uint8Array) => {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the tour in the link is not well formed');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
	const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of out as unknown as AsyncIterable<Uint8Array>) {
		size += chunk.length;
		if (size > MAX_JSON) throw new Error('the tour in the link is too long');
		chunks.push(chunk);
	}
	const all = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		all.set(c, at);
		at += c.length;
	}
	return all;
}

/** The code of a tour for a link's fragment: `1.` and its compressed JSON. */
export async function encodeTour(tour: unknown): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(tour));
	return COMPRESSED + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The tour code a link carries, from its fragment (`#custom=`) or, in older links, its query. */
export function customCode(url: URL): string | null {
	const fragment = new URLSearchParams(url.hash.replace(/^#/, '')).get('custom');
	return fragment || url.searchParams.get('custom') || null;
}

/** The link's tour as its JSON says, compressed or not; throws with what is wrong. */
export async function decodeTour(code: string): Promise<PresentTour> {
	if (code.length > MAX_CODE) throw new Error('the tour in the link is too long');
	let bytes: Uint8Array;
	try {
		bytes = code.startsWith(COMPRESSED)
			? await pipe(
					fromBase64Url(code.slice(COMPRESSED.length)),
					new DecompressionStream('deflate-raw')
				)
			: fromBase64Url(code);
	} catch (error) {
		const own = (error as Error).message.startsWith('the tour');
		throw new Error(
			own ? (error as Error).message : 'the tour in the link is cut short or damaged',
			{ cause: error }
		);
	}
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder().decode(bytes));
	} catch (error) {
		throw new Error('the tour in the link is cut short or damaged', { cause: error });
	}
	const parsed = v.safeParse(LinkTourFile, json);
	if (!parsed.success) throw new Error(parsed.issues[0].message);
	return {
		...parsed.output,
		// The reader's own words: no figures from the data, so no sources to name.
		// Layers are still as the link gave them: checkSteps keeps the known ones.
		steps: parsed.output.steps.map((s) => ({
			...s,
			layers: s.layers as PresentTour['steps'][number]['layers'],
			quote: null,
			quoted: null,
			sources: []
		}))
	};
}

/** The link that plays a tour: the page's address and the tour in the fragment. */
export function tourLink(page: string, code: string): string {
	return `${page}#custom=${code}`;
}
