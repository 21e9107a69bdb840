/**
 * The lines of a selection: from a country to the missions it sent personnel to, or from a
 * mission to its contributors. Loaded with the per-mission and presence files they are drawn
 * from (DetailFiles), once something is selected, not with the first view.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { Atlas } from '$lib/data/atlas';
import type { MissionContribution, Presence } from '$lib/data/decode';

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
	byMission: MissionContribution[] | null;
	presence: Presence[] | null;
}

/**
 * Lines for the selection in a year: a country's missions, or a mission's contributors. Head
 * counts where the year has per-mission figures, Geo-PKO presence where it has only that.
 */
export function linkLines(i: LinkInputs): FeatureCollection<LineString, LinkProps> {
	const features: Feature<LineString, LinkProps>[] = [];
	const pairs: LinkProps[] = [];
	const rule = i.atlas.rules.get(i.year);
	const isOic = (iso3: string) => Boolean(i.atlas.oicIn(iso3, i.year));
	if (rule?.byMission && i.byMission) {
		for (const r of i.byMission) {
			if (r.year !== i.year || (r.total ?? 0) <= 0) continue;
			if ((i.country && r.iso3 === i.country) || (i.mission && r.mission === i.mission)) {
				pairs.push({
					country: r.iso3,
					mission: r.mission,
					personnel: r.total,
					kind: 'personnel',
					oic: isOic(r.iso3)
				});
			}
		}
	} else if (i.presence) {
		for (const { mission, year, iso3 } of i.presence) {
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
