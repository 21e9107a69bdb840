// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildAtlas } from '$lib/server/atlas';
import { NO_WORDS, parseView } from '$lib/state/url';
import { classesFor } from './classes';
import { clearEarlyPick } from './earlyPick';
import {
	AFTER_MAP_FRAME,
	holdClicks,
	pictureYears,
	scriptsAfterMapFrame,
	showUrlView,
	stageEnd,
	urlViewScripts
} from './urlView';

const atlas = buildAtlas();
const IDS = ['PAK', 'BIH', 'LBN', 'NOR', 'SOM', 'FRA'];
const data = pictureYears(atlas, IDS);

/**
 * Runs an inline script's text as the page would, its own element as `document.currentScript`
 * (`page.script`) and what else of `document` it reads from `page`.
 */
const runInPage = (text: string, page: { script: Element | null } & Record<string, unknown>) =>
	new Function('document', text.replace('document.currentScript', 'document.script'))(page);

/** A picture as the build writes it (2025, default layers), its script inside. */
function picture(search: string) {
	history.replaceState(null, '', `/${search}`);
	document.body.innerHTML = `<div class="map-picture"><svg data-picture-year="2025">${IDS.map(
		(iso3) =>
			`<a aria-label="${iso3}: 2025's figure" data-name="Name ${iso3}"><path data-iso3="${iso3}" data-p="9" data-h="9" data-oic="9"></path></a>`
	).join('')}</svg><script></script></div>`;
	const picture = document.querySelector<HTMLElement>('.map-picture')!;
	showUrlView(picture.querySelector('script'), data);
	const root = picture.querySelector('svg')!;
	const path = (iso3: string) => picture.querySelector(`path[data-iso3="${iso3}"]`)!;
	const classes = (iso3: string) => ({
		p: path(iso3).getAttribute('data-p'),
		h: path(iso3).getAttribute('data-h'),
		oic: path(iso3).getAttribute('data-oic')
	});
	return { root, path, classes };
}

describe('the picture at the URL’s view before the first paint', () => {
	it('gives every country the classes of the year in the address, as the app would', () => {
		for (const year of [1948, 1969, 1995, 2013, 2025]) {
			const { root, classes } = picture(`?year=${year}`);
			expect(root.dataset.pictureYear).toBe(String(year));
			for (const iso3 of IDS) expect(classes(iso3)).toEqual(classesFor(atlas, iso3, year));
		}
		// In 1995 Bosnia and Herzegovina, an observer since 1994, hosted UNPROFOR and, from
		// December, UNMIBH.
		expect(picture('?year=1995').classes('BIH')).toMatchObject({ h: '2', oic: 'observer' });
	});

	it('names a country without the default year’s figure when the address asks another year', () => {
		const label = (search: string) =>
			picture(search).path('PAK').closest('a')!.getAttribute('aria-label');
		expect(label('?year=1995')).toBe('Name PAK');
		expect(label('?country=PAK')).toBe("PAK: 2025's figure");
		expect(label('')).toBe("PAK: 2025's figure");
	});

	it('reads the year as the URL contract does: clamped, and the latest when unreadable', () => {
		expect(picture('?year=1900').root.dataset.pictureYear).toBe('1948');
		expect(picture('?year=3000').root.dataset.pictureYear).toBe('2025');
		expect(picture('?year=soon').root.dataset.pictureYear).toBe('2025');
		expect(picture('?year=%201995%20').root.dataset.pictureYear).toBe('1995');
	});

	it('reads year, layers and measure as the app’s own parser does', () => {
		// The script cannot import parseView (it runs before any code): this keeps the two alike.
		for (const search of [
			'?year=1995',
			'?year=-5',
			'?year=1995.5',
			'?year=',
			'?layers=',
			'?layers=HOSTS,%20missions',
			'?layers=contributors,nonsense',
			'?measure=FALLEN',
			'?measure=fallen-year&layers=contributors',
			'?measure=nonsense',
			'?year=2001&layers=hosts&measure=personnel'
		]) {
			const { root } = picture(search);
			const { state } = parseView(new URLSearchParams(search), NO_WORDS);
			expect(root.dataset.pictureYear, search).toBe(String(state.year));
			expect(root.classList.contains('no-hosts'), search).toBe(!state.layers.includes('hosts'));
			expect(root.classList.contains('no-contributors'), search).toBe(
				!state.layers.includes('contributors') || state.measure !== 'personnel'
			);
		}
	});

	it('marks the selected country and hides the layers the address turns off', () => {
		const view = picture('?country=bih&layers=missions');
		expect(view.path('BIH').hasAttribute('data-selected')).toBe(true);
		expect(view.path('PAK').hasAttribute('data-selected')).toBe(false);
		expect(view.root.classList.contains('no-contributors')).toBe(true);
		expect(view.root.classList.contains('no-hosts')).toBe(true);
		const fallen = picture('?measure=fallen');
		expect(fallen.root.classList.contains('no-contributors')).toBe(true);
		expect(fallen.root.classList.contains('no-hosts')).toBe(false);
		expect(picture('').root.classList.contains('no-contributors')).toBe(false);
	});

	it('writes scripts that run on their own and cannot close their element early', () => {
		const { before, after } = urlViewScripts({ ...data, layers: ['</script><b>'] }, '</script>');
		expect(before + after).not.toContain('</script>');
		history.replaceState(null, '', '/?year=1995&country=BIH');
		document.body.innerHTML = `<div class="map-picture"><script></script><svg><path data-iso3="BIH"></path></svg><script></script></div>`;
		const [first, second] = document.querySelectorAll('script');
		const picture = document.querySelector('.map-picture')!;
		const run = (text: string, script: Element) => runInPage(text, { script });
		run(before, first);
		expect(picture.hasAttribute('data-setting-view'), 'hidden until the view is set').toBe(true);
		run(after, second);
		expect(picture.hasAttribute('data-setting-view')).toBe(false);
		const bih = document.querySelector('path')!;
		expect(bih.hasAttribute('data-selected')).toBe(true);
		expect(bih.getAttribute('data-h')).toBe('2');
	});

	it('shows the picture as soon as the HTML that sizes the map is parsed, not a frame later', () => {
		const { before, after } = urlViewScripts(data, '…');
		history.replaceState(null, '', '/?year=1995');
		document.body.innerHTML = `<main data-stage><div class="map-picture"><script></script><svg><path data-iso3="BIH"></path></svg><script></script></div><aside></aside></main>`;
		const [first, second] = document.querySelectorAll('script');
		const picture = document.querySelector('.map-picture')!;
		// Evaluated as while the browser parses the page.
		const run = (text: string, script: Element) =>
			runInPage(text, { script, readyState: 'loading' });
		const frames: FrameRequestCallback[] = [];
		const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((f) => {
			frames.push(f);
			return frames.length;
		});
		// In the page's first second.
		const now = vi.spyOn(performance, 'now').mockReturnValue(100);
		try {
			run(before, first);
			run(after, second);
			// The panel and controls are still to come: the map's size is not known yet.
			expect(picture.hasAttribute('data-setting-view'), 'hidden before the stage ends').toBe(true);
			const end = document.createElement('div');
			end.innerHTML = stageEnd().html;
			const marker = end.firstElementChild!;
			document.querySelector('main')!.append(marker);
			run(stageEnd().script, marker.querySelector('script')!);
			expect(picture.hasAttribute('data-setting-view'), 'shown with no frame between').toBe(false);
			expect(document.querySelector('svg')!.getAttribute('data-picture-year')).toBe('1995');
			// The panel's overview waits two frames: the picture's frame reaches the screen sooner
			// without its text.
			const stage = document.querySelector('main')!;
			const flush = () => frames.splice(0).forEach((frame) => frame(0));
			expect(stage.hasAttribute('data-map-first'), 'overview hidden in the map’s frame').toBe(true);
			flush();
			expect(stage.hasAttribute('data-map-first'), 'and in the next').toBe(true);
			flush();
			expect(stage.hasAttribute('data-map-first'), 'shown in the one after').toBe(false);
		} finally {
			raf.mockRestore();
			now.mockRestore();
		}
	});

	it('at the stage’s end, waits for the stage’s text faces before showing the picture', async () => {
		document.body.innerHTML = `<main data-stage><div class="map-picture" data-setting-view data-view-set></div>${stageEnd().html}</main>`;
		const picture = document.querySelector('.map-picture')!;
		const arrivals: (() => void)[] = [];
		const asked: string[] = [];
		const fonts = {
			load: (font: string) => {
				asked.push(font);
				return new Promise<void>((resolve) => arrivals.push(resolve));
			}
		};
		runInPage(stageEnd().script, {
			script: document.querySelector('[data-stage-end] script'),
			fonts
		});
		expect(asked.map((font) => font.split(' ')[0])).toEqual(['400', '600']);
		expect(picture.hasAttribute('data-setting-view'), 'hidden while a face loads').toBe(true);
		for (const arrive of arrivals) arrive();
		await new Promise((resolve) => setTimeout(resolve));
		expect(picture.hasAttribute('data-setting-view')).toBe(false);
	});

	it('keeps a click made before the page’s code has run, and marks its country', () => {
		document.body.innerHTML = `<div class="map-picture"><script></script><svg><a href="?country=PAK" data-name="Pakistan"><path data-iso3="PAK"></path></a><a href="?country=BIH"><path data-iso3="BIH" data-selected></path></a></svg></div><aside data-sheet><div data-early-pick-slot></div></aside>`;
		const picture = document.querySelector<HTMLElement>('.map-picture')!;
		holdClicks(picture.querySelector('script'), 'Loading its figures…');
		const click = new MouseEvent('click', { bubbles: true, cancelable: true });
		document.querySelector('path[data-iso3="PAK"]')!.dispatchEvent(click);
		expect(click.defaultPrevented, 'no navigation').toBe(true);
		expect(picture.dataset.pendingCountry).toBe('PAK');
		expect(document.querySelector('path[data-iso3="PAK"]')!.hasAttribute('data-selected')).toBe(
			true
		);
		expect(document.querySelector('path[data-iso3="BIH"]')!.hasAttribute('data-selected')).toBe(
			false
		);
		// Its panel opens at once, naming it (the page's panel takes over when the figures are in).
		expect(document.getElementById('panel-title')?.textContent).toBe('Pakistan');
		expect(document.querySelector('[role="status"]')?.textContent).toBe('Loading its figures…');
		expect(document.querySelector('aside')!.hasAttribute('data-early-pick')).toBe(true);
		clearEarlyPick();
		expect(document.getElementById('panel-title')).toBeNull();
		expect(document.querySelector('aside')!.hasAttribute('data-early-pick')).toBe(false);
		// Once the page's code answers, the picture's clicks are its own.
		picture.setAttribute('data-app', '');
		const later = new MouseEvent('click', { bubbles: true, cancelable: true });
		document.querySelector('path[data-iso3="BIH"]')!.dispatchEvent(later);
		expect(later.defaultPrevented).toBe(false);
	});

	it('opens the panel for a click made before the panel’s HTML has arrived', async () => {
		document.body.innerHTML = `<div class="map-picture"><script></script><svg><a href="?country=PAK" data-name="Pakistan"><path data-iso3="PAK"></path></a></svg></div>`;
		const picture = document.querySelector<HTMLElement>('.map-picture')!;
		holdClicks(picture.querySelector('script'), 'Loading its figures…');
		const click = new MouseEvent('click', { bubbles: true, cancelable: true });
		document.querySelector('path[data-iso3="PAK"]')!.dispatchEvent(click);
		expect(document.getElementById('panel-title')).toBeNull();
		document.body.insertAdjacentHTML(
			'beforeend',
			'<aside data-sheet><div data-early-pick-slot></div></aside>'
		);
		await new Promise((frame) => requestAnimationFrame(frame));
		await new Promise((frame) => requestAnimationFrame(frame));
		expect(document.getElementById('panel-title')?.textContent).toBe('Pakistan');
		expect(document.querySelector('aside')!.hasAttribute('data-early-pick')).toBe(true);
		clearEarlyPick();
	});

	it('holds the scripts’ links and the boot until the map’s frame is done, and no longer', async () => {
		const held = (window as unknown as Record<string, Promise<void> | undefined>)[AFTER_MAP_FRAME];
		expect(held).toBeUndefined();
		const page = (marked: boolean) => {
			document.head.querySelectorAll('link[data-probe]').forEach((link) => link.remove());
			document.body.innerHTML = `<main data-stage${marked ? ' data-map-first' : ''}></main><template><link rel="prefetch" href="/x.js" data-probe></template><script></script>`;
			scriptsAfterMapFrame(document.querySelector('body > script'), AFTER_MAP_FRAME);
		};
		const linked = () => document.head.querySelectorAll('link[data-probe]').length;
		const promise = () =>
			(window as unknown as Record<string, Promise<void> | undefined>)[AFTER_MAP_FRAME];

		// No mark (a page without the picture's frame, or the frame already done): at once.
		page(false);
		expect(linked()).toBe(1);
		expect(promise()).toBeUndefined();

		page(true);
		expect(linked()).toBe(0);
		let booted = false;
		void promise()!.then(() => (booted = true));
		await Promise.resolve();
		expect(booted).toBe(false);
		document.querySelector('[data-stage]')!.removeAttribute('data-map-first');
		await promise();
		expect(booted).toBe(true);
		expect(linked()).toBe(1);
		delete (window as unknown as Record<string, unknown>)[AFTER_MAP_FRAME];
	});
});
