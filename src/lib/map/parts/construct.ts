/**
 * Making the MapLibre map for a mode, and saying why it could not be made: its engine did not
 * download, this browser gives no WebGL, or MapLibre failed for another reason.
 */
import { mapText } from '$lib/i18n/map';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { MAX_ZOOM } from '$lib/state/url';
import type { MapModel } from '$lib/view/mapModel.svelte';
import { loadEngine } from '../engine';
import { OIC_BOUNDS, viewPadding } from '../view';

export interface MapFailure {
	title: string;
	body: string;
}

/** The map, or what stopped it; null when `cancelled` says nobody waits for it any more. */
export async function constructMap(
	container: HTMLElement,
	style: StyleSpecification,
	model: Pick<MapModel, 'camera' | 'behaviour'>,
	cancelled: () => boolean
): Promise<MapLibreMap | MapFailure | null> {
	let maplibre: typeof import('maplibre-gl');
	try {
		maplibre = await loadEngine();
	} catch (error) {
		console.warn('Peacekeeping Atlas: the map engine did not load:', error);
		return { title: mapText.engineFailedTitle, body: mapText.engineFailedBody };
	}
	if (cancelled()) return null;
	const { camera: view, behaviour } = model;
	try {
		return new maplibre.Map({
			container,
			style,
			...(view
				? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom }
				: {
						bounds: OIC_BOUNDS,
						fitBoundsOptions: { padding: viewPadding(container.clientWidth) }
					}),
			attributionControl: { compact: true, customAttribution: mapText.sourceShapes },
			// A presentation shows one world: no copies to either side at low zooms.
			renderWorldCopies: !behaviour.glide,
			dragRotate: false,
			pitchWithRotate: false,
			maxZoom: MAX_ZOOM,
			// Labels show at once instead of fading in over 0.3 s. A fade keeps the map
			// repainting until it ends, after every move and on the first load (its first `idle`
			// waits for it): on an old laptop each repaint is a full frame of work. With no fade
			// MapLibre also places labels on every frame, so a country's name shows in the frame
			// its tile arrives, never up to 0.3 s later.
			fadeDuration: 0,
			interactive: behaviour.interactive,
			cooperativeGestures: behaviour.cooperative,
			locale: {
				'CooperativeGesturesHandler.WindowsHelpText': mapText.cooperativeDesktop,
				'CooperativeGesturesHandler.MacHelpText': mapText.cooperativeMac,
				'CooperativeGesturesHandler.MobileHelpText': mapText.cooperativeMobile
			}
		});
	} catch (error) {
		// MapLibre throws at construction when WebGL is missing, but not only then: the reader is
		// told WebGL is the cause only when a WebGL context truly cannot be had.
		console.warn('Peacekeeping Atlas: live map unavailable:', error);
		return hasWebGL()
			? {
					title: mapText.mapFailedTitle,
					body: mapText.mapFailedBody(String((error as Error)?.message ?? error))
				}
			: { title: mapText.noWebGLTitle, body: mapText.noWebGLBody };
	}
}

/** Whether this browser gives a page a WebGL context at all (asked only after a failure). */
function hasWebGL(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}
