/**
 * The colour scales checked for colour-vision deficiencies: under simulated protanopia,
 * deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1.0) every class of
 * the personnel ramp stays lighter or darker than the next (so order reads by lightness alone)
 * and visibly distinct from it.
 */
import { lab, rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { PERSONNEL_COLOURS } from './personnel';
import { FALLEN_COLOURS } from './fallen';
import { contrastTheme, lightTheme } from '$lib/map/theme';

const MATRICES = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function simulate(hex: string, m: number[][]): string {
	const { r, g, b } = rgb(hex);
	const lin = [r, g, b].map((v) => toLinear(v / 255));
	const out = m.map((row) =>
		Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]))
	);
	return rgb(...(out.map((v) => toSrgb(v) * 255) as [number, number, number])).formatHex();
}

const deltaE = (a: string, b: string) => {
	const [x, y] = [lab(a), lab(b)];
	return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
};

describe.each([
	...Object.entries(PERSONNEL_COLOURS).map(([k, v]) => [`${k} personnel`, v] as const),
	...Object.entries(FALLEN_COLOURS).map(([k, v]) => [`${k} fallen`, v] as const)
])('the %s ramp', (_, colours) => {
	it.each(Object.entries(MATRICES))('reads in order and stays distinct under %s', (_, m) => {
		const seen = colours.map((c) => simulate(c, m));
		const lightness = seen.map((c) => lab(c).l);
		const steps = lightness.slice(1).map((l, i) => l - lightness[i]);
		expect(steps.every((s) => s < 0) || steps.every((s) => s > 0), lightness.join(' ')).toBe(true);
		for (let i = 1; i < seen.length; i++) expect(deltaE(seen[i - 1], seen[i])).toBeGreaterThan(8);
	});
});

describe('the high-contrast map (lectures on washed-out projectors)', () => {
	const [land, none, ...ramp] = [
		contrastTheme.land,
		contrastTheme.oicLand,
		...PERSONNEL_COLOURS.contrast
	];
	const adjacent = (cs: string[]) => cs.slice(1).map((c, i) => deltaE(cs[i], c));

	it('keeps "none reported" and the first class well apart from white land', () => {
		expect(deltaE(land, none)).toBeGreaterThan(15);
		expect(deltaE(none, ramp[0])).toBeGreaterThan(15);
		expect(deltaE(land, ramp[0])).toBeGreaterThan(15);
	});

	it('sets its classes further apart than the everyday light ramp', () => {
		const light = [lightTheme.land, lightTheme.oicLand, ...PERSONNEL_COLOURS.light];
		expect(Math.min(...adjacent([land, none, ...ramp]))).toBeGreaterThan(
			Math.min(...adjacent(light))
		);
	});
});
