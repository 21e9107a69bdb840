/**
 * What the map's tooltip says about a hovered country or mission in a year: its name, then a
 * line or two of figures. Loaded on the first hover (a touch screen never needs it).
 */
import { reportedYears, type Atlas } from '$lib/data/atlas';
import { t } from '$lib/i18n';
import type { Pick } from '$lib/map/pick';

export interface Tip {
	title: string;
	lines: string[];
}

export function tooltipFor(
	atlas: Atlas,
	pick: Pick,
	year: number,
	month: number | null = null
): Tip | null {
	if (pick.kind === 'mission') {
		const m = atlas.missions.get(pick.id);
		if (!m) return null;
		const p = atlas.missionPersonnel(m, year, month);
		return {
			title: m.id,
			lines: [
				m.name.value,
				p
					? t.personnelIn(p.total, year)
					: t.missionYears(m.start.year, m.end.year, reportedYears(m))
			]
		};
	}
	const c = atlas.countries.get(pick.id);
	if (!c) return null;
	const active = atlas.hostState(c.iso3, year).active;
	const lines = [
		oicLine(atlas, c.iso3, year),
		t.personnelLine(
			atlas.personnel(c.iso3, year, month)?.total ?? null,
			year,
			atlas.rules.has(year)
		)
	];
	if (active.length)
		lines.push(
			t.hostingIn(
				active.map((m) => m.id),
				year
			)
		);
	return { title: c.name, lines };
}

/** The state's OIC standing in the year shown, as it was. */
export function oicLine(atlas: Atlas, iso3: string, year: number): string {
	const oic = atlas.countries.get(iso3)?.oic;
	if (!oic) return t.notOic;
	const then = atlas.oicIn(iso3, year);
	if (then) return t.oicStatus[then];
	return oic.joined > year ? t.notYetOic(year, oic.status, oic.joined) : t.suspendedIn(year);
}
