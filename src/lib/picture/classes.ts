/**
 * How the static map picture encodes a country's state in data attributes, shared by the
 * build (which writes them for the default year) and the browser (which rewrites them as the
 * year changes): `data-p` the personnel class (0 = none), `data-h` hosting (1, 2, 3, or "b"
 * for hosted before), `data-oic` the OIC standing that year ("member", "observer" or ""). The colours come from the same scales as the live map.
 */
import type { Atlas } from '$lib/data/atlas';
import { hostScale } from '$lib/scales/hosts';
import { personnelClass, personnelScale } from '$lib/scales/personnel';
import { HOSTED_BEFORE_COLOUR } from '$lib/scales/hosts';
import { lightTheme, darkTheme } from '$lib/map/theme';
import { formatNumber } from '$lib/i18n/format';

/** The classes are the scale's, whichever colours a theme gives them. */
const CLASSES = personnelScale();

export function hostClass(active: number, before: boolean): string {
	return active >= 3 ? '3' : active > 0 ? String(active) : before ? 'b' : '';
}

export function classesFor(
	atlas: Atlas,
	iso3: string,
	year: number
): { p: string; h: string; oic: string } {
	const host = atlas.hostState(iso3, year);
	return {
		oic: atlas.oicIn(iso3, year) ?? '',
		p: String(personnelClass(CLASSES, atlas.personnel(iso3, year)?.total ?? 0)),
		h: hostClass(host.active.length, host.state === 'hosted-before')
	};
}

/**
 * A country's link in the picture is named for a screen reader as the live map's hover names it:
 * the country and its uniformed personnel that year, or the name alone when it sent none.
 */
export function pictureLabel(atlas: Atlas, iso3: string, name: string, year: number): string {
	const total = atlas.personnel(iso3, year)?.total ?? 0;
	return total ? `${name}: ${formatNumber(total)}` : name;
}

/** CSS custom properties for the picture's colours, light and dark, from the scales. */
export function pictureColours(): string {
	const [light, dark] = [personnelScale('light').range(), personnelScale('dark').range()];
	const [hostsLight, hostsDark] = [hostScale('light').range(), hostScale('dark').range()];
	const both = (a: string, b: string) => `light-dark(${a}, ${b})`;
	return [
		`--pic-sea: ${both(lightTheme.sea, darkTheme.sea)}`,
		`--pic-land: ${both(lightTheme.land, darkTheme.land)}`,
		`--pic-oic: ${both(lightTheme.oicLand, darkTheme.oicLand)}`,
		`--pic-border: ${both(lightTheme.border, darkTheme.border)}`,
		`--pic-observer: ${both(lightTheme.observerOutline, darkTheme.observerOutline)}`,
		...light.map((c, i) => `--pic-p${i + 1}: ${both(c, dark[i])}`),
		...hostsLight.map((c, i) => `--pic-h${i + 1}: ${both(c, hostsDark[i])}`),
		`--pic-hb: ${HOSTED_BEFORE_COLOUR}`
	].join('; ');
}
