/**
 * Peace operations of other bodies than the UN, in the states the atlas follows: NATO, the EU,
 * the African Union, ECOWAS, the Arab League, the MFO and the OIC's own monitoring team.
 *
 * Three kinds of source, each named on every fact:
 * - Mullenbach's third-party peacekeeping missions (`mullenbach`): name, dates, UN authorisation
 *   and resolution, peak size and number of contributing states;
 * - Bara and Hultman's UN and non-UN operations, after SIPRI (`sipri-sizes`): the personnel SIPRI
 *   reported, at its report months only (the dataset's monthly interpolations are not used);
 * - content/operations.json: facts and OIC contingents from stored public pages, checked by
 *   hand, each with its address and the page's own words.
 * Headquarters are city names from those pages, or from general knowledge (verified: false); the
 * point is the city's point in another source of the atlas where one has it.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { MissionEntry as Mission, Operation } from '../../src/lib/data/schema.ts';
import { cowStates } from './cow.ts';
import type { SourceDir } from './read.ts';
import { SOURCE } from './sources.ts';

export const THIRD_PARTY = 'mullenbach_third_party_pko_1947_2016.csv';
export const SIZES = 'bara_hultman_un_nonun_pko_1993_2016.csv';

type Body = Operation['body'];

interface Definition {
	id: string;
	body: Body;
	hosts: string[];
	/** Mullenbach's OBSNUM(s): several for an operation the dataset splits in phases (AMIS I, II). */
	thirdParty: number[];
	/** Bara and Hultman's mission code and COW location code. */
	sizes?: { code: string; ccode: string };
	/** Headquarters city, and the mission of missions.json whose headquarters point is that city. */
	hq: { name: string; pointFrom?: string; point?: [number, number] };
	/** A name where the dataset has none (operations Mullenbach leaves out). */
	name?: string;
	note?: string;
}

export const OPERATIONS: Definition[] = [
	{
		id: 'IFOR',
		body: 'NATO',
		hosts: ['BIH'],
		thirdParty: [67],
		sizes: { code: 'IFOR', ccode: '346' },
		hq: { name: 'Sarajevo', pointFrom: 'UNMIBH' }
	},
	{
		id: 'SFOR',
		body: 'NATO',
		hosts: ['BIH'],
		thirdParty: [69],
		sizes: { code: 'SFOR', ccode: '346' },
		hq: { name: 'Sarajevo', pointFrom: 'UNMIBH' }
	},
	{
		id: 'EUFOR Althea',
		body: 'EU',
		hosts: ['BIH'],
		thirdParty: [71],
		sizes: { code: 'EUFOR Althea', ccode: '346' },
		hq: { name: 'Sarajevo', pointFrom: 'UNMIBH' }
	},
	{
		id: 'KFOR',
		body: 'NATO',
		hosts: ['XKX'],
		thirdParty: [53],
		sizes: { code: 'KFOR', ccode: '345' },
		hq: { name: 'Pristina', pointFrom: 'UNMIK' }
	},
	{
		id: 'ECOMOG Liberia',
		body: 'ECOWAS',
		hosts: ['LBR'],
		thirdParty: [143],
		sizes: { code: 'ECOMOG', ccode: '450' },
		hq: { name: 'Monrovia', pointFrom: 'UNMIL' }
	},
	{
		id: 'ECOMOG Sierra Leone',
		body: 'ECOWAS',
		hosts: ['SLE'],
		thirdParty: [132],
		sizes: { code: 'ECOWAS', ccode: '451' },
		hq: { name: 'Freetown', pointFrom: 'UNAMSIL' }
	},
	{
		id: 'AMIS',
		body: 'AU',
		hosts: ['SDN'],
		thirdParty: [119, 120],
		sizes: { code: 'AMIS', ccode: '625' },
		hq: { name: 'El Fasher', pointFrom: 'UNAMID' }
	},
	{
		id: 'AMISOM',
		body: 'AU',
		hosts: ['SOM'],
		thirdParty: [157],
		sizes: { code: 'AMISOM', ccode: '520' },
		hq: { name: 'Mogadishu', pointFrom: 'UNOSOM II' }
	},
	{
		id: 'ATMIS',
		body: 'AU',
		hosts: ['SOM'],
		thirdParty: [],
		name: 'African Union Transition Mission in Somalia',
		hq: { name: 'Mogadishu', pointFrom: 'UNOSOM II' }
	},
	{
		id: 'AUSSOM',
		body: 'AU',
		hosts: ['SOM'],
		thirdParty: [],
		name: 'African Union Support and Stabilization Mission in Somalia',
		hq: { name: 'Mogadishu', pointFrom: 'UNOSOM II' }
	},
	{
		id: 'AFISMA',
		body: 'AU',
		hosts: ['MLI'],
		thirdParty: [205],
		sizes: { code: 'AFISMA', ccode: '432' },
		hq: { name: 'Bamako', pointFrom: 'MINUSMA' },
		note: 'Led by the African Union and ECOWAS together; the atlas files it under the AU.'
	},
	{
		id: 'MISCA',
		body: 'AU',
		hosts: ['CAF'],
		thirdParty: [186],
		sizes: { code: 'MISCA', ccode: '482' },
		hq: { name: 'Bangui', pointFrom: 'MINUSCA' }
	},
	{
		id: 'ADF',
		body: 'LAS',
		hosts: ['LBN'],
		thirdParty: [100],
		hq: { name: 'Chtaura', point: [35.85, 33.82] },
		note: 'Mullenbach’s dataset codes Egypt as its lead state; the pages the atlas cites describe a force that was almost entirely Syrian, so no lead state is shown. One page dates its end to June 1983; the dataset’s date is kept.'
	},
	{
		id: 'MFO',
		body: 'MFO',
		hosts: ['EGY'],
		thirdParty: [],
		name: 'Multinational Force and Observers',
		hq: { name: 'El Gorah', point: [34.09, 31.07] },
		note: 'Set up by Egypt and Israel under their 1979 treaty when the UN did not deploy; an interstate mission, outside both datasets.'
	},
	{
		id: 'OIC MT',
		body: 'OIC',
		hosts: ['PHL'],
		thirdParty: [38],
		hq: { name: 'Cotabato City', point: [124.25, 7.22] },
		note: 'The OIC’s own monitoring team for the 1996 peace agreement between the Philippine government and the Moro National Liberation Front.'
	}
];

interface PageFact<T> {
	value: T;
	source: { title: string; publisher: string; url: string };
	quote: string;
}
interface ContentFile {
	operations: Record<
		string,
		{
			name?: PageFact<string>;
			start?: PageFact<[number, number]>;
			end?: PageFact<[number, number] | null>;
			authorised?: PageFact<{ un: boolean; resolution: string | null }>;
			hq?: PageFact<string>;
			sizes?: (PageFact<number> & { month: string })[];
			notes?: PageFact<string>[];
		}
	>;
	contingents: {
		operation: string;
		iso3: string;
		figure: string;
		approx: number | null;
		asOf: string;
		note: string;
		source: { title: string; publisher: string; url: string };
		quote: string;
	}[];
}

const CONTENT = new URL('../../content/operations.json', import.meta.url);

const num = (cell: string) => (cell === '' || cell === 'NA' ? null : Number(cell));

export function operations(src: SourceDir, missions: Mission[], oic: Set<string>): Operation[] {
	const content: ContentFile = existsSync(CONTENT)
		? JSON.parse(readFileSync(CONTENT, 'utf8'))
		: { operations: {}, contingents: [] };
	const third = new Map(src.csv(THIRD_PARTY).map((r) => [Number(r.OBSNUM), r]));
	const sizeRows = src.csv(SIZES);
	const byId = new Map(missions.map((m) => [m.id, m]));

	const known = new Set(OPERATIONS.map((o) => o.id));
	for (const c of content.contingents)
		if (!known.has(c.operation))
			throw new Error(
				`content/operations.json contingent ${c.operation}/${c.iso3}: no operation "${c.operation}" in scripts/geodata/operations.ts`
			);
	for (const id of Object.keys(content.operations))
		if (!known.has(id))
			throw new Error(
				`content/operations.json: no operation "${id}" in scripts/geodata/operations.ts`
			);

	return OPERATIONS.map((def) => {
		const where = `scripts/geodata/operations.ts ${def.id}`;
		const rows = def.thirdParty.map((n) => {
			const r = third.get(n);
			if (!r) throw new Error(`${where}: ${THIRD_PARTY} has no OBSNUM ${n}`);
			return r;
		});
		const page = content.operations[def.id] ?? {};
		const fromPage = <T>(f: PageFact<T>) => ({
			value: f.value,
			source: null,
			page: f.source,
			quote: f.quote,
			verified: true
		});
		const fromData = <T>(value: T) => ({
			value,
			source: SOURCE.thirdParty,
			page: null,
			quote: null,
			verified: true
		});
		const unknown = <T>(value: T) => ({
			value,
			source: null,
			page: null,
			quote: null,
			verified: false
		});

		const first = rows[0];
		const last = rows[rows.length - 1];
		// The dataset first; a page where the dataset has nothing (operations it leaves out, an
		// end after 2016). Pages are of mixed standing, a dataset is one citation for all.
		const ym = (y: string, m: string): [number, number] | null =>
			num(y) && num(m) ? [num(y)!, num(m)!] : null;
		// Several phases (AMIS I and II): the name they share, before the phase's brackets.
		const named = (r: Record<string, string>) =>
			r.PKMNAMElocation.trim()
				.replace(/\s*\/\s*/g, ' / ')
				.replace(/\s+/g, ' ');
		const name = first
			? fromData(rows.length > 1 ? named(first).split(' (')[0] : named(first))
			: page.name
				? fromPage(page.name)
				: unknown(def.name ?? def.id);
		const started = first && ym(first.STARTYR, first.STARTMON);
		const start = started ? fromData(started) : page.start ? fromPage(page.start) : null;
		if (!start)
			throw new Error(`${where}: no start month in ${THIRD_PARTY} or content/operations.json`);
		const ended = last && ym(last.ENDYR, last.ENDMON);
		const end = ended
			? fromData(ended)
			: page.end
				? fromPage(page.end)
				: // Still active when the dataset ends (2016), and no page gives an end since.
					{ ...(last ? fromData(null) : unknown(null)), verified: false };
		const authorised = last
			? fromData({
					un: last.UNMANDATE === '1',
					// Without the UN's, the body's own decision (ECOWAS Decision A/Dec.1/8/90).
					resolution: last.RESOLUTIONdate.trim() || null
				})
			: page.authorised
				? fromPage(page.authorised)
				: unknown({ un: false, resolution: null });

		const city = def.hq.pointFrom ? byId.get(def.hq.pointFrom) : null;
		if (def.hq.pointFrom && !city)
			throw new Error(`${where}: headquarters point from ${def.hq.pointFrom}, not a mission`);
		const point = city ? city.hq.point.coordinates : def.hq.point!;
		const pointSource = city
			? `the point of ${city.hq.name} as ${city.id}’s headquarters (${city.hq.source})`
			: 'approximate, from general knowledge; no stored source';
		if (page.hq && page.hq.value !== def.hq.name)
			throw new Error(
				`${where}: content/operations.json gives the headquarters as ${page.hq.value}, the catalogue’s point is for ${def.hq.name}; make them the same city`
			);
		const hqValue = { name: def.hq.name, point, pointSource };
		const hq = page.hq
			? { ...fromPage(page.hq), value: hqValue }
			: { ...unknown(hqValue), verified: false };

		const sizes: Operation['sizes'] = [];
		if (def.sizes) {
			const seen = new Set<string>();
			for (const r of sizeRows) {
				if (r.mission.trim() !== def.sizes.code || r.ccode !== def.sizes.ccode) continue;
				if (r.SIPRI_totals === '' || seen.has(r.date)) continue;
				seen.add(r.date);
				sizes.push({
					month: r.date.slice(0, 7),
					total: Math.round(Number(r.SIPRI_totals)),
					source: SOURCE.sipriSizes,
					page: null,
					quote: null
				});
			}
		}
		for (const s of page.sizes ?? [])
			sizes.push({ month: s.month, total: s.value, source: null, page: s.source, quote: s.quote });
		sizes.sort((a, b) => (a.month < b.month ? -1 : 1));

		const peakRow = rows.reduce<Record<string, string> | null>(
			(best, r) => (!best || (num(r.PKMNUM1) ?? 0) > (num(best.PKMNUM1) ?? 0) ? r : best),
			null
		);
		const peak = peakRow
			? {
					size: num(peakRow.PKMNUM1),
					states: num(peakRow.STATENUM),
					source: SOURCE.thirdParty
				}
			: null;
		// The lead state is not shown: the dataset's coding is not checked (the Arab Deterrent
		// Force is coded as Egyptian-led though mostly Syrian), but a bad code still stops here.
		for (const r of rows)
			if (r.CCODE2.trim())
				cowStates(String(Number(r.CCODE2)), `${THIRD_PARTY} OBSNUM ${r.OBSNUM} CCODE2`);

		const contingents = content.contingents
			.filter((c) => c.operation === def.id)
			.map((c) => {
				if (!oic.has(c.iso3))
					throw new Error(
						`content/operations.json contingent ${def.id}/${c.iso3}: not an OIC member or observer; the atlas lists OIC contingents only`
					);
				return {
					iso3: c.iso3,
					figure: c.figure,
					approx: c.approx,
					asOf: c.asOf,
					note: c.note,
					page: c.source,
					quote: c.quote
				};
			});

		return {
			id: def.id,
			slug: def.id.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
			body: def.body,
			name,
			authorised,
			hosts: def.hosts,
			start,
			end,
			hq,
			sizes,
			peak,
			contingents,
			notes: (page.notes ?? []).map((n) => ({ text: n.value, page: n.source, quote: n.quote })),
			note: def.note ?? null
		};
	});
}
