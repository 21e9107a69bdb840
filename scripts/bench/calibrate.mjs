/**
 * Reads from one live explorer page what the bare floor must copy: the style exactly as the
 * app built it (layers, paint, font), the map options that change the engine's work, the first
 * camera and the area it shows, the canvas size, and the feature state the app sets for each
 * year the benchmark steps through. Copying the live state, rather than re-deriving it from the
 * source code, keeps the floor honest when the app changes.
 */
import { instrument, keyStep, settle, waitReady } from './measure.mjs';
import { SOURCE } from './bare.mjs';

/** Every feature's state in the map's countries and missions sources. */
function readStates() {
	const map = document.querySelector('[data-map-host]').maplibreMap;
	const style = map.getStyle();
	const out = { countries: {}, missions: {} };
	for (const f of style.sources['countries'].data.features) {
		out.countries[f.properties.iso3] = map.getFeatureState({
			source: 'countries',
			id: f.properties.iso3
		});
	}
	for (const f of style.sources['missions'].data.features) {
		out.missions[f.properties.id] = map.getFeatureState({
			source: 'missions',
			id: f.properties.id
		});
	}
	return out;
}

/** Records every setFeatureState call the app's map makes from now on. */
function recordCalls() {
	const map = document.querySelector('[data-map-host]').maplibreMap;
	window.__benchCalls = [];
	if (map.__benchRecording) return;
	map.__benchRecording = true;
	const set = map.setFeatureState.bind(map);
	map.setFeatureState = (target, state) => {
		window.__benchCalls.push([target.source, String(target.id), { ...state }]);
		return set(target, state);
	};
}

/** The app's year slider: found by its label, as a reader using assistive tech would. */
export function yearSlider(page) {
	return page.getByRole('slider', { name: 'Year' }).or(page.locator('input[type=range]')).first();
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url  the explorer
 * @param {number} steps  how many years back the measured runs step
 */
export async function calibrate(browser, url, steps, viewport) {
	const context = await browser.newContext({ viewport });
	try {
		const page = await context.newPage();
		await page.addInitScript(instrument);
		await page.goto(url);
		await waitReady(page);
		await settle(page, 500);
		const base = await page.evaluate(() => {
			const map = document.querySelector('[data-map-host]').maplibreMap;
			const c = map.getCenter();
			const box = map.getContainer();
			// MapLibre has no getter for the label fade: its option is read from the map itself.
			const fadeDuration = map._fadeDuration;
			return {
				style: map.getStyle(),
				engine: { maxZoom: map.getMaxZoom(), fadeDuration },
				view: { center: [c.lng, c.lat], zoom: map.getZoom() },
				// The area that camera shows: the Leaflet page (e) is fitted to it.
				bounds: map.getBounds().toArray(),
				size: { width: box.clientWidth, height: box.clientHeight },
				year0: Number(document.querySelector('[data-year]')?.dataset.year)
			};
		});
		if (typeof base.engine.fadeDuration !== 'number')
			throw new Error(
				"calibrate.mjs: the app's map has no _fadeDuration (MapLibre renamed it?): read the " +
					'label fade another way, or the floor fades its labels while the app may not'
			);
		if (!Number.isFinite(base.year0))
			throw new Error('the explorer has no [data-year]: cannot step years');
		const states = { [base.year0]: await page.evaluate(readStates) };
		const years = [];
		const slider = yearSlider(page);
		// Each step's calls, exactly as the app makes them: the floor replays them call for call.
		const calls = {};
		for (let i = 1; i <= steps; i++) {
			await page.evaluate(recordCalls);
			await keyStep(page, slider);
			await settle(page);
			const year = await page.evaluate(() =>
				Number(document.querySelector('[data-year]').dataset.year)
			);
			years.push(year);
			states[year] = await page.evaluate(readStates);
			calls[year] = await page.evaluate(() => window.__benchCalls);
			if (calls[year].length === 0) throw new Error(`stepping to ${year} set no feature state`);
		}
		const sources = Object.keys(base.style.sources);
		for (const id of Object.values(SOURCE)) {
			if (!sources.includes(id)) throw new Error(`the app's style lacks source "${id}"`);
		}
		return { ...base, states, years, calls };
	} finally {
		await context.close();
	}
}
