/**
 * The map draws nothing until it has its first view, then draws it once; and later additions
 * (other bodies' operations) are laid out before they are drawn, in one frame.
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
 *
 * `holdWhileAdding` holds again while a source just added is tiled, for the same reason: its
 * tiles come in batches, and each batch redrew the whole map. That hold never keeps the reader
 * waiting: it ends at the map's next `idle`, at the first input on the map or move of its
 * camera, or after `MAX_HOLD_MS`, whichever comes first.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type Render = MapLibreMap['painter']['render'];

/** The longest a later hold may last, whatever the map is doing. */
export const MAX_HOLD_MS = 1000;

/** Inputs on the map that end a later hold: the reader sees the map answer at once. */
const INPUTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'touchstart'] as const;

export interface HeldFrames {
	/** Draws the next frame, and every one after; `drawn` runs once that frame is done. */
	drawOnce(drawn: () => void): void;
	/** Holds the frames while what was just added is laid out, then draws it in one frame. */
	holdWhileAdding(): void;
}

export function holdFrames(map: MapLibreMap): HeldFrames {
	const painter = map.painter;
	const render: Render = painter.render.bind(painter);
	const skip = (() => {}) as Render;
	let held = true;
	let endHold: (() => void) | null = null;
	painter.render = skip;

	const draw = (): boolean => {
		if (!held) return false;
		held = false;
		painter.render = render;
		endHold?.();
		endHold = null;
		return true;
	};

	return {
		drawOnce(drawn) {
			draw();
			map.once('idle', drawn);
			map.triggerRepaint();
		},
		holdWhileAdding() {
			if (held) return;
			held = true;
			painter.render = skip;
			const release = () => {
				if (draw()) map.triggerRepaint();
			};
			const container = map.getContainer();
			const timer = setTimeout(release, MAX_HOLD_MS);
			map.once('idle', release);
			map.once('movestart', release);
			for (const input of INPUTS)
				container.addEventListener(input, release, { capture: true, passive: true });
			endHold = () => {
				clearTimeout(timer);
				map.off('idle', release);
				map.off('movestart', release);
				for (const input of INPUTS) container.removeEventListener(input, release, true);
			};
		}
	};
}
