/**
 * Other bodies' operations as downloads: one row (or point) per operation, with its body, UN
 * authorisation, dates, headquarters, its size in the year shown where a source reports one, and
 * the source of every field, so a spreadsheet keeps where each fact comes from.
 */
import { operationActive, operationSize } from '$lib/data/beyond';
import type { Operation, Source } from '$lib/data/decode';
import { CSV_BOM, csvCell } from './rows';

const ym = (d: [number, number | null] | null) =>
	d ? (d[1] ? `${d[0]}-${String(d[1]).padStart(2, '0')}` : String(d[0])) : '';

/** A fact's source as one cell: the dataset's citation or the page's address. */
function cite(
	fact: { source: string | null; page: { url: string } | null },
	sources: Map<string, Source>
): string {
	if (fact.page) return fact.page.url;
	return fact.source ? (sources.get(fact.source)?.citation ?? fact.source) : '';
}

export function operationRecords(
	operations: Operation[],
	year: number,
	sources: Map<string, Source>
) {
	return operations.map((o) => {
		const size = operationSize(o, year);
		return {
			id: o.id,
			name: o.name.value,
			body: o.body,
			un_authorised: o.authorised.value.un ? 'yes' : 'no',
			mandate: o.authorised.value.resolution ?? '',
			mandate_source: cite(o.authorised, sources),
			hosts: o.hosts.join(' '),
			start: ym(o.start.value),
			end: ym(o.end.value),
			dates_source: cite(o.start, sources),
			hq: o.hq.value.name,
			hq_verified: o.hq.verified ? 'yes' : 'no',
			lon: o.hq.value.point[0],
			lat: o.hq.value.point[1],
			year,
			active: operationActive(o, year) ? 'yes' : 'no',
			personnel: size?.total ?? null,
			personnel_as_of: size?.month ?? '',
			personnel_source: size ? cite(size, sources) : '',
			oic_contingents: o.contingents
				.map((c) => `${c.iso3}${c.figure ? ` (${c.figure}, ${c.asOf})` : ''}`)
				.join('; ')
		};
	});
}

export function operationsCsv(
	operations: Operation[],
	year: number,
	sources: Map<string, Source>
): string {
	const records = operationRecords(operations, year, sources);
	const header = Object.keys(records[0] ?? { id: '' });
	const lines = records.map((r) =>
		Object.values(r)
			.map((v) => csvCell(v as string | number | null))
			.join(',')
	);
	return CSV_BOM + [header.join(','), ...lines].join('\r\n') + '\r\n';
}

export function operationsGeoJson(
	operations: Operation[],
	year: number,
	sources: Map<string, Source>
): string {
	return JSON.stringify({
		type: 'FeatureCollection',
		features: operationRecords(operations, year, sources).map(({ lon, lat, ...properties }) => ({
			type: 'Feature',
			id: properties.id,
			properties,
			geometry: { type: 'Point', coordinates: [lon, lat] }
		}))
	});
}
