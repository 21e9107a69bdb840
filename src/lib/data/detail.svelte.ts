/**
 * What a view loads once something is selected: the per-mission figures, the Geo-PKO
 * presence, the fallen, the leaders, other bodies' operations, and the code that draws a
 * selection's lines from them. Each download starts once at a time; a failed one is tried
 * again on the next call.
 */
import type { FeatureCollection, LineString } from 'geojson';
import type { LinkInputs, LinkProps, linkLines } from '$lib/map/links';
import { fatalitiesFile, operationsFile } from './beyondFiles';
import { loadByMission, loadLeadership, loadPresence } from './load';
import type {
	Fatalities,
	LeadershipFile,
	MissionContribution,
	Operation,
	Presence,
	YearNote
} from './decode';

export type Selection = Omit<LinkInputs, 'byMission' | 'presence'>;

export class DetailFiles {
	byMission = $state.raw<MissionContribution[] | null>(null);
	/** Single countries' year notes (see YearNote), loaded with the per-mission figures. */
	notes = $state.raw<YearNote[] | null>(null);
	presence = $state.raw<Presence[] | null>(null);
	fatalities = $state.raw<Fatalities | null>(null);
	leadership = $state.raw<LeadershipFile | null>(null);
	operations = $state.raw<Operation[] | null>(null);
	#linkLines = $state.raw<typeof linkLines | null>(null);
	#loading = {
		byMission: false,
		presence: false,
		links: false,
		fatalities: false,
		leadership: false,
		operations: false
	};

	/** Other bodies' operations only: their map layer needs no more. */
	loadOperations(onerror: (error: Error) => void = () => {}): void {
		if (this.operations || this.#loading.operations) return;
		this.#loading.operations = true;
		operationsFile()
			.then((f) => (this.operations = f), onerror)
			.finally(() => (this.#loading.operations = false));
	}

	/** The fallen only: the map's fallen mode needs no more. */
	loadFatalities(onerror: (error: Error) => void = () => {}): void {
		if (this.fatalities || this.#loading.fatalities) return;
		this.#loading.fatalities = true;
		fatalitiesFile()
			.then((f) => (this.fatalities = f), onerror)
			.finally(() => (this.#loading.fatalities = false));
	}

	/** Starts whichever part is neither loaded nor on its way; failures go to `onerror`. */
	load(onerror: (error: Error) => void = () => {}): void {
		if (!this.byMission && !this.#loading.byMission) {
			this.#loading.byMission = true;
			loadByMission()
				.then((f) => {
					this.notes = f.notes;
					this.byMission = f.rows;
				}, onerror)
				.finally(() => (this.#loading.byMission = false));
		}
		if (!this.presence && !this.#loading.presence) {
			this.#loading.presence = true;
			loadPresence()
				.then((f) => (this.presence = f.rows), onerror)
				.finally(() => (this.#loading.presence = false));
		}
		this.loadOperations(onerror);
		this.loadFatalities(onerror);
		if (!this.leadership && !this.#loading.leadership) {
			this.#loading.leadership = true;
			loadLeadership()
				.then((f) => (this.leadership = f), onerror)
				.finally(() => (this.#loading.leadership = false));
		}
		if (!this.#linkLines && !this.#loading.links) {
			this.#loading.links = true;
			import('$lib/map/links')
				.then((m) => (this.#linkLines = m.linkLines), onerror)
				.finally(() => (this.#loading.links = false));
		}
	}

	/** The selection's lines from what has loaded so far; none before the code has. */
	lines(selection: Selection): FeatureCollection<LineString, LinkProps> | null {
		return (
			this.#linkLines?.({ ...selection, byMission: this.byMission, presence: this.presence }) ??
			null
		);
	}
}
