/**
 * The selection as the URL states it: `?country=BIH` (ISO 3166-1 alpha-3, any case).
 * The URL is the single source of truth; these helpers read and write it.
 */
export interface SelectionParse {
	country: string | null;
	/** The raw value that named no known country, to tell the reader. */
	unknown: string | null;
}

const MAX_PARAM = 64;

export function readCountry(params: URLSearchParams, known: ReadonlySet<string>): SelectionParse {
	const raw = params.get('country');
	if (raw === null || raw === '') return { country: null, unknown: null };
	const code = raw.trim().toUpperCase();
	if (known.has(code)) return { country: code, unknown: null };
	return { country: null, unknown: raw.slice(0, MAX_PARAM) };
}

/** The same URL with the country set (or removed for null); other parameters are kept. */
export function withCountry(url: URL, iso3: string | null): URL {
	const next = new URL(url);
	if (iso3) next.searchParams.set('country', iso3);
	else next.searchParams.delete('country');
	return next;
}
