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
import { fetchJson as getJson } from './fetchJson';
import type {
	FatalitiesFile,
	LeadershipFile,
	MissionContributionsFile,
	MonthlyFile,
	OperationsFile,
	PresenceFile
} from './schema';

/** The files every first view fetches (with the shapes): the page preloads them. */
export const FIRST_VIEW_FILES = [countriesUrl, missionsUrl, contributionsUrl, sourcesUrl];

export async function loadAtlasFiles(fetcher: typeof fetch = fetch): Promise<AtlasFiles> {
	const [countries, missions, contributions, sources] = await Promise.all([
		getJson<AtlasFiles['countries']>(countriesUrl, fetcher),
		getJson<AtlasFiles['missions']>(missionsUrl, fetcher),
		getJson<AtlasFiles['contributions']>(contributionsUrl, fetcher),
		getJson<AtlasFiles['sources']>(sourcesUrl, fetcher)
	]);
	return { countries, missions, contributions, sources };
}

export function loadByMission(fetcher: typeof fetch = fetch): Promise<MissionContributionsFile> {
	return getJson(byMissionUrl, fetcher);
}

export function loadPresence(fetcher: typeof fetch = fetch): Promise<PresenceFile> {
	return getJson(presenceUrl, fetcher);
}

/** Every month's figures where the sources report monthly (about 80 KB): when a month is picked. */
export function loadMonthly(fetcher: typeof fetch = fetch): Promise<MonthlyFile> {
	return getJson(monthlyUrl, fetcher);
}

/** Every UN peacekeeping fatality since 1948 (about 25 KB): for the panels and the fallen map. */
export function loadFatalities(fetcher: typeof fetch = fetch): Promise<FatalitiesFile> {
	return getJson(fatalitiesUrl, fetcher);
}

/** Who led the UN's operations, 1948–2019 (about 17 KB): for the panels. */
export function loadLeadership(fetcher: typeof fetch = fetch): Promise<LeadershipFile> {
	return getJson(leadershipUrl, fetcher);
}

/** Operations of other bodies than the UN (about 16 KB): for their layer and the panels. */
export function loadOperations(fetcher: typeof fetch = fetch): Promise<OperationsFile> {
	return getJson(operationsUrl, fetcher);
}
