/**
 * The GeoJSON the map's sources hold, built once from geodata: shapes and label points with
 * static properties (OIC status, host), mission headquarters, and where a selection's lines
 * start (the lines themselves: ./links.ts).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Atlas } from '$lib/data/atlas';
import type { CountryLayers } from './countries';
import { missionLabel } from '$lib/data/missionLabels';

/** Adds `oic` ("member", "observer" or "") and `host` (hosted a PKO) to shapes and labels. */
export function withRoles(layers: CountryLayers, atlas: Atlas): CountryLayers {
	const hosts = new Set(atlas.hostCodes());
	const roles = (iso3: string) => ({
		oic: atlas.countries.get(iso3)?.oic?.status ?? '',
		host: hosts.has(iso3)
	});
	return {
		shapes: {
			...layers.shapes,
			features: layers.shapes.features.map((f) => ({
				...f,
				properties: { ...f.properties, ...roles(f.properties.iso3) }
			}))
		},
		labels: {
			...layers.labels,
			features: layers.labels.features.map((f) => ({
				...f,
				properties: { ...f.properties, ...roles(f.properties.iso3) }
			}))
		}
	};
}

export interface MissionProps {
	id: string;
	/** The acronym in the page's language (src/lib/data/missionLabels.ts). */
	label: string;
	name: string;
	kind: 'pko' | 'spm';
	/** Largest yearly personnel: bigger circles draw first, small ones stay clickable on top. */
	peak: number;
}

export function missionPoints(atlas: Atlas): FeatureCollection<Point, MissionProps> {
	return {
		type: 'FeatureCollection',
		features: [...atlas.missions.values()].map((m) => ({
			type: 'Feature',
			id: m.id,
			properties: {
				id: m.id,
				label: missionLabel(m.id),
				name: m.name.value,
				kind: m.kind,
				peak: Math.max(0, ...m.personnel.map((p) => p.total ?? 0))
			},
			geometry: m.hq.point
		}))
	};
}

/** Where each country's lines start: its label point, by ISO code. */
export function anchorsOf(layers: CountryLayers | null): Map<string, [number, number]> {
	return new Map(
		layers?.labels.features.map((f) => [
			f.properties.iso3,
			f.geometry.coordinates as [number, number]
		]) ?? []
	);
}
