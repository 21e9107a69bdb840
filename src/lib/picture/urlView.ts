/**
 * The map picture shows the URL's own view from its first paint: a small script right after
 * the picture in the HTML reads the address and sets the picture's year, layers and selection
 * before the browser paints, with no wait for the page's code or data; a click on a country
 * before the page's code has run is kept for it. The picture's classes for
 * every year travel with it, one short string per country (about 2.5 KB gzip); the page's code
 * later takes the picture over with the same classes (./MapPicture.svelte).
 */
import type { Atlas } from '$lib/data/atlas';
import { FIRST_YEAR, LAST_YEAR } from '$lib/data/years';
import { DEFAULT_LAYERS, MEASURES, DEFAULT_MEASURE } from '$lib/state/url';
import { classesFor } from './classes';
import { showEarlyPick } from './earlyPick';

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
 * Runs in the page, as the script before the picture's SVG. Until the view is set the SVG stays
 * out of sight (no partly parsed outlines, no other year for a frame), and a click on a country
 * before the page's code has run is kept for it (MapPicture takes it up), not lost and not a
 * reload: the country is marked at once and its panel opens, naming it, its figures to follow
 * (./earlyPick.ts). Should the code not come within 10 s, the link's own page. Enter pressed in
 * a search field meanwhile is kept too.
 */
export function holdClicks(script: Element | null, loading: string): void {
	const picture = script && script.parentElement;
	if (!picture) return;
	picture.setAttribute('data-setting-view', '');
	picture.addEventListener('click', (event) => {
		if (picture.hasAttribute('data-app')) return;
		const link = (event.target as Element).closest('a');
		const path = link && link.querySelector('path[data-iso3]');
		if (!link || !path) return;
		event.preventDefault();
		picture.setAttribute('data-pending-country', path.getAttribute('data-iso3') || '');
		for (const other of picture.querySelectorAll('path[data-selected]'))
			other.removeAttribute('data-selected');
		path.setAttribute('data-selected', '');
		// The panel may not be parsed yet: try again each frame until it is, unless the app has
		// taken over or another country has been picked since.
		const iso3 = path.getAttribute('data-iso3');
		const show = () => {
			if (picture.hasAttribute('data-app')) return;
			if (picture.getAttribute('data-pending-country') !== iso3) return;
			if (!showEarlyPick(link.getAttribute('data-name') || '', loading))
				requestAnimationFrame(show);
		};
		show();
		setTimeout(() => {
			if (!picture.hasAttribute('data-app')) location.assign(link.href);
		}, 10000);
	});
	// A button or checkbox of an island pressed before anything listens: not toggled now (the
	// island's code would set it back), marked for its island to press again once its code is
	// in (src/lib/islands/Island.svelte). Pressed twice, it is as it was.
	picture.ownerDocument.addEventListener(
		'click',
		(event) => {
			if (picture.hasAttribute('data-app')) return;
			const target = event.target as Element | null;
			// The controls an island presses again (Island.svelte's `reach`), of islands not yet live.
			const early =
				'[data-island]:not([data-live]) button, [data-island]:not([data-live]) summary, ' +
				'[data-island]:not([data-live]) input[type=checkbox]';
			const button = target && target.closest && target.closest(early);
			if (!button) return;
			event.preventDefault();
			button.toggleAttribute('data-pressed-early');
		},
		true
	);
	// Enter in a search field before anything listens: marked for its island to press again
	// (src/lib/islands/Island.svelte), which then opens the match.
	picture.ownerDocument.addEventListener(
		'keydown',
		(event) => {
			const field = event.target as HTMLInputElement | null;
			if (picture.hasAttribute('data-app') || event.key !== 'Enter') return;
			if (!field || field.type !== 'search' || !field.id) return;
			event.preventDefault();
			field.setAttribute('data-enter-early', '');
		},
		true
	);
}

/**
 * Runs in the page, as the picture's inline script (its source is written into the HTML, so it
 * uses nothing from outside itself). Reads the year, country, layers and measure as the app's
 * URL contract does (`parseView` in $lib/state/url.ts); what it cannot read it leaves as built.
 */
export function showUrlView(script: Element | null, data: PictureYears): void {
	const picture = script && script.parentElement;
	if (!picture) return;
	try {
		setView(picture, data);
		picture.setAttribute('data-view-set', '');
	} finally {
		// In a page whose layout goes on below the map (the explorer's panel and controls, marked
		// `data-stage` with a `data-stage-end` after them), the map's size is known only once that
		// HTML has arrived and its text is set in its own face (a fallback face wraps the legend
		// differently): shown earlier, the picture would fill the window for a frame, then jump.
		// The end marker's own script shows it as soon as that HTML is parsed (revealAtStageEnd);
		// until then, each frame, before it paints, checks; after 1.5 s it shows regardless.
		const stage = picture.closest('[data-stage]');
		// The stage's other parts may show the prerendered view only while the link has no view
		// of its own (the panel's overview, src/lib/islands/Island.svelte).
		if (stage && location.search) stage.setAttribute('data-url-view', '');
		// The map's frame first: the panel's overview, the most text the stage has, shows two
		// frames after the picture (Island.svelte). Painted in the picture's own frame, its text
		// delayed that frame: on two cores in software, the map reached the screen 12–15% later
		// (docs/performance.md, "What the screen shows"). A safety net if no reveal ever runs.
		const later = () => stage && stage.removeAttribute('data-map-first');
		if (stage) {
			stage.setAttribute('data-map-first', '');
			setTimeout(later, 2000);
		}
		const reveal = () => {
			const parsed =
				!stage || stage.querySelector('[data-stage-end]') || document.readyState !== 'loading';
			const faces = document.fonts;
			if ((parsed && (!faces || faces.status === 'loaded')) || performance.now() > 1500) {
				picture.removeAttribute('data-setting-view');
				requestAnimationFrame(() => requestAnimationFrame(later));
			} else requestAnimationFrame(reveal);
		};
		reveal();
	}
}

/**
 * Runs in the page, as the script inside the stage's end marker (`STAGE_END_MARK`): the HTML that
 * sizes the map has just been parsed, so the picture, its view set, can show in the page's first
 * frame. Left to showUrlView's check before each frame, it came a frame later, and a frame of a
 * page this size takes 100–200 ms to lay out and paint on a slow machine.
 *
 * First the stage's text faces are asked for, now rather than by the first layout (they are
 * preloaded, so usually already here): shown before they are in, the picture would move if they
 * came within their block period, the legend set in a fallback face wrapping differently. A face
 * that is slow keeps the picture hidden until it comes, or until showUrlView's check gives up
 * waiting (1.5 s).
 */
export function revealAtStageEnd(script: Element | null): void {
	const stage = script && script.closest('[data-stage]');
	const picture = stage && stage.querySelector('[data-setting-view][data-view-set]');
	if (!stage || !picture) return;
	// The overview follows two frames after the picture (showUrlView's `data-map-first`).
	const show = () => {
		picture.removeAttribute('data-setting-view');
		requestAnimationFrame(() =>
			requestAnimationFrame(() => stage.removeAttribute('data-map-first'))
		);
	};
	const faces = document.fonts;
	if (!faces || !faces.load) return show();
	const family = getComputedStyle(stage).fontFamily;
	const text = (stage.textContent || '').slice(0, 400);
	Promise.all(['400', '600'].map((weight) => faces.load(`${weight} 1em ${family}`, text))).then(
		show,
		show
	);
}

/** The stage's end marker as the page's HTML carries it, with its script. */
export function stageEnd(): { html: string; script: string } {
	const script = `(${revealAtStageEnd.toString()})(document.currentScript)`;
	return { html: `<span data-stage-end hidden><script>${script}</script></span>`, script };
}

/** The promise SvelteKit's boot script waits for on a page whose map's frame comes first. */
export const AFTER_MAP_FRAME = '__atlasAfterMapFrame';

/**
 * Runs in the page, just before SvelteKit's boot script, on a page with the map's frame first
 * (`data-map-first`, set by showUrlView): the scripts' preload links (in the `<template>` just
 * before this script) go into the page, and the boot script goes on, once the picture's frame
 * and the two after it are done. Fetched and compiled while that frame was being rasterised,
 * MapLibre's and the app's modules took the same two cores, and the map reached the screen
 * about 13% later (docs/performance.md, "What the screen shows"). A page without the mark
 * (no picture, no script of the picture's, or the mark already cleared) loads them at once;
 * showUrlView's 2 s safety net clears the mark should no frame come.
 */
export function scriptsAfterMapFrame(script: Element | null, name: string): void {
	const links = script && script.previousElementSibling;
	const load = () => {
		if (links instanceof HTMLTemplateElement) document.head.append(links.content.cloneNode(true));
	};
	const stage = document.querySelector('[data-stage]');
	if (!stage || !stage.hasAttribute('data-map-first')) return load();
	(window as unknown as Record<string, Promise<void>>)[name] = new Promise<void>((go) => {
		const watch = new MutationObserver(() => {
			if (stage.hasAttribute('data-map-first')) return;
			watch.disconnect();
			load();
			go();
		});
		watch.observe(stage, { attributes: true, attributeFilter: ['data-map-first'] });
	});
}

/** The script that runs scriptsAfterMapFrame, as the page's HTML carries it. */
export function scriptsAfterMapFrameScript(): string {
	return `(${scriptsAfterMapFrame.toString()})(document.currentScript, ${JSON.stringify(AFTER_MAP_FRAME)})`;
}

function setView(picture: Element, data: PictureYears): void {
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
	const svg = picture.querySelector('svg');
	if (!svg) return;
	svg.classList.toggle(
		'no-contributors',
		!layers.includes('contributors') || data.noContributors.includes(measure)
	);
	svg.classList.toggle('no-hosts', !layers.includes('hosts'));
	svg.setAttribute('data-picture-year', String(year));
	const at = 2 * (year - data.first);
	for (const path of picture.querySelectorAll('path[data-iso3]')) {
		const iso3 = path.getAttribute('data-iso3') || '';
		// A country's link keeps the rest of the view (a new tab, or a page whose code never came).
		const link = path.closest('a');
		if (link && location.search) {
			const next = new URLSearchParams(location.search);
			for (const other of ['mission', 'operation', 'theme', 'compare']) next.delete(other);
			next.set('country', iso3);
			link.setAttribute('href', `?${next}`);
		}
		// The prerendered name carries the default year's figure; another year's comes with the
		// figures (MapPicture's sync), and until then the link gives the name alone.
		if (link && year !== data.last)
			link.setAttribute('aria-label', link.getAttribute('data-name') || iso3);
		const row = data.rows[iso3] || '';
		const letter = Math.max(0, data.letters.indexOf(row.charAt(at + 1)));
		path.setAttribute('data-p', row.charAt(at) || '0');
		path.setAttribute('data-h', data.hosting[Math.floor(letter / data.oic.length)]);
		path.setAttribute('data-oic', data.oic[letter % data.oic.length]);
		path.toggleAttribute('data-selected', iso3 === country);
	}
}

/** `<` written as an escape: no "</script>" can end the element early. */
const inScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The two inline scripts' texts: the functions above, each called on its own element.
 * `loading` is what an early pick's panel says while the figures come.
 */
export function urlViewScripts(
	data: PictureYears,
	loading: string
): { before: string; after: string } {
	const json = inScript(data);
	return {
		before: `(function () {${showEarlyPick.toString()}\n(${holdClicks.toString()})(document.currentScript, ${inScript(loading)})})()`,
		after: `(function () {${setView.toString()}\n${showUrlView.toString()}\nshowUrlView(document.currentScript, ${json})})()`
	};
}
