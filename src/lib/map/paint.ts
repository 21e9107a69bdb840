import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

/**
 * Applies the paint properties of `style` to the layers already on the map: a theme change
 * restyles in place, without re-uploading the shapes the sources hold.
 */
export function applyPaint(map: MapLibreMap, style: StyleSpecification): void {
	// MapLibre types each property per layer kind; the spec we hand over is already typed.
	const setPaint = map.setPaintProperty.bind(map) as (id: string, name: string, v: unknown) => void;
	for (const layer of style.layers) {
		if (!map.getLayer(layer.id) || !('paint' in layer) || !layer.paint) continue;
		for (const [property, value] of Object.entries(layer.paint)) {
			setPaint(layer.id, property, value);
		}
	}
}
