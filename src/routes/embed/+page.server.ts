// What the map view needs from the build (size scales, theme ids). The tours are not inlined:
// most embeds never present, and one that does fetches them (present/tours.json).
import { mapViewData } from '$lib/server/atlas';

export const load = () => mapViewData();
