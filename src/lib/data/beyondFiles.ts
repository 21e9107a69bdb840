/**
 * The files beyond head counts, each fetched once for the whole page however many views ask
 * (the map's layer and fallen mode, the panels): a failed download is tried again next time.
 */
import { loadFatalities, loadOperations } from './load';
import type { FatalitiesFile, OperationsFile } from './schema';

let operations: Promise<OperationsFile> | null = null;
let fatalities: Promise<FatalitiesFile> | null = null;

export function operationsFile(): Promise<OperationsFile> {
	return (operations ??= loadOperations().catch((e: unknown) => {
		operations = null;
		throw e;
	}));
}

export function fatalitiesFile(): Promise<FatalitiesFile> {
	return (fatalities ??= loadFatalities().catch((e: unknown) => {
		fatalities = null;
		throw e;
	}));
}
