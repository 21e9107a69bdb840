/**
 * The files beyond head counts, each fetched once for the whole page however many views ask
 * (the map's layer and fallen mode, the panels): a failed download is tried again next time.
 */
import { loadFatalities, loadOperations } from './load';
import type { Fatalities, Operation } from './decode';

let operations: Promise<Operation[]> | null = null;
let fatalities: Promise<Fatalities> | null = null;

export function operationsFile(): Promise<Operation[]> {
	return (operations ??= loadOperations().catch((e: unknown) => {
		operations = null;
		throw e;
	}));
}

export function fatalitiesFile(): Promise<Fatalities> {
	return (fatalities ??= loadFatalities().catch((e: unknown) => {
		fatalities = null;
		throw e;
	}));
}
