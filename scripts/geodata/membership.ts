/** OIC members and observers from the compiled membership table. */
import type { Oic } from '../../src/lib/data/schema.ts';
import type { SourceDir } from './read.ts';
import { SOURCE } from './sources.ts';

const FILE = 'oic_member_states.csv';

/** The Turkish Cypriot State has no ISO code; the map draws it with Natural Earth's CYN. */
const NO_ISO_CODE = 'CYN';

/**
 * Suspensions, as the table's notes state them (checked below against the notes, so a new
 * note about a suspension cannot go unnoticed).
 */
const SUSPENSIONS: Record<string, Oic['suspended']> = {
	AFG: [{ from: '1980', to: '1989-03', note: 'Wikipedia' }],
	EGY: [{ from: '1979-05', to: '1984-03', note: 'Wikipedia' }],
	SYR: [
		{
			from: '2012-08-16',
			to: null,
			note: 'Mecca summit (Reuters); whether it was later lifted is unverified'
		}
	]
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
			joinedAlt: alt ? Number(alt[1]) : null,
			joinedAltSource: alt ? alt[2] : null,
			suspended: SUSPENSIONS[iso3] ?? [],
			note: row.notes || null,
			source: SOURCE.oic
		});
	});
	return out;
}
