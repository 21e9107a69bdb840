import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCountries, type CountriesTopology } from '../../src/lib/map/countries';

const FILE = 'geodata/countries.topo.json';
const topo = JSON.parse(readFileSync(FILE, 'utf8')) as CountriesTopology;
const { shapes, labels } = decodeCountries(topo, FILE);
const byCode = new Map(shapes.features.map((f) => [f.properties.iso3, f]));

/** The 57 OIC members and 5 observers with a shape (../shared/data/oic_member_states.csv). */
const OIC = {
	members:
		'AFG ALB ARE AZE BEN BFA BGD BHR BRN CIV CMR COM DJI DZA EGY GAB GIN GMB GNB GUY IDN IRN IRQ JOR KAZ KGZ KWT LBN LBY MAR MDV MLI MOZ MRT MYS NER NGA OMN PAK PSE QAT SAU SDN SEN SLE SOM SUR SYR TCD TGO TJK TKM TUN TUR UGA UZB YEM'.split(
			' '
		),
	// The Turkish Cypriot State has no ISO code: Natural Earth's CYN stands for it.
	observers: ['BIH', 'CAF', 'CYN', 'RUS', 'THA']
};

describe('geodata/countries.topo.json', () => {
	it('lists the 57 members and 5 observers of the OIC', () => {
		expect(OIC.members).toHaveLength(57);
		expect(OIC.observers).toHaveLength(5);
	});

	it.each([...OIC.members, ...OIC.observers])('has a shape, a name and a label for %s', (iso3) => {
		const country = byCode.get(iso3);
		expect(country, `${iso3} is missing: rebuild with npm run countries`).toBeDefined();
		expect(country!.properties.name.length).toBeGreaterThan(2);
		expect(labels.features.find((f) => f.properties.iso3 === iso3)).toBeDefined();
	});

	it.each([
		{ iso3: 'BHR', name: 'Bahrain' },
		{ iso3: 'COM', name: 'Comoros' },
		{ iso3: 'MDV', name: 'Maldives' },
		{ iso3: 'TUR', name: 'Türkiye' },
		{ iso3: 'CIV', name: "Côte d'Ivoire" },
		{ iso3: 'BIH', name: 'Bosnia and Herzegovina' }
	])('names $iso3 "$name" in English', ({ iso3, name }) => {
		expect(byCode.get(iso3)?.properties.name).toBe(name);
	});

	it('keeps codes unique and ISO-shaped', () => {
		const codes = shapes.features.map((f) => f.properties.iso3);
		expect(new Set(codes).size).toBe(codes.length);
		for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
	});

	it('merges Somaliland into Somalia and leaves out Antarctica', () => {
		expect(byCode.has('SOL')).toBe(false);
		expect(byCode.has('ATA')).toBe(false);
		expect(byCode.get('SOM')!.geometry.type).toBe('MultiPolygon');
	});

	it('has no ring that jumps across the antimeridian (no smeared bands)', () => {
		const jumps: string[] = [];
		for (const f of shapes.features) {
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const ring of polygons.flat()) {
				for (let i = 1; i < ring.length; i++) {
					if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) jumps.push(f.properties.iso3);
				}
			}
		}
		expect(jumps).toEqual([]);
	});

	it('keeps the parts of Russia and Fiji that cross 180° in one piece', () => {
		for (const iso3 of ['RUS', 'FJI']) {
			const rings = (byCode.get(iso3)!.geometry.coordinates as number[][][][]).flat();
			const straddles = rings.some((ring) => {
				const lons = ring.map((p) => p[0]);
				const [min, max] = [Math.min(...lons), Math.max(...lons)];
				return (min < 180 && max > 180) || (min < -180 && max > -180);
			});
			expect(straddles, iso3).toBe(true);
		}
	});

	it('stays small enough for a first view', () => {
		expect(readFileSync(FILE).length).toBeLessThan(160_000);
	});
});
