/**
 * How each line of a comparison is told apart without its colour: a dash pattern and a marker
 * shape per place (the selected country first, solid with circles). The key and the chart
 * draw from the same lists, so they cannot disagree.
 */
export const DASHES = ['none', '6 3', '2 2', '9 3 2 3', '1 2.5'] as const;
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'plus'] as const;
export type Shape = (typeof SHAPES)[number];

/** An SVG path of a marker of radius `r` centred on (x, y). */
export function markerPath(shape: Shape, x: number, y: number, r: number): string {
	const f = (n: number) => Math.round(n * 10) / 10;
	const at = (points: [number, number][]) =>
		'M' + points.map(([dx, dy]) => `${f(x + dx)},${f(y + dy)}`).join('L') + 'Z';
	switch (shape) {
		case 'circle':
			return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
		case 'square':
			return at([
				[-r * 0.85, -r * 0.85],
				[r * 0.85, -r * 0.85],
				[r * 0.85, r * 0.85],
				[-r * 0.85, r * 0.85]
			]);
		case 'triangle':
			return at([
				[0, -r * 1.15],
				[r * 1.05, r * 0.75],
				[-r * 1.05, r * 0.75]
			]);
		case 'diamond':
			return at([
				[0, -r * 1.2],
				[r * 1.2, 0],
				[0, r * 1.2],
				[-r * 1.2, 0]
			]);
		case 'plus': {
			const w = r * 0.4;
			return at([
				[-w, -r * 1.1],
				[w, -r * 1.1],
				[w, -w],
				[r * 1.1, -w],
				[r * 1.1, w],
				[w, w],
				[w, r * 1.1],
				[-w, r * 1.1],
				[-w, w],
				[-r * 1.1, w],
				[-r * 1.1, -w],
				[-w, -w]
			]);
		}
	}
}
