/**
 * The GeoJSON the map's sources hold, built once from geodata: shapes and label points with
 * static properties (OIC status, host), mission headquarters, and the links of a selection.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Atlas } from '$lib/data/atlas';
import type { MissionContributionRow, PresenceFile } from '$lib/data/schema';
import type { CountryLayers } from './countries';

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
				name: m.name.value,
				kind: m.kind,
				peak: Math.max(0, ...m.personnel.map(([, n]) => n ?? 0))
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

export interface LinkProps {
	country: string;
	mission: string;
	/** Head count where known; for Geo-PKO presence, null. */
	personnel: number | null;
	kind: 'personnel' | 'presence';
	/** Whether the contributor is an OIC member or observer: other states' lines are faded. */
	oic: boolean;
}

/** A gentle arc from a to b (a quadratic curve bowed to one side), as a line of 24 segments. */
export function arc(a: [number, number], b: [number, number], bow = 0.18): [number, number][] {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	const control: [number, number] = [(a[0] + b[0]) / 2 - dy * bow, (a[1] + b[1]) / 2 + dx * bow];
	const points: [number, number][] = [];
	for (let i = 0; i <= 24; i++) {
		const t = i / 24;
		const u = 1 - t;
		points.push([
			u * u * a[0] + 2 * u * t * control[0] + t * t * b[0],
			u * u * a[1] + 2 * u * t * control[1] + t * t * b[1]
		]);
	}
	return points;
}

export interface LinkInputs {
	atlas: Atlas;
	year: number;
	country: string | null;
	mission: string | null;
	/** Label points by ISO code: where a country's lines start. */
	anchors: Map<string, [number, number]>;
	byMission: MissionContributionRow[] | null;
	presence: PresenceFile['rows'] | null;
}

/**
 * Lines for the selection in a year: a country's missions, or a mission's contributors. Head
 * counts where the year has per-mission figures, Geo-PKO presence where it has only that.
 */
export function linkLines(i: LinkInputs): FeatureCollection<LineString, LinkProps> {
	const features: Feature<LineString, LinkProps>[] = [];
	const pairs: LinkProps[] = [];
	const rule = i.atlas.rules.get(i.year);
	const isOic = (iso3: string) => Boolean(i.atlas.countries.get(iso3)?.oic);
	if (rule?.byMission && i.byMission) {
		for (const r of i.byMission) {
			if (r[0] !== i.year || (r[8] ?? 0) <= 0) continue;
			if ((i.country && r[1] === i.country) || (i.mission && r[2] === i.mission)) {
				pairs.push({
					country: r[1],
					mission: r[2],
					personnel: r[8],
					kind: 'personnel',
					oic: isOic(r[1])
				});
			}
		}
	} else if (i.presence) {
		for (const [mission, year, iso3] of i.presence) {
			if (year !== i.year) continue;
			if ((i.country && iso3 === i.country) || (i.mission && mission === i.mission)) {
				pairs.push({ country: iso3, mission, personnel: null, kind: 'presence', oic: isOic(iso3) });
			}
		}
	}
	for (const p of pairs) {
		const m = i.atlas.missions.get(p.mission);
		const from = i.anchors.get(p.country);
		if (!m || !from || m.kind !== 'pko') continue;
		features.push({
			type: 'Feature',
			properties: p,
			geometry: {
				type: 'LineString',
				coordinates: arc(from, m.hq.point.coordinates as [number, number])
			}
		});
	}
	return { type: 'FeatureCollection', features };
}
