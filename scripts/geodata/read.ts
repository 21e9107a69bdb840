/** Reading the source files: CSV and JSON, with errors that name the file and the fix. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';

export class SourceDir {
	constructor(readonly dir: string) {
		if (!existsSync(join(dir, 'PROVENANCE.md'))) {
			throw new Error(
				`${dir}: not a source data folder (no PROVENANCE.md). Pass the folder as an argument or set GEODATA_SOURCES, e.g. npm run geodata -- ../shared/data`
			);
		}
	}

	text(file: string): string {
		const path = join(this.dir, file);
		if (!existsSync(path))
			throw new Error(`${path}: missing source file; restore it from PROVENANCE.md`);
		return readFileSync(path, 'utf8');
	}

	csv(file: string): Record<string, string>[] {
		return csvParse(this.text(file)) as unknown as Record<string, string>[];
	}

	json<T>(file: string): T {
		return JSON.parse(this.text(file)) as T;
	}
}

/** A count from a source cell: "" and "NA" mean the source gives none. */
export function count(cell: string | undefined, where: string): number | null {
	if (cell === undefined || cell === '' || cell === 'NA') return null;
	const n = Number(cell);
	if (!Number.isInteger(n) || n < 0) {
		throw new Error(`${where}: "${cell}" is not a head count; fix the source row or the parser`);
	}
	return n;
}

/** Adds counts where either may be null: null only when both are. */
export function add(a: number | null, b: number | null): number | null {
	return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}
