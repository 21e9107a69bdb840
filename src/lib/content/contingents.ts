/**
 * OIC contingents that the UN's monthly reports in the atlas's sources do not break down
 * (UNPROFOR, UNMIBH, UNOSOM I and II, before per-mission figures begin in late 2009), each from
 * a stored public page, in the source's own wording: content/contingents.json, checked by hand.
 * The mission panel shows them apart from the UN's figures, with the source linked.
 */
import * as v from 'valibot';
import { Iso3 } from '../data/schema';

export const ContingentFact = v.object({
	mission: v.string(),
	iso3: Iso3,
	/** The figure in the source's words ("about 1,500"); null where it names the state only. */
	figure: v.nullable(v.string()),
	/** The figure as a number, for ordering only; never shown without `figure`. */
	approx: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
	/** When the figure held, as precisely as the source says: "1994", "1994-05". */
	asOf: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2})?$/, 'use "1994" or "1994-05"'))),
	note: v.nullable(v.string()),
	source: v.object({
		title: v.string(),
		publisher: v.string(),
		url: v.pipe(v.string(), v.regex(/^https?:\/\//, 'a source needs its web address'))
	}),
	/** The source's own sentence, verbatim. */
	quote: v.pipe(v.string(), v.minLength(20)),
	quoteLang: v.string()
});
export const ContingentsFile = v.object({
	about: v.string(),
	checked: v.string(),
	facts: v.array(ContingentFact)
});

export type ContingentFact = v.InferOutput<typeof ContingentFact>;
export type ContingentsFile = v.InferOutput<typeof ContingentsFile>;

/** Problems in the file: the schema, then joins to the atlas's countries and missions. */
export function contingentProblems(
	input: unknown,
	countries: Set<string>,
	missions: Set<string>
): string[] {
	const parsed = v.safeParse(ContingentsFile, input);
	if (!parsed.success)
		return parsed.issues.map(
			(i) => `content/contingents.json ${(i.path ?? []).map((p) => p.key).join('.')}: ${i.message}`
		);
	const problems: string[] = [];
	parsed.output.facts.forEach((f, i) => {
		const at = `content/contingents.json fact ${i} (${f.mission}, ${f.iso3})`;
		if (!missions.has(f.mission)) problems.push(`${at}: "${f.mission}" is not in missions.json`);
		if (!countries.has(f.iso3)) problems.push(`${at}: "${f.iso3}" is not in countries.json`);
		if ((f.figure === null) !== (f.approx === null) && f.approx !== null)
			problems.push(`${at}: a number needs the source's wording in "figure"`);
	});
	return problems;
}

/** The facts of one mission, the largest figures first, then those naming the state only. */
export function contingentsOf(file: ContingentsFile, mission: string): ContingentFact[] {
	return file.facts
		.filter((f) => f.mission === mission)
		.sort((a, b) => (b.approx ?? 0) - (a.approx ?? 0));
}
