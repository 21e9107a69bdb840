/**
 * Every mission code of every source file, mapped to one mission record of missions.json or to
 * an explicit, documented exclusion. A code that is neither stops the derivation with the code
 * and the file, so no source's figures can vanish unnoticed. What each code became is written
 * to geodata/mission-codes.json.
 */

/** How one source code reads. */
export type CodeRule =
	/** The code names another record: IPI's ONUCI is UNOCI. */
	| { to: string; why: string }
	/**
	 * One code over several missions in turn: by the UN list's start months, or by `from`
	 * (YYYY-MM-DD) where a source dates its rows by the day and the day matters.
	 */
	| { split: string[]; why: string; from?: Record<string, string> }
	/** Not a mission of the atlas, with the reason. */
	| { exclude: string };

const POLITICAL = (what: string) =>
	`${what}: a political mission or office, with no uniformed personnel in any source`;

const UMBRELLA = (over: string) => ({
	exclude: `an umbrella row of the UN list over ${over}, which have rows of their own`
});

/**
 * Codes that do not name a record of the same id, by source file. A code not listed here must
 * be a record's id.
 */
export const CODE_RULES: Record<string, Record<string, CodeRule>> = {
	'ipi_data_mission_1990_2017.csv': {
		UNOSOM: {
			split: ['UNOSOM I', 'UNOSOM II'],
			why: 'IPI writes UNOSOM for both operations (August 1992 to May 1994); the month decides, by the UN list’s start of UNOSOM II (March 1993)'
		},
		UNAVEM: {
			split: ['UNAVEM I', 'UNAVEM II', 'UNAVEM III'],
			why: 'IPI writes UNAVEM for the three Angola verification missions (November 1990 to June 1997); the month decides, by the UN list’s start months'
		},
		'UNAVEM II': {
			split: ['UNAVEM I', 'UNAVEM II', 'UNAVEM III'],
			why: 'IPI writes UNAVEM II for June 1994 to April 1995 only; the months from February 1995 are UNAVEM III by the UN list’s dates'
		},
		ONUCI: {
			to: 'UNOCI',
			why: 'ONUCI is the French acronym of UNOCI; IPI uses it from May 2005 to June 2006'
		},
		IPTF: {
			to: 'UNMIBH',
			why: 'the International Police Task Force was UNMIBH’s police component; IPI codes it apart from January to May 1996 (FACTS.md)'
		}
	},
	'un_fatalities_1948_2025.csv': {
		IPTF: {
			to: 'UNMIBH',
			why: 'the International Police Task Force was UNMIBH’s police component (FACTS.md)'
		},
		UNAVEM: {
			split: ['UNAVEM I', 'UNAVEM II', 'UNAVEM III'],
			why: 'the UN’s fatality records write UNAVEM for the three Angola missions; the incident’s month decides'
		},
		UNEF: {
			split: ['UNEF I', 'UNEF II'],
			why: 'the UN’s fatality records write UNEF for both forces; the incident’s month decides'
		},
		UNOSOM: {
			split: ['UNOSOM I', 'UNOSOM II'],
			from: { 'UNOSOM II': '1993-03-26' },
			why: 'the UN’s fatality records write UNOSOM for both operations; the incident’s date decides, UNOSOM II from its establishment on 26 March 1993 (resolution 814), which puts the six deaths of early March 1993 under UNOSOM I as the UN’s UNOSOM I page counts them'
		},
		UNOWA: {
			to: 'UNOWAS',
			why: 'the UN Office for West Africa, UNOWAS since it took on the Sahel in 2016'
		},
		UNSecretariat: { exclude: 'staff of the UN Secretariat, not a mission' },
		UNGCI: { exclude: 'the UN Guards Contingent in Iraq, not a peacekeeping operation' },
		UNOHCI: { exclude: 'the Office of the Humanitarian Coordinator in Iraq, not an operation' },
		UNSCOB: { exclude: 'the UN Special Committee on the Balkans (1947–1951), before the atlas' },
		UNSMA: { exclude: POLITICAL('the UN Special Mission to Afghanistan') },
		OSESGY: { exclude: POLITICAL('the Special Envoy’s office for Yemen') },
		OSESyria: { exclude: POLITICAL('the Special Envoy’s office for Syria') },
		UNIPSIL: { exclude: POLITICAL('the UN Integrated Peacebuilding Office in Sierra Leone') },
		UNMAO: { exclude: POLITICAL('a UN mission or office that no other source names') },
		UNOAU: { exclude: POLITICAL('the UN Office to the African Union') },
		UNPOS: { exclude: POLITICAL('the UN Political Office for Somalia') }
	},
	'un_mission_leadership_1948_2019.csv': {
		UNCPSG: {
			to: 'UNPSG',
			why: 'the UN Civilian Police Support Group of 1998, which the UN list calls UNPSG'
		}
	},
	'bara_hultman_un_nonun_pko_1993_2016.csv': {
		'UNOCI (ONUCI)': { to: 'UNOCI', why: 'the dataset writes both acronyms of UNOCI' },
		UNOSOM: {
			split: ['UNOSOM I', 'UNOSOM II'],
			why: 'the dataset writes UNOSOM for both operations; the month decides'
		},
		UNMLT: {
			exclude:
				'the UN Military Liaison Team in Cambodia (1993–1994), which the UN’s list of peacekeeping operations does not count; no source gives its contributors'
		}
	},
	'un_pko_missions_2024.csv': {
		UNOSOM: UMBRELLA('UNOSOM I and UNOSOM II'),
		UNEF: UMBRELLA('UNEF I and UNEF II'),
		UNAVEM: UMBRELLA('UNAVEM I and UNAVEM II'),
		IPTF: {
			to: 'UNMIBH',
			why: 'the International Police Task Force was UNMIBH’s police component (FACTS.md); its personnel count under UNMIBH'
		},
		UNCPSG: {
			exclude:
				'a second row for the UN Civilian Police Support Group of 1998, listed as UNPSG with its full dates'
		},
		UNSCOB: {
			exclude:
				'the UN Special Committee on the Balkans (1947–1951), a committee, not an operation, and before the atlas’s first year; no source reports personnel'
		},
		UNOHCI: {
			exclude:
				'the Office of the Humanitarian Coordinator in Iraq, a humanitarian office, not an operation; the list gives no dates and no source reports personnel'
		},
		UNGCI: {
			exclude:
				'the UN Guards Contingent in Iraq, guards for the UN’s humanitarian programme, not a peacekeeping operation; no source reports its personnel'
		},
		UNSMA: {
			exclude:
				'the UN Special Mission to Afghanistan, a political mission; no source reports uniformed personnel in it'
		}
	}
};

export interface CodeUse {
	file: string;
	code: string;
	/** The records the code's rows went to (several for a split), or none for an exclusion. */
	missions: string[];
	rule: 'same' | 'renamed' | 'split by date' | 'excluded';
	why: string | null;
	/** First and last month (YYYY-MM) or year (YYYY) the code appears with personnel. */
	first: string;
	last: string;
	rows: number;
}

export class MissionCodes {
	private readonly uses = new Map<string, CodeUse>();

	/**
	 * @param ids the ids of the records of missions.json
	 * @param startMonth a record's start month by the UN list (YYYY-MM), for splits
	 */
	constructor(
		private readonly ids: Set<string>,
		private readonly startMonth: (id: string) => string | null
	) {
		for (const [file, rules] of Object.entries(CODE_RULES)) {
			for (const [code, rule] of Object.entries(rules)) {
				const targets = 'to' in rule ? [rule.to] : 'split' in rule ? rule.split : [];
				for (const t of targets) {
					if (!ids.has(t))
						throw new Error(
							`scripts/geodata/codes.ts: ${file} code ${code} points at ${t}, which is not a mission record`
						);
					if ('split' in rule && !startMonth(t))
						throw new Error(
							`scripts/geodata/codes.ts: ${file} code ${code} is split by the start of ${t}, which the UN list does not date`
						);
				}
			}
		}
	}

	/**
	 * The record a source row belongs to, or null for an excluded code.
	 * @param day the row's day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY)
	 * @param record false to look up without counting the row in mission-codes.json
	 */
	resolve(file: string, code: string, day: string, record = true): string | null {
		const when = day.slice(0, 7);
		const rule = CODE_RULES[file]?.[code];
		let id: string | null;
		let kind: CodeUse['rule'];
		if (!rule) {
			if (!this.ids.has(code)) {
				throw new Error(
					`${file}: mission code "${code}" (${when}) is neither a mission record nor an exclusion; add the mission to scripts/geodata/catalogue.ts, or a rule for the code to CODE_RULES in scripts/geodata/codes.ts`
				);
			}
			id = code;
			kind = 'same';
		} else if ('exclude' in rule) {
			id = null;
			kind = 'excluded';
		} else if ('to' in rule) {
			id = rule.to;
			kind = 'renamed';
		} else {
			const at = day.length === 4 ? `${day}-12` : day;
			const started = rule.split.filter((m) => (rule.from?.[m] ?? this.startMonth(m)!) <= at);
			id = started[started.length - 1] ?? rule.split[0];
			kind = 'split by date';
		}
		if (!record) return id;
		const key = `${file}|${code}`;
		const use = this.uses.get(key) ?? {
			file,
			code,
			missions: [],
			rule: kind,
			why: rule ? ('exclude' in rule ? rule.exclude : rule.why) : null,
			first: when,
			last: when,
			rows: 0
		};
		if (id && !use.missions.includes(id)) use.missions.push(id);
		if (when < use.first) use.first = when;
		if (when > use.last) use.last = when;
		use.rows++;
		this.uses.set(key, use);
		return id;
	}

	/**
	 * Records a code left out as a class rather than by name (another body's operations in a
	 * file of UN and other operations), with the reason.
	 */
	excludeAll(file: string, code: string, when: string, why: string): void {
		const key = `${file}|${code}`;
		const use = this.uses.get(key) ?? {
			file,
			code,
			missions: [],
			rule: 'excluded' as const,
			why,
			first: when,
			last: when,
			rows: 0
		};
		if (when < use.first) use.first = when;
		if (when > use.last) use.last = when;
		use.rows++;
		this.uses.set(key, use);
	}

	/** Why a code was renamed, split or left out (null for a record's own id). */
	why(file: string, code: string): string | null {
		const rule = CODE_RULES[file]?.[code];
		return rule ? ('exclude' in rule ? rule.exclude : rule.why) : null;
	}

	/** Every code met, by file and code. */
	list(): CodeUse[] {
		return [...this.uses.values()]
			.map((u) => ({ ...u, missions: [...u.missions].sort() }))
			.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.code < b.code ? -1 : 1));
	}
}
