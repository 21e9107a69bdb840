import { describe, expect, it } from 'vitest';
import { LABEL_FONT, LAYER, SOURCE } from './ids';
import { atlasStyle } from './style';
import { darkTheme, lightTheme } from './theme';

const fontUrl = 'http://localhost/_app/immutable/assets/noto-sans-latin-400-normal.woff2';

describe('atlasStyle', () => {
	const style = atlasStyle({ theme: lightTheme, fontUrl });

	it('draws background, fills, borders, selection, dots and labels in that order', () => {
		expect(style.layers.map((l) => l.id)).toEqual([
			LAYER.background,
			LAYER.countryFill,
			LAYER.countryBorder,
			LAYER.countrySelected,
			LAYER.countryDot,
			LAYER.countryLabel
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
		const background = atlasStyle({ theme, fontUrl }).layers[0];
		expect(background.type === 'background' && background.paint?.['background-color']).toBe(sea);
	});
});
