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

/**
 * A CSV cell, safe in a spreadsheet (OWASP, "CSV Injection"): a text that begins with = + - @,
 * a tab or a carriage return would be read as a formula, so it gets a leading apostrophe and
 * quotes. Numbers are data, never formulas, and are written as they are (-3 stays a number).
 */
export const csvCell = (v: string | number | null) => {
	if (typeof v === 'number') return String(v);
	let s = v ?? '';
	const formula = /^[=+\-@\t\r]/.test(s);
	if (formula) s = `'${s}`;
	return formula || /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Starts every CSV the atlas writes: the UTF-8 byte-order mark, without which Excel on Windows
 * reads the file in the system's code page and garbles Côte d'Ivoire and Türkiye.
 */
export const CSV_BOM = '\uFEFF';

export interface ExportContext {
	year: number;
	asOf: string | null;
	source: string | null;
	/**
	 * Nationals who died in UN peace operations, in the year and up to it (fatalities.json,
	 * loaded when a download is asked for), with the source's citation; absent: columns left out.
	 */
	fallen?: { inYear: Map<string, number>; toYear: Map<string, number>; source: string };
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
		'source',
		...(ctx.fallen ? ['fallen_in_year', 'fallen_to_year', 'fallen_source'] : [])
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
			ctx.source,
			...(ctx.fallen
				? [
						ctx.fallen.inYear.get(r.iso3) ?? 0,
						ctx.fallen.toYear.get(r.iso3) ?? 0,
						ctx.fallen.source
					]
				: [])
		]
			.map(csvCell)
			.join(',')
	);
	return CSV_BOM + [header.join(','), ...lines].join('\r\n') + '\r\n';
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
					source: ctx.source,
					...(ctx.fallen
						? {
								fallen_in_year: ctx.fallen.inYear.get(r.iso3) ?? 0,
								fallen_to_year: ctx.fallen.toYear.get(r.iso3) ?? 0,
								fallen_source: ctx.fallen.source
							}
						: {})
				},
				geometry: { type: 'Point', coordinates: anchors.get(r.iso3) }
			}))
	});
}
