/**
 * The operations of other bodies a link may name (`?operation=ifor`) and search may find, known
 * before operations.json loads: a unit test checks this list against the file.
 */
export interface OperationId {
	id: string;
	/** The body it belongs to, as operations.json writes it. */
	body: 'NATO' | 'EU' | 'AU' | 'ECOWAS' | 'LAS' | 'MFO' | 'OIC';
}

export const OPERATIONS: ReadonlyMap<string, OperationId> = new Map<string, OperationId>([
	['ifor', { id: 'IFOR', body: 'NATO' }],
	['sfor', { id: 'SFOR', body: 'NATO' }],
	['eufor-althea', { id: 'EUFOR Althea', body: 'EU' }],
	['kfor', { id: 'KFOR', body: 'NATO' }],
	['ecomog-liberia', { id: 'ECOMOG Liberia', body: 'ECOWAS' }],
	['ecomog-sierra-leone', { id: 'ECOMOG Sierra Leone', body: 'ECOWAS' }],
	['amis', { id: 'AMIS', body: 'AU' }],
	['amisom', { id: 'AMISOM', body: 'AU' }],
	['atmis', { id: 'ATMIS', body: 'AU' }],
	['aussom', { id: 'AUSSOM', body: 'AU' }],
	['afisma', { id: 'AFISMA', body: 'AU' }],
	['misca', { id: 'MISCA', body: 'AU' }],
	['adf', { id: 'ADF', body: 'LAS' }],
	['mfo', { id: 'MFO', body: 'MFO' }],
	['oic-mt', { id: 'OIC MT', body: 'OIC' }]
]);

/** slug → id */
export const OPERATION_IDS: ReadonlyMap<string, string> = new Map(
	[...OPERATIONS].map(([slug, o]) => [slug, o.id])
);

const SLUGS = new Map([...OPERATIONS].map(([slug, o]) => [o.id, slug]));

export function operationSlugOf(id: string): string {
	return SLUGS.get(id) ?? id.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
