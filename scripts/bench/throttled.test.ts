import { describe, expect, it } from 'vitest';

// Plain ES modules run by Node: imported by name so the type check leaves them be.
const THROTTLED = './throttled.mjs';
const { dominantShare, firstPaintedFrame, isBlank, sampleTimes } = await import(
	/* @vite-ignore */ THROTTLED
);

/** An RGBA image of `width`×`height` filled with `sea`, with `land` painted on a rectangle. */
function image(
	width: number,
	height: number,
	land?: { x: number; y: number; w: number; h: number }
) {
	const data = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			const inLand =
				land && x >= land.x && x < land.x + land.w && y >= land.y && y < land.y + land.h;
			data.set(inLand ? [244, 241, 234, 255] : [220, 233, 242, 255], i);
		}
	}
	return { width, height, data };
}

describe('the throttled pass', () => {
	it('calls a map area blank when one colour covers more than 97% of it', () => {
		expect(isBlank(image(100, 50))).toBe(true);
		expect(dominantShare(image(100, 50)).colour).toBe('#d8e8f0');
		// 2% land: still blank; 30% land: a map.
		expect(isBlank(image(100, 50, { x: 0, y: 0, w: 10, h: 10 }))).toBe(true);
		expect(isBlank(image(100, 50, { x: 0, y: 0, w: 30, h: 50 }))).toBe(false);
		// Only the map area's rectangle counts: the land outside it does not.
		const framed = image(200, 50, { x: 100, y: 0, w: 100, h: 50 });
		expect(isBlank(framed, { x: 0, y: 0, width: 100, height: 50 })).toBe(true);
		expect(dominantShare(framed, { x: 50, y: 0, width: 100, height: 50 }).share).toBeCloseTo(
			0.5,
			5
		);
	});

	it('samples, every interval from the frame the first paint is in to ready, the frame on screen then', () => {
		const frames = [{ time: 100 }, { time: 420 }, { time: 430 }, { time: 900 }];
		expect(sampleTimes(frames, 400, 750, 100)).toEqual([
			{ time: 420, frame: 1 },
			{ time: 520, frame: 2 },
			{ time: 620, frame: 2 },
			{ time: 720, frame: 2 }
		]);
		// Presented 250 ms after the first paint was asked for: the frame before it is not sampled.
		const late = [{ time: 100 }, { time: 650 }, { time: 900 }];
		expect(sampleTimes(late, 400, 950, 100)).toEqual([
			{ time: 650, frame: 1 },
			{ time: 750, frame: 1 },
			{ time: 850, frame: 1 },
			{ time: 950, frame: 2 }
		]);
		// No frame after the first paint yet: one interval later, the frame on screen.
		expect(sampleTimes(frames, 0, 150, 100)).toEqual([{ time: 100, frame: 0 }]);
		expect(sampleTimes([], 0, 100, 100)).toEqual([{ time: 100, frame: -1 }]);
		expect(sampleTimes(frames, null, 1000, 100)).toEqual([]);
	});

	it('starts from the first frame with a map, not an older one presented after it was timed', () => {
		// Frames 0 and 1 show the screen before the first paint (1 presented after it was timed
		// at 400), frame 2 the picture.
		const frames = [{ time: 100 }, { time: 420 }, { time: 530 }, { time: 900 }];
		const blank = (i: number) => i < 2;
		expect(firstPaintedFrame(frames, 400, blank)).toBe(2);
		// A picture that never shows: sampled from the first frame after it was timed, blank.
		expect(firstPaintedFrame(frames, 400, () => true)).toBe(1);
		// Frames before the first paint do not count, blank or not.
		expect(firstPaintedFrame(frames, 50, (i: number) => i === 0)).toBe(1);
		expect(firstPaintedFrame(frames, 1000, blank)).toBe(-1);
	});
});
