/**
 * The map picture shows the URL's own view from its first paint: a small script right after
 * the picture in the HTML reads the address and sets the picture's year, layers and selection
 * before the browser paints, with no wait for the page's code or data. The picture's classes for
 * every year travel with it, one short string per country (about 2.5 KB gzip); the page's code
 * later takes the picture over with the same classes (./MapPicture.svelte).
 */
import type { Atlas } from '$lib/data/atlas';
import { FIRST_YEAR, LAST_YEAR } from '$lib/data/years';
import { DEFAULT_LAYERS, MEASURES, DEFAULT_MEASURE } from '$lib/state/url';
import { classesFor } from './classes';

/** The hosting class and OIC standing share one letter: `HOSTING.length × OIC.length` of them. */
const HOSTING = ['', '1', '2', '3', 'b'];
const OIC = ['', 'member', 'observer'];
const LETTERS = 'abcdefghijklmno';

export interface PictureYears {
	first: number;
	last: number;
	/** The layers shown when the address names none. */
	layers: string[];
	/** The measures whose map hides the contributors' colours (the fallen modes). */
	noContributors: string[];
	hosting: string[];
	oic: string[];
	letters: string;
	/**
	 * Per country with any class in any year, two characters a year from `first`: the personnel
	 * class, and a letter for hosting × 3 + OIC standing. Countries absent are plain every year.
	 */
	rows: Record<string, string>;
}

/** The picture's classes of every year, for the countries drawn (`ids`). */
export function pictureYears(atlas: Atlas, ids: string[]): PictureYears {
	const rows: Record<string, string> = {};
	for (const iso3 of ids) {
		let row = '';
		for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			const { p, h, oic } = classesFor(atlas, iso3, year);
			row += p + LETTERS[HOSTING.indexOf(h) * OIC.length + OIC.indexOf(oic)];
		}
		if (/[^0a]/.test(row)) rows[iso3] = row;
	}
	return {
		first: FIRST_YEAR,
		last: LAST_YEAR,
		layers: DEFAULT_LAYERS,
		noContributors: MEASURES.filter((m) => m !== DEFAULT_MEASURE),
		hosting: HOSTING,
		oic: OIC,
		letters: LETTERS,
		rows
	};
}

/**
 * Runs in the page, as the picture's inline script (its source is written into the HTML, so it
 * uses nothing from outside itself). Reads the year, country, layers and measure as the app's
 * URL contract does (`parseView` in $lib/state/url.ts); what it cannot read it leaves as built.
 */
export function showUrlView(script: Element | null, data: PictureYears): void {
	const picture = script && script.closest('.map-picture');
	if (!picture) return;
	const query = new URLSearchParams(location.search);
	const yearText = query.get('year');
	let year = data.last;
	if (yearText !== null && /^\s*-?\d{1,6}\s*$/.test(yearText))
		year = Math.min(data.last, Math.max(data.first, Number(yearText)));
	const country = (query.get('country') || '').trim().toUpperCase();
	const layersText = query.get('layers');
	const layers =
		layersText === null
			? data.layers
			: layersText.split(',').map((layer) => layer.trim().toLowerCase());
	const measure = (query.get('measure') || '').trim().toLowerCase();
	picture.classList.toggle(
		'no-contributors',
		!layers.includes('contributors') || data.noContributors.includes(measure)
	);
	picture.classList.toggle('no-hosts', !layers.includes('hosts'));
	picture.setAttribute('data-picture-year', String(year));
	const at = 2 * (year - data.first);
	for (const path of picture.querySelectorAll('path[data-iso3]')) {
		const iso3 = path.getAttribute('data-iso3') || '';
		const row = data.rows[iso3] || '';
		const letter = Math.max(0, data.letters.indexOf(row.charAt(at + 1)));
		path.setAttribute('data-p', row.charAt(at) || '0');
		path.setAttribute('data-h', data.hosting[Math.floor(letter / data.oic.length)]);
		path.setAttribute('data-oic', data.oic[letter % data.oic.length]);
		path.toggleAttribute('data-selected', iso3 === country);
	}
}

/** The inline script's text: the function above, called on its own element with the data. */
export function urlViewScript(data: PictureYears): string {
	// `<` written as an escape: no "</script>" can end the element early.
	const json = JSON.stringify(data).replace(/</g, '\\u003c');
	return `(${showUrlView.toString()})(document.currentScript,${json})`;
}
