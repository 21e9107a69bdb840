/**
 * Figures in captions come from geodata, never typed in: `{personnel:BGD:2024}`,
 * `{missionPersonnel:UNIFIL:2024}`, `{oicPersonnel:1994}`, `{oicContributors:1994}`,
 * `{oicShare:1994}`, `{allPersonnel:1994}`, `{hostedOperations}`, `{asOf:2024}`.
 *
 * The OIC figures count the OIC as it was in the year, as the map does: its members and
 * observers of that year. `{oicLater:1994}` names the contributors that joined later, and
 * `{oicShareToday:1994}` gives the share counted with today's members and observers.
 * `{oicShareThen:1994}` is the same as `{oicShare:1994}` (kept for old tours).
 */
import { formatList, formatNumber, formatPercent, monthYear } from '$lib/i18n/format';
import { LANG } from '$lib/i18n/lang';
import { presentText } from '$lib/i18n/present';
import type { Atlas } from '$lib/data/atlas';

const fmt = formatNumber;
/** `{name:arg:arg}`: a figure's name and its arguments. */
const PLACEHOLDER = /\{(\w+)((?::[\w ]+)*)\}/g;

function resolve(atlas: Atlas, name: string, args: string[]): string | null {
	const year = Number(args[args.length - 1]);
	switch (name) {
		case 'personnel': {
			const p = atlas.personnel(args[0], year);
			return p ? fmt(p.total) : null;
		}
		case 'missionPersonnel': {
			const m = atlas.missions.get(args[0]);
			const p = m && atlas.missionPersonnel(m, year);
			return p ? fmt(p.total) : null;
		}
		case 'oicPersonnel':
		case 'oicContributors':
		case 'oicShare':
		case 'oicShareThen':
		case 'allPersonnel': {
			const s = atlas.oicShare(year);
			if (!s || !s.all) return null;
			if (name === 'oicPersonnel') return fmt(s.oic);
			if (name === 'allPersonnel') return fmt(s.all);
			if (name === 'oicContributors') return String(s.contributors);
			return formatPercent((100 * s.oic) / s.all);
		}
		case 'oicShareToday': {
			const s = atlas.oicShare(year);
			return s && s.all ? formatPercent((100 * s.today) / s.all) : null;
		}
		case 'oicLater': {
			if (!atlas.rules.get(year)) return null;
			const later = atlas
				.contributors(year)
				.filter(([iso3, p]) => p.total > 0 && atlas.joinedAfter(iso3, year))
				.map(([iso3]) => `${atlas.countryName(iso3)} (${atlas.joinedAfter(iso3, year)})`)
				.sort();
			if (!later.length) return presentText.figureNone;
			if (LANG !== 'en') return formatList(later);
			return later.length === 1
				? later[0]
				: `${later.slice(0, -1).join(', ')} and ${later[later.length - 1]}`;
		}
		case 'hostedOperations':
			return String(atlas.hostedOperations().length);
		case 'asOf': {
			const rule = atlas.rules.get(year);
			return rule ? monthYear(rule.asOf) : null;
		}
	}
	return null;
}

/** The caption with its placeholders filled; throws naming the placeholder that has no figure. */
export function fillFigures(text: string, atlas: Atlas, where: string): string {
	return text.replace(PLACEHOLDER, (whole, name: string, rest: string) => {
		const value = resolve(atlas, name, rest ? rest.slice(1).split(':') : []);
		if (value === null) {
			throw new Error(
				`${where}: ${whole} gives no figure; check the code, mission and year, or use one of {personnel:ISO:YEAR}, {missionPersonnel:ID:YEAR}, {oicPersonnel:YEAR}, {oicContributors:YEAR}, {oicShare:YEAR}, {oicShareToday:YEAR}, {oicLater:YEAR}, {allPersonnel:YEAR}, {hostedOperations}, {asOf:YEAR}`
			);
		}
		return value;
	});
}

/** Where a caption's figure comes from: a source of sources.json and the month it is as of. */
export interface FigureSource {
	id: string;
	title: string;
	asOf: string | null;
}

/** The source of one placeholder's figure, or null for a placeholder that gives none. */
function sourceOf(
	atlas: Atlas,
	name: string,
	args: string[]
): { id: string; asOf: string | null } | null {
	if (name === 'hostedOperations') return { id: HOSTED_OPERATIONS_SOURCE, asOf: null };
	const year = Number(args[args.length - 1]);
	const rule = atlas.rules.get(year);
	if (name === 'missionPersonnel') {
		const m = atlas.missions.get(args[0]);
		const p = m && atlas.missionPersonnel(m, year);
		return p ? { id: p.source, asOf: rule?.asOf ?? null } : null;
	}
	return rule ? { id: rule.source, asOf: rule.asOf } : null;
}

/** The fact table of operations hosted in OIC states: where {hostedOperations} is counted from. */
const HOSTED_OPERATIONS_SOURCE = 'oic-hosted-missions';

/** The sources of the figures a caption's placeholders give, each once, in order. */
export function figureSources(text: string, atlas: Atlas): FigureSource[] {
	const out: FigureSource[] = [];
	for (const [, name, rest] of text.matchAll(PLACEHOLDER)) {
		const found = sourceOf(atlas, name, rest ? rest.slice(1).split(':') : []);
		const source = found && atlas.sources.get(found.id);
		if (!source || out.some((s) => s.id === source.id && s.asOf === found.asOf)) continue;
		out.push({ id: source.id, title: source.title, asOf: found.asOf });
	}
	return out;
}
