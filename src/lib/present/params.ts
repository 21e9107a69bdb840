/**
 * The presentation's URL: `?tour=<slug>&step=N` (1-based), `presenter=1` for the speaker's
 * window, `contrast=high` for washed-out projectors, `legend=on|off` to show or hide the map's
 * key (without it, shown where the screen has room), `custom=<encoded tour>` for a tour made in
 * the explorer. Bad values fall back to the first tour and step, with a notice.
 */
import * as v from 'valibot';
import { td } from '$lib/i18n/detail';
import { TourFile } from '$lib/tours/schema';
import type { PresentTour } from './types';
export { encodeTour } from './encode';

export interface StepParams {
	tour: PresentTour;
	step: number;
	presenter: boolean;
	contrast: boolean;
	/** The map's key beside it, as the link says; null: as the screen allows. */
	legend: boolean | null;
	notices: string[];
}

export function decodeTour(text: string): PresentTour {
	if (text.length > 60_000) throw new Error('the tour in the link is too long');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
	const parsed = v.safeParse(TourFile, JSON.parse(json));
	if (!parsed.success) throw new Error(parsed.issues[0].message);
	return {
		...parsed.output,
		// The reader's own words: no figures from the data, so no sources to name.
		steps: parsed.output.steps.map((s) => ({ ...s, quote: null, quoted: null, sources: [] }))
	};
}

export function readStepParams(params: URLSearchParams, tours: PresentTour[]): StepParams {
	const notices: string[] = [];
	let tour = tours[0];
	const custom = params.get('custom');
	const slug = params.get('tour');
	if (custom) {
		try {
			tour = decodeTour(custom);
		} catch (error) {
			notices.push(td.customTourError((error as Error).message ?? 'unreadable'));
		}
	} else if (slug !== null) {
		const found = tours.find((x) => x.slug === slug);
		if (found) tour = found;
		else notices.push(td.tourNotice(`tour “${slug.slice(0, 40)}”`));
	}
	let step = 1;
	const stepText = params.get('step');
	if (stepText !== null) {
		const n = /^\d{1,4}$/.test(stepText) ? Number(stepText) : NaN;
		if (Number.isNaN(n) || n < 1 || n > tour.steps.length)
			notices.push(td.tourNotice(`step “${stepText.slice(0, 40)}”`));
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
	if (!url.searchParams.has('custom')) url.searchParams.set('tour', tour);
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
