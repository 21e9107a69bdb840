/**
 * The tour format (content/tours/<slug>.json, documented in content/README.md): a lecture as
 * steps, each setting the year, layers, selection and camera, with a Markdown caption, an
 * optional quotation from the articles and optional speaker notes.
 */
import * as v from 'valibot';
import { FIRST_YEAR, LAST_YEAR } from '$lib/data/schema';
import { LAYERS } from '$lib/state/url';

export const STEP_CHARTS = ['oic-share', 'oic-by-type'] as const;

export const TourStep = v.object({
	title: v.pipe(v.string(), v.minLength(1, 'give the step a title')),
	/** Markdown: paragraphs, **bold**, *italic*; figures as {placeholders} filled from geodata. */
	caption: v.string(),
	notes: v.optional(v.string(), ''),
	year: v.pipe(
		v.number(),
		v.integer(),
		v.minValue(FIRST_YEAR, `use a year from ${FIRST_YEAR} to ${LAST_YEAR}`),
		v.maxValue(LAST_YEAR, `use a year from ${FIRST_YEAR} to ${LAST_YEAR}`)
	),
	layers: v.optional(v.array(v.picklist([...LAYERS], `use layers from ${LAYERS.join(', ')}`))),
	country: v.optional(v.nullable(v.string())),
	mission: v.optional(v.nullable(v.string())),
	theme: v.optional(v.nullable(v.string())),
	/** [longitude, latitude, zoom]; omitted: the whole OIC. */
	view: v.optional(v.nullable(v.tuple([v.number(), v.number(), v.number()]))),
	/** An article passage quoted under the caption: "article-slug/passage-id". */
	quote: v.optional(v.nullable(v.string())),
	/**
	 * A chart under the caption, for what one year's map cannot show: `oic-share`, the OIC's
	 * share of all UN uniformed personnel by year (the years the caption names are marked);
	 * `oic-by-type`, the OIC's personnel of the step's year as troops, police and experts.
	 */
	chart: v.optional(
		v.nullable(v.picklist(STEP_CHARTS, `use a chart from ${STEP_CHARTS.join(', ')}`))
	)
});

export const TourFile = v.object({
	slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'use lower case and hyphens')),
	title: v.string(),
	description: v.optional(v.string(), ''),
	steps: v.pipe(v.array(TourStep), v.minLength(1, 'a tour needs at least one step'))
});

export type TourStep = v.InferOutput<typeof TourStep>;
export type Tour = v.InferOutput<typeof TourFile>;

/**
 * A tour from a link: as the format, but a layer the atlas does not know is left for the
 * presentation to drop with a notice (src/lib/present/params.ts), as a link's `?layers=` is.
 */
export const LinkTourFile = v.object({
	...TourFile.entries,
	steps: v.pipe(
		v.array(v.object({ ...TourStep.entries, layers: v.optional(v.array(v.string())) })),
		v.minLength(1, 'a tour needs at least one step')
	)
});
