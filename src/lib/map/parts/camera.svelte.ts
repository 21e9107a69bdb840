/**
 * Where the camera goes. Something chosen by name (`model.frame`) is brought into view: a
 * small country fills it, a mission or an operation comes to the centre. A camera in the URL
 * that differs from the map's (back, forward, a pasted link) moves the map. A presentation
 * frames every step from the step and the window alone (see `frameStep`).
 */
import type { JumpToOptions, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { MediaQuery } from 'svelte/reactivity';
import type { CameraView } from '$lib/state/url';
import type { Frame, Inset, MapModel } from '$lib/view/mapModel.svelte';
import type { CountryLayers } from '../countries';
import { OIC_BOUNDS, boundsOf, viewPadding } from '../view';
import type { LiveMap } from './live.svelte';

/** The size of the map's element, and how much of its foot a bottom sheet covers (px). */
export interface Room {
	width: number;
	height: number;
	/** A phone's panel over the map's foot. */
	sheet: number;
}

/** What a tour's camera was written for: the map zooms out where the open part is smaller. */
const TOUR_ROOM = { width: 960, height: 640 };

export function mapCamera(live: LiveMap, model: MapModel, room: () => Room = () => roomOf(live)) {
	const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);
	/**
	 * The step last framed: a new step glides; the same step framed again (its caption or the
	 * window changed size) jumps, as does the first.
	 */
	let framed: CameraView | null | undefined = undefined;

	$effect(() => {
		const [map, frame, countries] = [live.map, model.frame, model.countries];
		if (!map || !frame || !countries) return;
		const duration = reducedMotion.current || frame.instant ? 0 : 1000;
		goTo(map, frame, countries, model, room(), model.inset.bottom, duration);
	});

	$effect(() => {
		const [map, view] = [live.map, model.camera];
		if (!map) return;
		if (model.behaviour.glide) {
			const glides = framed !== undefined && framed !== view && !reducedMotion.current;
			framed = view;
			frameStep(map, view, model.inset, room(), glides ? 1600 : 0);
			return;
		}
		if (!view) return;
		const c = map.getCenter();
		const far = Math.abs(c.lng - view.lon) > 1e-3 || Math.abs(c.lat - view.lat) > 1e-3;
		if (far || Math.abs(map.getZoom() - view.zoom) > 0.01) {
			const { left, right = 0, bottom } = model.inset;
			const padding = { top: 0, right, left, bottom };
			map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom, padding });
		}
	});
}

/** Goes to what was chosen by name. */
export function goTo(
	map: MapLibreMap,
	frame: Frame,
	countries: CountryLayers,
	model: Pick<MapModel, 'atlas' | 'operations'>,
	room: Room,
	insetBottom: number,
	duration: number
): void {
	const below = insetBottom + room.sheet;
	if (frame.kind === 'mission' || frame.kind === 'operation') {
		const hq =
			frame.kind === 'mission'
				? (model.atlas?.missions.get(frame.id)?.hq.point.coordinates as
						[number, number] | undefined)
				: model.operations?.find((o) => o.id === frame.id)?.hq.value.point;
		if (hq)
			map.easeTo({
				center: [hq[0], hq[1]],
				zoom: Math.max(map.getZoom(), 3.5),
				// Above the sheet; an offset, unlike padding, does not stay with the map.
				offset: [0, -below / 2],
				duration
			});
		return;
	}
	if (frame.kind !== 'country') return;
	const shape = countries.shapes.features.find((f) => f.properties.iso3 === frame.id);
	if (!shape) return;
	const [w, s, e, n] = boundsOf(shape.geometry);
	if (e - w > 40) return;
	// A margin round the country, smaller where the map is small: between the header and a
	// phone's sheet the country keeps at least 40% of the open height (a fit that does not
	// fit does not move at all).
	const open = room.height - below;
	const p = Math.min(viewPadding(room.width) * 3, room.width * 0.15, open * 0.3);
	map.fitBounds(
		[
			[w, s],
			[e, n]
		],
		{ padding: { top: p, left: p, right: p, bottom: p + below }, maxZoom: 5.5, duration }
	);
}

/**
 * Frames a presentation's step. Every move states its whole padding, since MapLibre keeps the
 * padding of the last move and would add it to the next fit. The caption covers the map's
 * lower corner at the reading start (`cover`, with the legend's strip at the top): the subject goes beside the
 * caption or above it, whichever leaves it larger. A step with a camera keeps its centre in the
 * open part and zooms out where that part is smaller than the 960 × 640 px the tours are
 * written for; a step without one fits the OIC.
 */
export function frameStep(
	map: MapLibreMap,
	view: CameraView | null,
	cover: Inset,
	{ width: w, height: h }: Room,
	duration: number
): void {
	const top = Math.min(cover.top ?? 0, h * 0.25);
	const side = cover.left + (cover.right ?? 0);
	const beside = { top, right: cover.right ?? 0, bottom: 0, left: cover.left };
	const above = { top, right: 0, left: 0, bottom: cover.bottom };
	// Beside a caption that leaves a quarter of the width, or above one that leaves 40% of
	// the height; a phone's caption may leave neither: then the top 40%, whatever it covers.
	const fits = (p: typeof beside) => (p === beside ? side <= w * 0.75 : cover.bottom <= h * 0.6);
	const room = (p: typeof beside) =>
		Math.min((w - p.left - p.right) / TOUR_ROOM.width, (h - p.top - p.bottom) / TOUR_ROOM.height);
	const options = [beside, above].filter(fits).sort((a, b) => room(b) - room(a));
	const padding = options[0] ?? { ...above, bottom: h * 0.6 };
	let camera: JumpToOptions | undefined;
	if (view) {
		camera = {
			center: [view.lon, view.lat],
			zoom: view.zoom + Math.min(0, Math.log2(room(padding))),
			padding
		};
	} else {
		const p = viewPadding(w);
		camera = map.cameraForBounds(OIC_BOUNDS, {
			padding: {
				top: padding.top + p,
				right: padding.right + p,
				bottom: padding.bottom + p,
				left: padding.left + p
			},
			absolutePadding: true
		});
	}
	if (!camera) return;
	// Without world copies MapLibre keeps the world across the open part of the map, the part
	// inside the padding it holds when a move starts: the padding is set first, so the jump
	// lands the same from anywhere. Read back, that view is flown to from where the camera was
	// (no frame is drawn between the jumps): both paths end on the same view.
	const from = { center: map.getCenter(), zoom: map.getZoom(), padding: map.getPadding() };
	if (camera.padding) map.setPadding(camera.padding as PaddingOptions);
	map.jumpTo(camera);
	if (!duration) return;
	const to = { center: map.getCenter(), zoom: map.getZoom(), padding: map.getPadding() };
	map.jumpTo(from);
	map.flyTo({ ...to, duration, essential: false });
}

/**
 * The map element's size, and how much of its foot a bottom sheet covers (a phone's panel,
 * `[data-sheet]` when it is fixed over the map): up to 60% of the map, as its CSS allows.
 */
function roomOf(live: LiveMap): Room {
	const box = live.container?.getBoundingClientRect();
	const [width, height] = [live.container?.clientWidth ?? 0, live.container?.clientHeight ?? 0];
	const sheet = document.querySelector<HTMLElement>('[data-sheet]');
	if (!box || !sheet || getComputedStyle(sheet).position !== 'fixed' || !sheet.offsetHeight)
		return { width, height, sheet: 0 };
	const over = Math.max(0, Math.min(box.height * 0.6, box.bottom - window.innerHeight * 0.5));
	return { width, height, sheet: over };
}
