/** OIC members and observers from the compiled membership table. */
import type { Oic } from '../../src/lib/data/schema.ts';
import type { SourceDir } from './read.ts';
import { SOURCE } from './sources.ts';

const FILE = 'oic_member_states.csv';

/** The Turkish Cypriot State has no ISO code; the map draws it with Natural Earth's CYN. */
const NO_ISO_CODE = 'CYN';

/**
 * Suspensions, as the table's notes state them (checked below against the notes, so a new
 * note about a suspension cannot go unnoticed), with their months as the stored pages found by
 * the atlas's fact check give them (geodata/README.md, "OIC membership").
 */
const SUSPENSIONS: Record<string, Oic['suspended']> = {
	AFG: [
		{
			from: '1980-01',
			to: '1989-03',
			note: 'suspended in January 1980 at the extraordinary conference of foreign ministers in Islamabad; the seat went in March 1989 to the Afghan government in exile',
			sources: [
				{
					title: 'Organization of the Islamic Conference, in a political handbook (web copy)',
					url: 'https://geocities.datacellar.net/CapitolHill/Lobby/2039/OIC.htm'
				}
			]
		}
	],
	EGY: [
		{
			from: '1979-05',
			to: '1984-01',
			note: 'suspended in May 1979; the Casablanca summit invited Egypt back on 19 January 1984 (one reference gives April 1984)',
			sources: [
				{
					title:
						'Encyclopædia Universalis, “16-19 janvier 1984 – Égypte. Réintégration de l’Égypte”',
					url: 'https://universalis.fr/evenement/16-19-janvier-1984-reintegration-de-l-au-sein-de-l-organisation-de-la-conference-islamique'
				},
				{
					title: 'Christian Science Monitor, 1 February 1984',
					url: 'https://www.csmonitor.com/1984/0201/020122.html'
				}
			]
		}
	],
	SYR: [
		{
			from: '2012-08',
			to: '2025-03',
			note: 'suspended at the Mecca summit on 16 August 2012; reinstated by the Council of Foreign Ministers in Jeddah on 7 March 2025',
			sources: [
				{
					title: 'Reuters, 15 August 2012, “Organisation of Islamic Cooperation suspends Syria”',
					url: 'http://www.reuters.com/article/syria-crisis-islamic-summit-idUSL6E8JFCAU20120815'
				},
				{
					title:
						'WAM, 8 March 2025, “OIC Foreign Ministers Council announces reinstatement of Syria’s membership” (UrduPoint copy)',
					url: 'https://www.urdupoint.com/en/middle-east/oic-foreign-ministers-council-announces-reins-1940088.html'
				}
			]
		}
	]
};

/**
 * Other joining years that the fact check found in stored pages, where the table gives none; the
 * atlas keeps the table's year (geodata/README.md, "OIC membership, checked").
 */
const OTHER_YEARS: Record<string, [number, string]> = {
	AZE: [1991, 'Azerbaijani government pages (8 December 1991, Dakar summit)'],
	CAF: [1997, 'a thesis on CEMAC integration; the other lists give 1996']
};

export function membership(src: SourceDir): Map<string, Oic> {
	const out = new Map<string, Oic>();
	src.csv(FILE).forEach((row, i) => {
		const where = `${FILE} row ${i + 2} (${row.name})`;
		const iso3 = row.iso3 || (row.name.startsWith('Turkish Cypriot') ? NO_ISO_CODE : '');
		if (!/^[A-Z]{3}$/.test(iso3)) throw new Error(`${where}: no ISO alpha-3 code`);
		const joined = Number(row.joined_year);
		if (!Number.isInteger(joined))
			throw new Error(`${where}: joined_year "${row.joined_year}" is not a year`);
		const alt = /^(\d{4})\s*\((.+)\)$/.exec(row.joined_year_alt);
		if (row.joined_year_alt && !alt) {
			throw new Error(
				`${where}: joined_year_alt "${row.joined_year_alt}" should read like "1970 (source)"`
			);
		}
		const mentionsSuspension = /suspend/i.test(row.notes);
		if (mentionsSuspension !== iso3 in SUSPENSIONS) {
			throw new Error(
				`${where}: the notes and SUSPENSIONS in scripts/geodata/membership.ts disagree; update SUSPENSIONS`
			);
		}
		const status = row.status;
		if (status !== 'member' && status !== 'observer')
			throw new Error(`${where}: status "${status}"`);
		out.set(iso3, {
			status,
			joined,
			joinedAlt: alt ? Number(alt[1]) : (OTHER_YEARS[iso3]?.[0] ?? null),
			joinedAltSource: alt ? alt[2] : (OTHER_YEARS[iso3]?.[1] ?? null),
			suspended: SUSPENSIONS[iso3] ?? [],
			note: row.notes || null,
			source: SOURCE.oic
		});
	});
	return out;
}
