/**
 * The heavier files a view loads once something is selected: per-mission figures and Geo-PKO
 * presence. Each download starts once at a time; a failed one is tried again on the next call.
 */
import { loadByMission, loadPresence } from './load';
import type { MissionContributionRow, PresenceFile } from './schema';

export class DetailFiles {
	byMission = $state.raw<MissionContributionRow[] | null>(null);
	presence = $state.raw<PresenceFile['rows'] | null>(null);
	#loading = { byMission: false, presence: false };

	/** Starts whichever file is neither loaded nor on its way; failures go to `onerror`. */
	load(onerror: (error: Error) => void = () => {}): void {
		if (!this.byMission && !this.#loading.byMission) {
			this.#loading.byMission = true;
			loadByMission()
				.then((f) => (this.byMission = f.rows), onerror)
				.finally(() => (this.#loading.byMission = false));
		}
		if (!this.presence && !this.#loading.presence) {
			this.#loading.presence = true;
			loadPresence()
				.then((f) => (this.presence = f.rows), onerror)
				.finally(() => (this.#loading.presence = false));
		}
	}
}
