/**
 * Fetching geodata/ in the browser. The first view needs the small files; the per-mission
 * detail and Geo-PKO presence load when a panel or link layer asks for them.
 */
import countriesUrl from '$geodata/countries.json?url';
import missionsUrl from '$geodata/missions.json?url';
import contributionsUrl from '$geodata/contributions.json?url';
import sourcesUrl from '$geodata/sources.json?url';
import byMissionUrl from '$geodata/contributions-by-mission.json?url';
import presenceUrl from '$geodata/presence.json?url';
import monthlyUrl from '$geodata/contributions-monthly.json?url';
import fatalitiesUrl from '$geodata/fatalities.json?url';
import leadershipUrl from '$geodata/leadership.json?url';
import operationsUrl from '$geodata/operations.json?url';
import type { AtlasFiles } from './atlas';
import {
	decodeContributions,
	decodeCountries,
	decodeMissions,
	decodeSources,
	type Fatalities,
	type LeadershipFile,
	type MissionContributions,
	type Monthly,
	type Operation,
	type PresenceData
} from './decode';
import type * as Detail from './decodeDetail';
import { fetchJson } from './fetchJson';

/** Fetches a file and decodes it (./decode.ts): what it gives is checked and named. */
const load = <T>(url: string, decode: (x: unknown) => T, fetcher: typeof fetch) =>
	fetchJson<unknown>(url, fetcher).then(decode);

/** The same for a file loaded on demand: its decoder downloads alongside it. */
const loadLater = <T>(
	url: string,
	decode: (d: typeof Detail, x: unknown) => T,
	fetcher: typeof fetch
) =>
	Promise.all([import('./decodeDetail'), fetchJson<unknown>(url, fetcher)]).then(([d, x]) =>
		decode(d, x)
	);

/** The files every first view fetches (with the shapes): the page preloads them. */
export const FIRST_VIEW_FILES = [countriesUrl, missionsUrl, contributionsUrl, sourcesUrl];

export async function loadAtlasFiles(fetcher: typeof fetch = fetch): Promise<AtlasFiles> {
	const [countries, missions, contributions, sources] = await Promise.all([
		load(countriesUrl, decodeCountries, fetcher),
		load(missionsUrl, decodeMissions, fetcher),
		load(contributionsUrl, decodeContributions, fetcher),
		load(sourcesUrl, decodeSources, fetcher)
	]);
	return { countries, missions, contributions, sources };
}

export function loadByMission(fetcher: typeof fetch = fetch): Promise<MissionContributions> {
	return loadLater(byMissionUrl, (d, x) => d.decodeByMission(x), fetcher);
}

export function loadPresence(fetcher: typeof fetch = fetch): Promise<PresenceData> {
	return loadLater(presenceUrl, (d, x) => d.decodePresence(x), fetcher);
}

/** Every month's figures where the sources report monthly (about 80 KB): when a month is picked. */
export function loadMonthly(fetcher: typeof fetch = fetch): Promise<Monthly> {
	return loadLater(monthlyUrl, (d, x) => d.decodeMonthly(x), fetcher);
}

/** Every UN peacekeeping fatality since 1948 (about 25 KB): for the panels and the fallen map. */
export function loadFatalities(fetcher: typeof fetch = fetch): Promise<Fatalities> {
	return loadLater(fatalitiesUrl, (d, x) => d.decodeFatalities(x), fetcher);
}

/** Who led the UN's operations, 1948–2019 (about 17 KB): for the panels. */
export function loadLeadership(fetcher: typeof fetch = fetch): Promise<LeadershipFile> {
	return loadLater(leadershipUrl, (d, x) => d.decodeLeadership(x), fetcher);
}

/** Operations of other bodies than the UN (about 16 KB): for their layer and the panels. */
export function loadOperations(fetcher: typeof fetch = fetch): Promise<Operation[]> {
	return loadLater(operationsUrl, (d, x) => d.decodeOperations(x), fetcher);
}
