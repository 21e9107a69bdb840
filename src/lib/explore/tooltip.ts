/**
 * What the map's tooltip says about a hovered country or mission in a year: its name, then a
 * line or two of figures. Loaded on the first hover (a touch screen never needs it).
 */
import { detailText } from '$lib/i18n/details';
import { commonText } from '$lib/i18n/common';
import { tooltipText } from '$lib/i18n/tooltip';
import { reportedYears, type Atlas } from '$lib/data/atlas';
import { fallenByCountry, operationSize } from '$lib/data/beyond';
import type { Fatalities, Operation } from '$lib/data/decode';
import type { MapPick } from '$lib/map/pick';
import type { Measure } from '$lib/state/url';
import { missionLabel } from '$lib/data/missionLabels';
import { fullName } from '$lib/data/missionNames.svelte';

export interface Tip {
	title: string;
	lines: string[];
}

/** What the map shows beyond head counts: other bodies' operations, the fallen. */
export interface Beyond {
	operations?: Operation[] | null;
	measure?: Measure;
	fatalities?: Fatalities | null;
}

/** The fallen by nationality, for the last year and mode asked: a hover asks many times. */
let fallenMemo: { key: string; file: Fatalities; counts: Map<string, number> } | null = null;
function fallenCount(file: Fatalities, year: number, inYear: boolean, iso3: string): number {
	const key = `${year}:${inYear}`;
	if (fallenMemo?.key !== key || fallenMemo.file !== file)
		fallenMemo = {
			key,
			file,
			counts: fallenByCountry(file, year, inYear ? 'year' : 'cumulative')
		};
	return fallenMemo.counts.get(iso3) ?? 0;
}

export function tooltipFor(
	atlas: Atlas,
	pick: MapPick,
	year: number,
	month: number | null = null,
	beyond: Beyond = {}
): Tip | null {
	if (pick.kind === 'operation') {
		const o = beyond.operations?.find((op) => op.id === pick.id);
		if (!o) return null;
		const size = operationSize(o, year);
		return {
			title: missionLabel(o.id),
			lines: [
				fullName(o.id, o.name.value),
				detailText.body[o.body] ?? o.body,
				size ? tooltipText.operationSize(size.total, size.month) : tooltipText.operationNoSize(year)
			]
		};
	}
	if (pick.kind === 'mission') {
		const m = atlas.missions.get(pick.id);
		if (!m) return null;
		const p = atlas.missionPersonnel(m, year, month);
		return {
			title: missionLabel(m.id),
			lines: [
				fullName(m.id, m.name.value),
				p
					? tooltipText.personnelIn(p.total, year)
					: detailText.missionYears(m.start.year, m.end.year, reportedYears(m))
			]
		};
	}
	const c = atlas.countries.get(pick.id);
	if (!c) return null;
	const active = atlas.hostState(c.iso3, year).active;
	if (beyond.measure && beyond.measure !== 'personnel' && beyond.fatalities) {
		const inYear = beyond.measure === 'fallen-year';
		return {
			title: c.name,
			lines: [
				tooltipText.fallenLine(fallenCount(beyond.fatalities, year, inYear, c.iso3), year, inYear),
				oicLine(atlas, c.iso3, year)
			]
		};
	}
	const lines = [
		oicLine(atlas, c.iso3, year),
		commonText.personnelLine(
			atlas.personnel(c.iso3, year, month)?.total ?? null,
			year,
			atlas.rules.has(year)
		)
	];
	if (active.length)
		lines.push(
			tooltipText.hostingIn(
				active.map((m) => m.id),
				year
			)
		);
	return { title: c.name, lines };
}

/** The state's OIC standing in the year shown, as it was. */
export function oicLine(atlas: Atlas, iso3: string, year: number): string {
	const oic = atlas.countries.get(iso3)?.oic;
	if (!oic) return detailText.notOic;
	const then = atlas.oicIn(iso3, year);
	if (then) return commonText.oicStatus[then];
	return oic.joined > year
		? tooltipText.notYetOic(year, oic.status, oic.joined)
		: tooltipText.suspendedIn(year);
}
