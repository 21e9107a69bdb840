/**
 * For tests (unit and end-to-end): the WCAG 2 contrast ratio of two CSS colours, in any form
 * d3-color reads (`#rrggbb`, `rgb(…)` as getComputedStyle gives it).
 */
import { rgb } from 'd3-color';

function luminance(colour: string): number {
	const { r, g, b } = rgb(colour);
	const [lr, lg, lb] = [r, g, b].map((v) => {
		const x = v / 255;
		return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}
