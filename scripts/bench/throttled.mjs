/**
 * The throttled pass: a page load on a 4× slower CPU (DevTools' CPU throttling), to find the
 * moments a reader sees no map (the picture covered before the live map has drawn, say).
 *
 * What is on screen is recorded with DevTools' screencast (Page.startScreencast): every frame the
 * compositor presents, at half size, with its presentation time. It asks the page for nothing:
 * Page.captureScreenshot, by contrast, waits for the throttled main thread to make a new frame
 * (0.5 s a capture here), so it could neither sample every 100 ms nor leave the load alone.
 * The map area is then sampled every `interval` ms from the first painted map until ready: each
 * sample is the frame on screen at that moment, cropped to the map area's box at that moment.
 * Frames are decoded after the load, so decoding never competes with the page.
 */
import { PNG } from 'pngjs';
import { firstMapPaint, waitReady } from './measure.mjs';

/** Share of the map area that one colour may cover before the sample counts as blank. */
export const BLANK_SHARE = 0.97;

/**
 * How much of a rectangle of an RGBA image its most common colour covers (colours compared at
 * 5 bits a channel, so antialiasing noise does not split one flat colour into many).
 * @param {{width: number, height: number, data: Uint8Array}} image
 * @param {{x: number, y: number, width: number, height: number}} [rect]  in image pixels; the
 *   whole image by default
 */
export function dominantShare(image, rect) {
	const x0 = Math.max(0, Math.round(rect?.x ?? 0));
	const y0 = Math.max(0, Math.round(rect?.y ?? 0));
	const x1 = Math.min(image.width, Math.round(rect ? rect.x + rect.width : image.width));
	const y1 = Math.min(image.height, Math.round(rect ? rect.y + rect.height : image.height));
	const counts = new Uint32Array(1 << 15);
	let pixels = 0;
	let best = 0;
	let bestKey = 0;
	for (let y = y0; y < y1; y++) {
		for (let i = (y * image.width + x0) * 4, end = (y * image.width + x1) * 4; i < end; i += 4) {
			const d = image.data;
			const key = ((d[i] >> 3) << 10) | ((d[i + 1] >> 3) << 5) | (d[i + 2] >> 3);
			const n = ++counts[key];
			pixels += 1;
			if (n > best) {
				best = n;
				bestKey = key;
			}
		}
	}
	const channel = (shift) => (((bestKey >> shift) & 31) << 3).toString(16).padStart(2, '0');
	return { share: pixels ? best / pixels : 1, colour: `#${channel(10)}${channel(5)}${channel(0)}` };
}

/** A blank map area: one colour covers more than BLANK_SHARE of it. */
export const isBlank = (image, rect) => dominantShare(image, rect).share > BLANK_SHARE;

/**
 * The samples: from the first frame presented at or after `firstMap`, every `interval` ms up to
 * `ready`, the last frame presented at or before each moment. `firstMap` is taken before its
 * frame paints (in requestAnimationFrame); on a throttled CPU the frame is presented 100–250 ms
 * later, and the screen until then still shows the frame before the first paint, which is not
 * "from the first paint" (throttledLoad passes the time of the frame that shows it,
 * `firstPaintedFrame`). Pure: times in ms from navigation start.
 * @param {{time: number}[]} frames  sorted by time
 * @returns {{time: number, frame: number}[]}  frame = index into `frames`, -1 when none yet
 */
export function sampleTimes(frames, firstMap, ready, interval) {
	const out = [];
	if (firstMap == null || ready == null) return out;
	const painted = frames.find((frame) => frame.time >= firstMap);
	const start = painted ? painted.time : firstMap + interval;
	let f = -1;
	for (let time = start; time <= ready; time += interval) {
		while (f + 1 < frames.length && frames[f + 1].time <= time) f += 1;
		out.push({ time, frame: f });
	}
	return out;
}

/**
 * The frame the first paint is presented in: the first frame at or after `firstMap` whose map
 * area is not blank. `firstMap` is timed in the animation frame before its frame renders, and on
 * a throttled CPU the compositor may present frames of the old content until that frame is
 * committed (100–250 ms); those show the screen before the first paint. If no frame after
 * `firstMap` has a map, the first frame at or after it: a picture that never shows is sampled,
 * and counted blank. Pure: `blank(i)` judges frame i.
 * @returns {number} an index into `frames`, -1 if none is at or after `firstMap`
 */
export function firstPaintedFrame(frames, firstMap, blank) {
	const first = frames.findIndex((frame) => frame.time >= firstMap);
	if (first < 0) return first;
	for (let i = first; i < frames.length; i++) if (!blank(i)) return i;
	return first;
}

/**
 * Installed before any page script (page.addInitScript): the map area's box in every frame
 * until ready, kept each time it changes (the layout may still move while the page loads).
 */
export function areaProbe(selector) {
	const boxes = (window.__benchArea = []);
	const poll = () => {
		const r = document.querySelector(selector)?.getBoundingClientRect();
		const last = boxes[boxes.length - 1];
		if (r && r.width > 0 && r.height > 0) {
			const box = { x: r.x, y: r.y, width: r.width, height: r.height };
			if (!last || ['x', 'y', 'width', 'height'].some((k) => last[k] !== box[k]))
				boxes.push({ time: performance.now(), ...box });
		}
		if (window.__bench?.ready == null) requestAnimationFrame(poll);
	};
	requestAnimationFrame(poll);
}

/**
 * One throttled load of `url` in a fresh `page` (with measure.mjs's instrument installed),
 * `cdp` a DevTools session on it. Returns the first painted map, ready, the samples between
 * them and which were blank, with their times from navigation start.
 */
export async function throttledLoad(page, cdp, url, opts) {
	const { rate = 4, interval = 100, selector, timeout = 180_000 } = opts;
	await page.addInitScript(areaProbe, selector);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	const viewport = page.viewportSize();
	const shots = [];
	cdp.on('Page.screencastFrame', (frame) => {
		// Presentation time on the wall clock (seconds), which the page's timeOrigin shares.
		shots.push({ at: frame.metadata.timestamp * 1000, meta: frame.metadata, png: frame.data });
		cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => {});
	});
	await cdp.send('Page.startScreencast', {
		format: 'png',
		maxWidth: Math.round(viewport.width / 2),
		maxHeight: Math.round(viewport.height / 2),
		everyNthFrame: 1
	});
	await page.goto(url, { waitUntil: 'commit', timeout });
	const t = await waitReady(page, timeout);
	const boxes = await page.evaluate(() => window.__benchArea);
	await cdp.send('Page.stopScreencast');

	const origin = t.readyAt - t.ready;
	const firstMap = firstMapPaint(t);
	const frames = shots.map((s) => ({ ...s, time: s.at - origin })).sort((a, b) => a.time - b.time);
	const decoded = new Map();
	/** Frame `index` decoded, and the map area's box at `time` in its pixels. */
	const area = (index, time) => {
		const frame = frames[index];
		let image = decoded.get(index);
		if (!image) decoded.set(index, (image = PNG.sync.read(Buffer.from(frame.png, 'base64'))));
		const box = boxes.findLast((b) => b.time <= time) ?? boxes[0];
		if (!box) return { image, rect: null };
		const scale = image.width / frame.meta.deviceWidth;
		const rect = {
			x: (box.x - frame.meta.scrollOffsetX) * scale,
			y: (box.y + frame.meta.offsetTop - frame.meta.scrollOffsetY) * scale,
			width: box.width * scale,
			height: box.height * scale
		};
		return { image, rect };
	};
	const judge = (index, time) => {
		if (index < 0) return { blank: true, share: 1, colour: null, why: 'no frame yet' };
		const { image, rect } = area(index, time);
		if (!rect) return { blank: true, share: 1, colour: null, why: 'no map area' };
		const { share, colour } = dominantShare(image, rect);
		return { blank: share > BLANK_SHARE, share, colour };
	};
	const shown = firstPaintedFrame(frames, firstMap, (i) => judge(i, frames[i].time).blank);
	const from = shown >= 0 ? frames[shown].time : firstMap;
	const samples = sampleTimes(frames, from, t.ready, interval).map(({ time, frame }) => ({
		time,
		frameAt: frame < 0 ? null : frames[frame].time,
		...judge(frame, time)
	}));
	const blank = samples.filter((s) => s.blank);
	return {
		rate,
		interval,
		firstMap,
		// When the first frame with the map was presented, where sampling starts.
		shownAt: from,
		tti: t.ready,
		frames: frames.filter((f) => f.time >= firstMap && f.time <= t.ready).length,
		samples: samples.length,
		blank: blank.length,
		blankAt: blank.map((s) => s.time),
		boxes,
		shares: samples
	};
}
