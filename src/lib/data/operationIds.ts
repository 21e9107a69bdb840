/**
 * The operations of other bodies a link may name (`?operation=ifor`), known before
 * operations.json loads: a unit test checks this list against the file.
 */
export const OPERATION_IDS: ReadonlyMap<string, string> = new Map([
	['ifor', 'IFOR'],
	['sfor', 'SFOR'],
	['eufor-althea', 'EUFOR Althea'],
	['kfor', 'KFOR'],
	['ecomog-liberia', 'ECOMOG Liberia'],
	['ecomog-sierra-leone', 'ECOMOG Sierra Leone'],
	['amis', 'AMIS'],
	['amisom', 'AMISOM'],
	['atmis', 'ATMIS'],
	['aussom', 'AUSSOM'],
	['afisma', 'AFISMA'],
	['misca', 'MISCA'],
	['adf', 'ADF'],
	['mfo', 'MFO'],
	['oic-mt', 'OIC MT']
]);

const SLUGS = new Map([...OPERATION_IDS].map(([slug, id]) => [id, slug]));

export function operationSlugOf(id: string): string {
	return SLUGS.get(id) ?? id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
