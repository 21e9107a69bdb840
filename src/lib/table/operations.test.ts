import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Operation, Source } from '$lib/data/decode';
import { operationsCsv, operationsGeoJson } from './operations';

const operations = JSON.parse(readFileSync('geodata/operations.json', 'utf8')) as Operation[];
const sources = new Map(
	(JSON.parse(readFileSync('geodata/sources.json', 'utf8')) as Source[]).map((s) => [s.id, s])
);

describe('other bodies’ operations as downloads', () => {
	it('a CSV row per operation, its size in the year and where each fact comes from', () => {
		const lines = operationsCsv(operations, 1995, sources).replace('\uFEFF', '').split('\r\n');
		expect(lines[0]).toContain('personnel_source');
		const ifor = lines.find((l) => l.startsWith('IFOR,'))!;
		expect(ifor).toContain(',NATO,yes,');
		expect(ifor).toContain('60000,1995-12');
		expect(ifor).toContain('Bara');
		expect(lines.filter(Boolean)).toHaveLength(operations.length + 1);
	});

	it('GeoJSON points at the headquarters', () => {
		const geo = JSON.parse(operationsGeoJson(operations, 2010, sources));
		const amisom = geo.features.find((f: { id: string }) => f.id === 'AMISOM');
		expect(amisom.geometry.coordinates[1]).toBeCloseTo(2.05, 1);
		expect(amisom.properties).toMatchObject({ body: 'AU', active: 'yes', personnel: 7946 });
	});
});
