/**
 * Checks a tour against the data and the articles, as the build does: a step naming an unknown
 * country, mission, theme, passage or year stops it with the file, the step and the fix.
 */
import * as v from 'valibot';
import type { Atlas } from '$lib/data/atlas';
import { toSlug } from '$lib/state/url';
import { figureSources, fillFigures, type FigureSource } from './figures';
import { TourFile, type Tour, type TourStep } from './schema';

export interface TourContext {
	atlas: Atlas;
	themes: Set<string>;
	passages: Set<string>;
}

/** A step as checked: its caption's figures filled in and their sources named. */
export type CheckedStep = TourStep & { sources: FigureSource[] };
export type CheckedTour = Omit<Tour, 'steps'> & { steps: CheckedStep[] };

/** A tour with its mission references made canonical and its captions' figures filled in. */
export function checkTour(file: string, raw: unknown, ctx: TourContext): CheckedTour {
	const parsed = v.safeParse(TourFile, raw);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const path = (issue.path ?? []).map((p) => p.key);
		const at =
			path[0] === 'steps' && typeof path[1] === 'number' ? ` step ${(path[1] as number) + 1}` : '';
		const field = path.length
			? ` field "${path.slice(path[0] === 'steps' ? 2 : 0).join('.')}"`
			: '';
		throw new Error(
			`${file}${at}${field}: ${issue.message}, got ${JSON.stringify(issue.input)?.slice(0, 60)}`
		);
	}
	const tour = parsed.output;
	const expectedSlug = file
		.split('/')
		.pop()!
		.replace(/\.json$/, '');
	if (tour.slug !== expectedSlug)
		throw new Error(`${file}: slug "${tour.slug}" must be the file name "${expectedSlug}"`);
	const steps = tour.steps.map((step, i): CheckedStep => {
		const where = `${file} step ${i + 1} ("${step.title}")`;
		const country = step.country ? step.country.toUpperCase() : null;
		if (country && !ctx.atlas.countries.has(country)) {
			throw new Error(
				`${where}: country "${step.country}" is not in geodata/countries.json; use an ISO alpha-3 code such as "BIH"`
			);
		}
		const mission = step.mission
			? (ctx.atlas.missionsBySlug.get(toSlug(step.mission))?.id ?? null)
			: null;
		if (step.mission && !mission) {
			throw new Error(
				`${where}: mission "${step.mission}" is not in geodata/missions.json; use an acronym such as "UNIFIL"`
			);
		}
		if (step.theme && !ctx.themes.has(step.theme)) {
			throw new Error(
				`${where}: theme "${step.theme}" is not in content/themes.ts; use one of ${[...ctx.themes].join(', ')}`
			);
		}
		if (step.quote && !ctx.passages.has(step.quote)) {
			throw new Error(
				`${where}: quote "${step.quote}" is not a passage; use article-slug/passage-id as the article reader anchors it`
			);
		}
		if ([country, mission, step.theme].filter(Boolean).length > 1) {
			throw new Error(`${where}: select one of country, mission or theme, not several`);
		}
		return {
			...step,
			country,
			mission,
			caption: fillFigures(step.caption, ctx.atlas, where),
			notes: fillFigures(step.notes, ctx.atlas, where),
			sources: figureSources(step.caption, ctx.atlas)
		};
	});
	return { ...tour, steps };
}
