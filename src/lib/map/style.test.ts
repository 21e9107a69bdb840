import { describe, expect, it } from 'vitest';
import { LABEL_FONT, LAYER, SOURCE } from './ids';
import { hostScale } from '$lib/scales/hosts';
import { personnelScale } from '$lib/scales/personnel';
import { sizes } from '$lib/scales/sizeScales';
import { atlasStyle, type StyleOptions } from './style';
import { darkTheme, lightTheme, type MapTheme } from './theme';
import { colour, evaluate } from './expression.testing';
import {
	expression,
	latest,
	type LayerSpecification,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';

const labelFaces = 'http://localhost/_app/immutable/assets/noto-sans-latin-400-normal.woff2';
const scales = {
	personnel: personnelScale(),
	hosts: hostScale(),
	...sizes(25000, 10000)
};
const options = (theme: MapTheme, contributors = true): StyleOptions => ({
	theme,
	labelFaces,
	scales,
	contributors
});

describe('atlasStyle', () => {
	const style = atlasStyle(options(lightTheme));

	it('draws in the order of LAYER: background first, labels last', () => {
		expect(style.layers.map((l) => l.id)).toEqual(Object.values(LAYER));
	});

	/** The colour the fill layer gives a country with this feature state. */
	const fillOf = (contributors: boolean, state: Record<string, unknown>) => {
		const fill = atlasStyle(options(lightTheme, contributors)).layers.find(
			(l) => l.id === LAYER.countryFill
		);
		if (fill?.type !== 'fill') throw new Error('no fill layer');
		expect(fill.paint?.['fill-opacity']).toBe(1);
		return evaluate(fill.paint?.['fill-color'], 'color', { state });
	};
	// Pakistan in 2024: a member (oic 1) with 5,000 or more sent (class 6).
	const member = { oic: 1, personnelClass: 6 };

	it('colours the year’s OIC states by personnel only while the contributors layer shows', () => {
		expect(fillOf(true, member)).toBe(colour(scales.personnel.range()[5]));
		expect(fillOf(true, { oic: 2, personnelClass: 2 })).toBe(colour(scales.personnel.range()[1]));
		// No personnel that year: the OIC's own land colour, not a class.
		expect(fillOf(true, { oic: 1, personnelClass: 0 })).toBe(colour(lightTheme.oicLand));
		expect(fillOf(false, member)).toBe(colour(lightTheme.oicLand));
	});

	it('paints states outside the year’s OIC as plain land, whatever they sent', () => {
		for (const contributors of [true, false]) {
			expect(fillOf(contributors, { oic: 0, personnelClass: 6 })).toBe(colour(lightTheme.land));
			expect(fillOf(contributors, {})).toBe(colour(lightTheme.land));
		}
	});

	it('draws the year’s observers with a dashed outline, not only another colour', () => {
		const line = style.layers.find((l) => l.id === LAYER.observerOutline);
		if (line?.type !== 'line') throw new Error('no observer outline layer');
		expect(line.paint?.['line-dasharray']).toEqual([2, 1.5]);
		const opacity = (state: Record<string, unknown>) =>
			evaluate(line.paint?.['line-opacity'], 'number', { state });
		expect(opacity({ oic: 2 })).toBe(1);
		expect(opacity({ oic: 1 })).toBe(0);
		expect(opacity({})).toBe(0);
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
		expect(style['font-faces']).toEqual({ [LABEL_FONT]: labelFaces });
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

/**
 * How MapLibre will bind each of a layer's per-feature-capable paint properties: a uniform
 * (constant, or by zoom only), an attribute (by feature), or an attribute interpolated by zoom.
 * Layers of one type with the same binding share one shader program (one compile at first load).
 */
function programKey(layer: LayerSpecification): string {
	const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
		`paint_${layer.type}`
	];
	const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
	return Object.entries(specs)
		.filter(([, spec]) => /data-driven/.test(String(spec['property-type'])))
		.map(([name, spec]) => {
			const value = paint?.[name];
			if (!Array.isArray(value) || typeof value[0] !== 'string') return `${name}:u`;
			const parsed = expression.createPropertyExpression(value, name, spec);
			if (parsed.result !== 'success') throw new Error(`${layer.id} ${name} does not parse`);
			const kind = parsed.value.kind;
			return `${name}:${kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u'}`;
		})
		.join(' ');
}

describe('shader programs', () => {
	it.each([lightTheme, darkTheme])(
		'the outlines of hosts and of the selection share one, as do the missions’ circles and the host badges (%#)',
		(theme) => {
			const layers = atlasStyle(options(theme)).layers;
			const key = (id: string) => programKey(layers.find((l) => l.id === id)!);
			expect(key(LAYER.hostOutline)).toBe(key(LAYER.countrySelected));
			expect(key(LAYER.missionCircles)).toBe(key(LAYER.missionRings));
			expect(key(LAYER.hostBadge)).toBe(key(LAYER.missionCircles));
			// And a key tells a per-feature colour from a constant one (the test can fail).
			expect(key(LAYER.countryBorder)).not.toBe(key(LAYER.hostOutline));
		}
	);

	it('the countries’ fill draws no outline pass of its own (the borders’ layer draws every edge)', () => {
		const fill = atlasStyle(options(lightTheme)).layers.find((l) => l.id === LAYER.countryFill);
		expect(fill?.type === 'fill' && fill.paint?.['fill-antialias']).toBe(false);
	});
});
