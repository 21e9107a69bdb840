// The tours, checked at build time (a broken tour stops the build), with their quotations; and
// what the map view needs from the build (size scales, theme ids).
import { mapViewData } from '$lib/server/atlas';
import { presentTours } from '$lib/server/tours';
import type { PresentTour } from '$lib/present/types';
import type { Sizes } from '$lib/scales/size';

export function load(): { tours: PresentTour[]; sizes: Sizes; themeIds: string[] } {
	return { ...mapViewData(), tours: presentTours() };
}
