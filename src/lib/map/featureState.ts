/**
 * Per-year values as feature state: personnel per country, operations hosted, each mission's
 * phase and size. Setting them restyles the map through the paint expressions in ./style.ts;
 * no source data is re-sent.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { isActive, type Atlas } from '$lib/data/atlas';
import { SOURCE } from './ids';

export function applyYear(map: MapLibreMap, atlas: Atlas, year: number, codes: string[]): void {
	for (const iso3 of codes) {
		const host = atlas.hostState(iso3, year);
		const state = {
			personnel: atlas.personnel(iso3, year)?.total ?? 0,
			hosting: host.active.length,
			hostedBefore: host.state === 'hosted-before'
		};
		map.setFeatureState({ source: SOURCE.countries, id: iso3 }, state);
		map.setFeatureState({ source: SOURCE.labels, id: iso3 }, state);
	}
	for (const m of atlas.missions.values()) {
		const phase = isActive(m, year)
			? 'active'
			: (m.end.year ?? Infinity) < year
				? 'closed'
				: 'future';
		map.setFeatureState(
			{ source: SOURCE.missions, id: m.id },
			{ phase, personnel: atlas.missionPersonnel(m, year)?.total ?? 0 }
		);
	}
}

/** Marks one feature of each source as selected; returns how to unmark it. */
export function applySelection(
	map: MapLibreMap,
	country: string | null,
	mission: string | null
): () => void {
	const targets = [
		...(country
			? [SOURCE.countries, SOURCE.labels].map((source) => ({ source, id: country }))
			: []),
		...(mission ? [{ source: SOURCE.missions, id: mission }] : [])
	];
	for (const t of targets) map.setFeatureState(t, { selected: true });
	return () => {
		if (!map.getStyle()) return;
		for (const t of targets) map.setFeatureState(t, { selected: false });
	};
}
