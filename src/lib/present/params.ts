/**
 * The presentation's URL: `?tour=<slug>&step=N` (1-based), `presenter=1` for the speaker's
 * window, `contrast=high` for washed-out projectors, `legend=on|off` to show or hide the map's
 * key (without it, shown where the screen has room); a tour made in the explorer travels in the
 * fragment (./tourLink.ts). Bad values fall back to the first tour and step, with a notice.
 */
import { presentText } from '$lib/i18n/present';
import { clampView, LAYERS, sameView, toSlug, type LayerId, type Vocabulary } from '$lib/state/url';
import { customCode } from './tourLink';
import type { PresentStep, PresentTour } from './types';

/** A tour from the link, once read: the tour, or why it could not be. */
export type CustomTour = { tour: PresentTour; error: null } | { tour: null; error: string };

export interface StepParams {
	tour: PresentTour;
	step: number;
	presenter: boolean;
	contrast: boolean;
	/** The map's key beside it, as the link says; null: as the screen allows. */
	legend: boolean | null;
	notices: string[];
}

/**
 * A tour's steps as the map may show them: each step's country, mission and theme looked up in
 * the atlas's vocabulary, as a link's are (an unknown one is dropped, with a notice naming the
 * step), one selection at most, and the camera clamped and wrapped as `?view=` is. Tours built
 * with the site were checked at build; a tour from a link was not. Before the data is there
 * (`vocab` null) no step selects anything.
 */
export function checkSteps(
	tour: PresentTour,
	vocab: Vocabulary | null
): { tour: PresentTour; notices: string[] } {
	const notices: string[] = [];
	const steps = tour.steps.map((step, i): PresentStep => {
		const note = (what: string, value: unknown) => {
			const text = String(value);
			notices.push(
				presentText.stepNotice(i + 1, what, text.length > 40 ? `${text.slice(0, 40)}…` : text)
			);
		};
		let country: string | null = null;
		if (step.country) {
			const code = String(step.country).toUpperCase();
			if (vocab?.hasCountry(code)) country = code;
			else if (vocab) note('country', step.country);
		}
		let mission: string | null = null;
		if (step.mission) {
			mission = vocab?.missionForSlug(toSlug(String(step.mission))) ?? null;
			if (vocab && !mission) note('mission', step.mission);
		}
		let theme: string | null = null;
		if (step.theme) {
			const id = toSlug(String(step.theme));
			if (vocab?.hasTheme(id)) theme = id;
			else if (vocab) note('theme', step.theme);
		}
		if (country && (mission || theme)) [mission, theme] = [null, null];
		if (mission && theme) theme = null;
		let layers = step.layers;
		if (layers) {
			const known = (LAYERS as readonly string[]).filter((l) => layers!.includes(l as LayerId));
			for (const l of layers) if (!known.includes(l)) note('layer', l);
			layers = known as LayerId[];
		}
		let view: [number, number, number] | null = null;
		if (step.view) {
			const [lon, lat, zoom] = step.view;
			const c = clampView(lon, lat, zoom);
			if (!sameView(c, lon, lat, zoom)) note('view', step.view.join(', '));
			view = [c.lon, c.lat, c.zoom];
		}
		return { ...step, layers, country, mission, theme, view };
	});
	return { tour: { ...tour, steps }, notices };
}

export function readStepParams(
	params: URLSearchParams,
	tours: PresentTour[],
	custom: CustomTour | null = null
): StepParams {
	const notices: string[] = [];
	let tour = tours[0];
	const slug = params.get('tour');
	if (custom) {
		if (custom.tour) tour = custom.tour;
		else notices.push(presentText.customTourError(custom.error));
	} else if (slug !== null) {
		const found = tours.find((x) => x.slug === slug);
		if (found) tour = found;
		else notices.push(presentText.tourNotice(`tour “${slug.slice(0, 40)}”`));
	}
	let step = 1;
	const stepText = params.get('step');
	if (stepText !== null) {
		const n = /^\d{1,4}$/.test(stepText) ? Number(stepText) : NaN;
		if (Number.isNaN(n) || n < 1 || n > tour.steps.length)
			notices.push(presentText.tourNotice(`step “${stepText.slice(0, 40)}”`));
		else step = n;
	}
	return {
		tour,
		step,
		presenter: params.get('presenter') === '1',
		contrast: params.get('contrast') === 'high',
		legend: params.get('legend') === 'on' ? true : params.get('legend') === 'off' ? false : null,
		notices
	};
}

export function stepUrl(
	current: URL,
	tour: string,
	step: number,
	modes: { contrast?: boolean; presenter?: boolean; legend?: boolean } = {}
): URL {
	const url = new URL(current);
	if (!customCode(url)) url.searchParams.set('tour', tour);
	url.searchParams.set('step', String(step));
	if (modes.contrast !== undefined) {
		if (modes.contrast) url.searchParams.set('contrast', 'high');
		else url.searchParams.delete('contrast');
	}
	if (modes.legend !== undefined) url.searchParams.set('legend', modes.legend ? 'on' : 'off');
	if (modes.presenter !== undefined) {
		if (modes.presenter) url.searchParams.set('presenter', '1');
		else url.searchParams.delete('presenter');
	}
	return url;
}
