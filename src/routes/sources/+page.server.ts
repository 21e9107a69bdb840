import sources from '$geodata/sources.json';
import type { Source } from '$lib/data/decode';

export function load() {
	return { sources: sources as Source[] };
}
