import type { Atlas } from '$lib/data/atlas';
import type { Scales } from '$lib/map/style';
import { hostScale } from './hosts';
import { personnelScale } from './personnel';
import { linkWidthScale, missionRadiusScale } from './size';

/** The one set of scales a view's map and legend share, sized to the data once it is loaded. */
export function atlasScales(atlas: Atlas | null, scheme: 'light' | 'dark'): Scales {
	const missionPeak = atlas
		? Math.max(...[...atlas.missions.values()].flatMap((m) => m.personnel.map(([, n]) => n ?? 0)))
		: 1;
	return {
		personnel: personnelScale(scheme),
		hosts: hostScale(),
		radius: missionRadiusScale(missionPeak),
		linkWidth: linkWidthScale(atlas?.maxPersonnel() ?? 1)
	};
}
