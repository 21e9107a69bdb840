/**
 * A PNG of the current view: the live map's canvas, read back in the frame it was drawn
 * (no preserveDrawingBuffer needed), with a line saying what it shows and where the data is from.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export function captureMap(map: MapLibreMap, caption: string, credit: string): Promise<Blob> {
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			const source = map.getCanvas();
			const footer = Math.round(source.height * 0.09);
			const out = document.createElement('canvas');
			out.width = source.width;
			out.height = source.height + footer;
			const g = out.getContext('2d');
			if (!g) return reject(new Error('No 2D canvas'));
			g.fillStyle = '#ffffff';
			g.fillRect(0, 0, out.width, out.height);
			g.drawImage(source, 0, 0);
			g.fillStyle = '#1b1b1b';
			g.font = `600 ${Math.round(footer * 0.34)}px "Noto Sans", sans-serif`;
			g.fillText(caption, footer * 0.3, source.height + footer * 0.45);
			g.font = `${Math.round(footer * 0.25)}px "Noto Sans", sans-serif`;
			g.fillStyle = '#55534d';
			g.fillText(credit, footer * 0.3, source.height + footer * 0.82);
			out.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))),
				'image/png'
			);
		});
		map.triggerRepaint();
	});
}
