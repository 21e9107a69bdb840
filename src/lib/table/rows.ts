/**
 * The data table: the same figures as the map for one year, as rows a screen reader or a
 * spreadsheet can use. Built from the atlas in the browser and from geodata at build time.
 */
import { isActive, type Atlas } from '$lib/data/atlas';

export interface TableRow {
	iso3: string;
	name: string;
	oic: 'member' | 'observer' | '';
	/** Uniformed personnel sent (PKOs); null before figures exist. */
	personnel: number | null;
	troops: number | null;
	police: number | null;
	experts: number | null;
	women: number | null;
	/** Peacekeeping operations active on its territory that year. */
	hosting: string[];
}

export type Scope = 'oic' | 'all';
export type SortKey = 'name' | 'oic' | 'personnel' | 'hosting';

export function tableRows(
	atlas: Atlas,
	year: number,
	scope: Scope,
	month: number | null = null
): TableRow[] {
	const hasFigures = atlas.rules.has(year);
	const rows: TableRow[] = [];
	for (const c of atlas.countries.values()) {
		const p = atlas.personnel(c.iso3, year, month);
		// Every operation on its territory that year, as its panel and the operations table say.
		const hosting = atlas
			.operationsIn(c.iso3)
			.filter((m) => isActive(m, year))
			.map((m) => m.id);
		// The OIC as it was in the year: members and observers of that year.
		const oic = atlas.oicIn(c.iso3, year);
		if (scope === 'oic' ? !oic : !p && !hosting.length) continue;
		rows.push({
			iso3: c.iso3,
			name: c.name,
			oic: oic ?? '',
			personnel: hasFigures ? (p?.total ?? 0) : null,
			troops: p?.troops ?? null,
			police: p?.police ?? null,
			experts: p?.experts ?? null,
			women: p?.women ?? null,
			hosting
		});
	}
	return sortRows(rows, 'personnel', 'descending');
}

export function sortRows(
	rows: TableRow[],
	key: SortKey,
	direction: 'ascending' | 'descending'
): TableRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const value = (r: TableRow): number | string =>
		key === 'name'
			? r.name
			: key === 'oic'
				? r.oic
				: key === 'personnel'
					? (r.personnel ?? -1)
					: r.hosting.length;
	return [...rows].sort((a, b) => {
		const [x, y] = [value(a), value(b)];
		const order = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
		return order * sign || a.name.localeCompare(b.name);
	});
}

const csvCell = (v: string | number | null) => {
	const s = v === null ? '' : String(v);
	return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export interface ExportContext {
	year: number;
	asOf: string | null;
	source: string | null;
}

export function toCsv(rows: TableRow[], ctx: ExportContext): string {
	const header = [
		'iso3',
		'name',
		'oic_status',
		'year',
		'as_of',
		'personnel',
		'troops',
		'police',
		'experts',
		'women',
		'operations_hosted',
		'source'
	];
	const lines = rows.map((r) =>
		[
			r.iso3,
			r.name,
			r.oic,
			ctx.year,
			ctx.asOf,
			r.personnel,
			r.troops,
			r.police,
			r.experts,
			r.women,
			r.hosting.join(' '),
			ctx.source
		]
			.map(csvCell)
			.join(',')
	);
	return [header.join(','), ...lines].join('\n') + '\n';
}

export function toGeoJson(
	rows: TableRow[],
	anchors: Map<string, [number, number]>,
	ctx: ExportContext
): string {
	return JSON.stringify({
		type: 'FeatureCollection',
		features: rows
			.filter((r) => anchors.has(r.iso3))
			.map((r) => ({
				type: 'Feature',
				id: r.iso3,
				properties: {
					...r,
					hosting: r.hosting.join(' '),
					year: ctx.year,
					as_of: ctx.asOf,
					source: ctx.source
				},
				geometry: { type: 'Point', coordinates: anchors.get(r.iso3) }
			}))
	});
}
