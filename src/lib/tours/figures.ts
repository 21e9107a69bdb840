/**
 * Figures in captions come from geodata, never typed in: `{personnel:BGD:2024}`,
 * `{missionPersonnel:UNIFIL:2024}`, `{oicPersonnel:1994}`, `{oicContributors:1994}`,
 * `{oicShare:1994}`, `{allPersonnel:1994}`, `{hostedOperations}`, `{asOf:2024}`.
 */
import type { Atlas } from '$lib/data/atlas';

const fmt = (n: number) => n.toLocaleString('en');

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
		case 'allPersonnel': {
			const s = atlas.oicShare(year);
			if (!s || !s.all) return null;
			if (name === 'oicPersonnel') return fmt(s.oic);
			if (name === 'allPersonnel') return fmt(s.all);
			if (name === 'oicContributors') return String(s.contributors);
			return `${Math.round((100 * s.oic) / s.all)}%`;
		}
		case 'hostedOperations':
			return String(
				[...atlas.missions.values()].filter((m) => m.kind === 'pko' && m.oicHosts.length).length
			);
		case 'asOf': {
			const rule = atlas.rules.get(year);
			return rule
				? new Date(`${rule.asOf}-15T00:00:00Z`).toLocaleDateString('en', {
						month: 'long',
						year: 'numeric',
						timeZone: 'UTC'
					})
				: null;
		}
	}
	return null;
}

/** The caption with its placeholders filled; throws naming the placeholder that has no figure. */
export function fillFigures(text: string, atlas: Atlas, where: string): string {
	return text.replace(/\{(\w+)((?::[\w ]+)*)\}/g, (whole, name: string, rest: string) => {
		const value = resolve(atlas, name, rest ? rest.slice(1).split(':') : []);
		if (value === null) {
			throw new Error(
				`${where}: ${whole} gives no figure; check the code, mission and year, or use one of {personnel:ISO:YEAR}, {missionPersonnel:ID:YEAR}, {oicPersonnel:YEAR}, {oicContributors:YEAR}, {oicShare:YEAR}, {allPersonnel:YEAR}, {hostedOperations}, {asOf:YEAR}`
			);
		}
		return value;
	});
}
