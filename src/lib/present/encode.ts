/** A tour made in the explorer travels in the URL as base64url-encoded JSON. */
export function encodeTour(tour: unknown): string {
	const bytes = new TextEncoder().encode(JSON.stringify(tour));
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
