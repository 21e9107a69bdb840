// What the map view needs from the build: size scales and theme ids. (The prerendered tables
// are inserted into the HTML by hooks.server.ts, not sent as page data.)
import { mapViewData } from '$lib/server/atlas';

export const load = () => mapViewData();
