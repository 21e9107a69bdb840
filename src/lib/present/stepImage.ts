/**
 * "Save this step as an image": a 1920×1080 PNG of the map (covering the frame) with the
 * step's title and caption on a panel, for slide decks.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export const SLIDE = { width: 1920, height: 1080 };

function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (g.measureText(next).width > width && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export function stepImage(
	map: MapLibreMap,
	title: string,
	caption: string,
	credit: string
): Promise<Blob> {
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			const src = map.getCanvas();
			const out = document.createElement('canvas');
			out.width = SLIDE.width;
			out.height = SLIDE.height;
			const g = out.getContext('2d');
			if (!g) return reject(new Error('No 2D canvas'));
			const scale = Math.max(SLIDE.width / src.width, SLIDE.height / src.height);
			const [w, h] = [src.width * scale, src.height * scale];
			g.drawImage(src, (SLIDE.width - w) / 2, (SLIDE.height - h) / 2, w, h);
			g.font = '34px "Noto Sans", sans-serif';
			const lines = wrap(g, caption, 720);
			const boxHeight = 130 + lines.length * 46;
			g.fillStyle = 'rgba(255,255,255,0.94)';
			g.fillRect(60, SLIDE.height - boxHeight - 60, 800, boxHeight);
			g.fillStyle = '#1b1b1b';
			g.font = '600 46px "Noto Sans", sans-serif';
			g.fillText(title, 100, SLIDE.height - boxHeight - 60 + 70);
			g.font = '34px "Noto Sans", sans-serif';
			lines.forEach((l, i) => g.fillText(l, 100, SLIDE.height - boxHeight - 60 + 125 + i * 46));
			g.font = '22px "Noto Sans", sans-serif';
			g.fillStyle = '#55534d';
			g.fillText(credit, 100, SLIDE.height - 80);
			out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png');
		});
		map.triggerRepaint();
	});
}
