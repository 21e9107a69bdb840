/**
 * Per-year values as feature state: each country's personnel class and operations hosted, each
 * mission's phase and size. Setting them restyles the map through the paint expressions in
 * ./style.ts; no source data is re-sent.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { endYear, isActive, type Atlas } from '$lib/data/atlas';
import { personnelClass, type PersonnelScale } from '$lib/scales/personnel';
import { SOURCE } from './ids';
import { OIC_STATE } from './style';

type State = Record<string, string | number | boolean>;

/**
 * Writes feature state, skipping what the map already holds. MapLibre refills a feature's
 * paint buffers for every state written to it, changed or not, so a year step that writes only
 * the countries whose colour, outline or badge changes costs a fraction of a full rewrite.
 * Every feature-state write of the map goes through one of these, so it knows what the map holds.
 */
export class FeatureStates {
	readonly #map: MapLibreMap;
	readonly #held = new Map<string, Map<string, State>>();
	/** The year states last applied: unchanged (shared) objects need no write at all. */
	applied: YearStates | null = null;

	constructor(map: MapLibreMap) {
		this.#map = map;
	}

	/**
	 * Writes the keys of `state` that differ from what the feature holds; true if any did.
	 * MapLibre keeps feature state in plain objects keyed by id: an id such as "__proto__"
	 * would write to every object's prototype, so names an object inherits are never written.
	 */
	set(source: string, id: string, state: State): boolean {
		if (id in Object.prototype) return false;
		let bySource = this.#held.get(source);
		if (!bySource) this.#held.set(source, (bySource = new Map()));
		const held = bySource.get(id);
		let patch: State | null = null;
		for (const key in state) {
			if (held?.[key] !== state[key]) (patch ??= {})[key] = state[key];
		}
		if (!patch) return false;
		this.#map.setFeatureState({ source, id }, patch);
		if (held) Object.assign(held, patch);
		else bySource.set(id, { ...patch });
		return true;
	}
}

/** A country as the map draws it: which label-point layers it appears in. */
export interface CountryTarget {
	iso3: string;
	/** Drawn as a dot too (a small state): the dot takes the personnel colour. */
	dot: boolean;
	/** Has hosted an operation: its badge shows while it hosts. */
	host: boolean;
}

type CountryYear = {
	/** The OIC as it was: 0 none, 1 member, 2 observer (OIC_STATE in ./style.ts). */
	oic: number;
	personnelClass: number;
	hosting: number;
	hostedBefore: boolean;
};
type MissionYear = {
	phase: 'active' | 'closed' | 'future';
	personnel: number;
};
export interface YearStates {
	countries: Map<string, CountryYear>;
	missions: Map<string, MissionYear>;
}

/**
 * One object per distinct state, shared by every country and year that has it: a step compares
 * objects, not fields, to find what changed.
 */
const countryPool = new Map<number, CountryYear>();
const missionPool = new Map<string, MissionYear>();
function sharedCountry(state: CountryYear): CountryYear {
	const key =
		state.oic * 100000 +
		state.personnelClass * 1000 +
		state.hosting * 2 +
		(state.hostedBefore ? 1 : 0);
	return countryPool.get(key) ?? (countryPool.set(key, state), state);
}
function sharedMission(state: MissionYear): MissionYear {
	const key = `${state.phase}:${state.personnel}`;
	return missionPool.get(key) ?? (missionPool.set(key, state), state);
}

/**
 * Per atlas, per set of class thresholds: the light and dark scales share thresholds, so a theme
 * switch reuses every year already worked out.
 */
const cache = new WeakMap<Atlas, Map<string, Map<number | string, YearStates>>>();

/** What the map shows of every country and drawn mission in a year; computed once a year. */
export function yearStates(
	atlas: Atlas,
	year: number,
	scale: PersonnelScale,
	month: number | null = null
): YearStates {
	let byThresholds = cache.get(atlas);
	if (!byThresholds) cache.set(atlas, (byThresholds = new Map()));
	const thresholds = scale.domain().join();
	let byYear = byThresholds.get(thresholds);
	if (!byYear) byThresholds.set(thresholds, (byYear = new Map()));
	const key = month === null ? year : `${year}-${month}`;
	const hit = byYear.get(key);
	if (hit) return hit;

	const countries = new Map<string, CountryYear>();
	for (const iso3 of atlas.countries.keys()) {
		const host = atlas.hostState(iso3, year);
		countries.set(
			iso3,
			sharedCountry({
				oic: OIC_STATE[atlas.oicIn(iso3, year) ?? 'none'],
				personnelClass: personnelClass(scale, atlas.personnel(iso3, year, month)?.total ?? 0),
				hosting: host.active.length,
				hostedBefore: host.state === 'hosted-before'
			})
		);
	}
	const missions = new Map<string, MissionYear>();
	for (const m of atlas.missions.values()) {
		// Political missions are in the source but in no layer.
		if (m.kind !== 'pko') continue;
		const phase = isActive(m, year) ? 'active' : endYear(m) < year ? 'closed' : 'future';
		const personnel = phase === 'active' ? (atlas.missionPersonnel(m, year, month)?.total ?? 0) : 0;
		missions.set(m.id, sharedMission({ phase, personnel }));
	}
	const states = { countries, missions };
	byYear.set(key, states);
	return states;
}

const NONE = sharedCountry({ oic: 0, personnelClass: 0, hosting: 0, hostedBefore: false });

/**
 * The year's state of every country and mission; returns how many features changed. The label
 * points get only what their layers read: the personnel colour for dots, hosting for badges.
 */
export function applyYear(
	states: FeatureStates,
	atlas: Atlas,
	year: number,
	targets: CountryTarget[],
	scale: PersonnelScale,
	month: number | null = null
): number {
	const year_ = yearStates(atlas, year, scale, month);
	const before = states.applied;
	let changed = 0;
	for (const c of targets) {
		const state = year_.countries.get(c.iso3) ?? NONE;
		if (before && (before.countries.get(c.iso3) ?? NONE) === state) continue;
		if (states.set(SOURCE.countries, c.iso3, state)) changed++;
		if (c.dot)
			states.set(SOURCE.labels, c.iso3, { personnelClass: state.personnelClass, oic: state.oic });
		if (c.host) states.set(SOURCE.labels, c.iso3, { hosting: state.hosting });
	}
	for (const [id, state] of year_.missions) {
		if (before?.missions.get(id) === state) continue;
		if (states.set(SOURCE.missions, id, state)) changed++;
	}
	states.applied = year_;
	return changed;
}

/** Marks one feature of each source as selected; returns how to unmark it. */
export function applySelection(
	map: MapLibreMap,
	states: FeatureStates,
	country: string | null,
	mission: string | null
): () => void {
	const targets = [
		...(country
			? [SOURCE.countries, SOURCE.labels].map((source) => ({ source, id: country }))
			: []),
		...(mission ? [{ source: SOURCE.missions, id: mission }] : [])
	];
	for (const t of targets) states.set(t.source, t.id, { selected: true });
	return () => {
		if (!map.getStyle()) return;
		for (const t of targets) states.set(t.source, t.id, { selected: false });
	};
}

/**
 * Works out every year's states while the page is idle, a few years at a time, so that
 * stepping through the years only writes what changed.
 */
export function prepareYears(atlas: Atlas, scale: PersonnelScale, years: number[]): () => void {
	const queue = [...years];
	let handle = 0;
	const idle: (fn: (deadline?: IdleDeadline) => void) => number =
		typeof requestIdleCallback === 'function'
			? (fn) => requestIdleCallback(fn)
			: (fn) => window.setTimeout(fn, 50);
	const cancel = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout;
	const work = (deadline?: IdleDeadline) => {
		do {
			const year = queue.shift();
			if (year === undefined) return;
			yearStates(atlas, year, scale);
		} while (!deadline || deadline.timeRemaining() > 2);
		handle = idle(work);
	};
	handle = idle(work);
	return () => cancel(handle);
}
