import type { Scales } from '$lib/map/style';
import type { MapScheme } from '$lib/map/theme';
import { hostScale } from './hosts';
import { personnelScale } from './personnel';
import type { Sizes } from './size';

/** The one set of scales a view's map and legend share; sizes come built from the data. */
export function atlasScales(sizes: Sizes, scheme: MapScheme): Scales {
	return {
		personnel: personnelScale(scheme),
		hosts: hostScale(scheme),
		radius: sizes.radius,
		linkWidth: sizes.linkWidth
	};
}
