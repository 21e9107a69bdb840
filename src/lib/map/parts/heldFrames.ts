/**
 * The map draws nothing until it has its first view, then draws it once.
 *
 * Until the live map is ready the picture covers its canvas (`MapPicture`), yet MapLibre draws a
 * whole frame each time a tile of one of its four sources arrives: about a dozen frames on the
 * first load, none of which a reader sees. Without a GPU (software WebGL, as in old lecture-hall
 * PCs, virtual machines and the tests) each costs up to a few hundred milliseconds, and the GPU
 * runs them all before the first frame the reader does see (docs/performance.md, "Frames
 * nobody sees").
 *
 * So while held, MapLibre does all the rest of each frame (style, tiles, label placement, its
 * `idle`), and only its painter's draw is skipped. `drawOnce` then lets the painter draw and
 * calls back at the `idle` after that frame: the map has drawn its first view.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type Render = MapLibreMap['painter']['render'];

export interface HeldFrames {
	/** Draws the next frame, and every one after; `drawn` runs once that frame is done. */
	drawOnce(drawn: () => void): void;
}

export function holdFrames(map: MapLibreMap): HeldFrames {
	const painter = map.painter;
	const render: Render = painter.render.bind(painter);
	let held = true;
	painter.render = ((...args: Parameters<Render>) => {
		if (!held) render(...args);
	}) as Render;
	return {
		drawOnce(drawn) {
			if (held) {
				held = false;
				painter.render = render;
			}
			map.once('idle', drawn);
			map.triggerRepaint();
		}
	};
}
