import { describe, expect, it } from 'vitest';
import { LABEL_FONT, LAYER, SOURCE } from './ids';
import { hostScale } from '$lib/scales/hosts';
import { personnelScale } from '$lib/scales/personnel';
import { sizes } from '$lib/scales/sizeScales';
import { atlasStyle, type StyleOptions } from './style';
import { darkTheme, lightTheme, type MapTheme } from './theme';

const fontUrl = 'http://localhost/_app/immutable/assets/noto-sans-latin-400-normal.woff2';
const scales = {
	personnel: personnelScale(),
	hosts: hostScale(),
	...sizes(25000, 10000)
};
const options = (theme: MapTheme, contributors = true): StyleOptions => ({
	theme,
	fontUrl,
	scales,
	contributors
});

describe('atlasStyle', () => {
	const style = atlasStyle(options(lightTheme));

	it('draws in the order of LAYER: background first, labels last', () => {
		expect(style.layers.map((l) => l.id)).toEqual(Object.values(LAYER));
	});

	it('colours countries by personnel only while the contributors layer shows', () => {
		const fill = (contributors: boolean) =>
			atlasStyle(options(lightTheme, contributors)).layers.find((l) => l.id === LAYER.countryFill);
		expect(JSON.stringify(fill(true))).toContain('personnel');
		expect(JSON.stringify(fill(false))).not.toContain('personnel');
		expect(JSON.stringify(fill(false))).toContain(lightTheme.oicLand);
	});

	it('paints states outside the year’s OIC as plain land, whatever they sent', () => {
		const fill = atlasStyle(options(lightTheme, true)).layers.find(
			(l) => l.id === LAYER.countryFill
		);
		if (fill?.type !== 'fill') throw new Error('no fill layer');
		const colour = fill.paint?.['fill-color'] as unknown[];
		// Outside the OIC of the year: the land colour, no personnel class, at full opacity.
		expect(colour[0]).toBe('case');
		expect(colour.at(-1)).toBe(lightTheme.land);
		expect(JSON.stringify(colour.at(-1))).not.toContain('personnel');
		expect(fill.paint?.['fill-opacity']).toBe(1);
	});

	it('draws the year’s observers with a dashed outline, not only another colour', () => {
		const line = style.layers.find((l) => l.id === LAYER.observerOutline);
		expect(line?.type).toBe('line');
		if (line?.type !== 'line') return;
		expect(line.paint?.['line-dasharray']).toEqual([2, 1.5]);
		expect(line.paint?.['line-opacity']).toEqual([
			'case',
			['==', ['to-number', ['feature-state', 'oic'], 0], 2],
			1,
			0
		]);
	});

	it('needs no network: no glyph server, no sprite, no remote source', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const source of Object.values(style.sources)) {
			expect(source.type).toBe('geojson');
			expect('url' in source).toBe(false);
		}
	});

	it('renders labels from the self-hosted font it is given', () => {
		expect(style['font-faces']).toEqual({ [LABEL_FONT]: fontUrl });
		const label = style.layers.find((l) => l.id === LAYER.countryLabel);
		expect(label?.type === 'symbol' && label.layout?.['text-font']).toEqual([LABEL_FONT]);
	});

	it('keys countries by ISO alpha-3, so feature state can restyle them', () => {
		const countries = style.sources[SOURCE.countries];
		expect(countries.type === 'geojson' && countries.promoteId).toBe('iso3');
	});

	it.each([
		{ theme: lightTheme, sea: lightTheme.sea },
		{ theme: darkTheme, sea: darkTheme.sea }
	])('paints the sea of the $theme.name theme', ({ theme, sea }) => {
		const background = atlasStyle(options(theme)).layers[0];
		expect(background.type === 'background' && background.paint?.['background-color']).toBe(sea);
	});
});
