/**
 * Words the views loaded on demand share: panels, tooltip, tables, sharing and lecture mode.
 * English; another language is a sibling module with the same keys.
 */

export const detailText = {
	body: {
		UN: 'UN',
		NATO: 'NATO',
		EU: 'EU',
		AU: 'African Union',
		ECOWAS: 'ECOWAS',
		LAS: 'Arab League',
		MFO: 'MFO',
		OIC: 'OIC'
	} as Record<string, string>,
	close: 'Close',
	hostsLabel: 'Hosts',
	/** A mission's dates; `reported` where no source dates it: the years with personnel. */
	missionYears: (
		start: number | null,
		end: number | null,
		reported: [number, number] | null = null
	) =>
		start === null
			? reported
				? `dates not in the sources; personnel reported ${reported[0] === reported[1] ? reported[0] : `${reported[0]}–${reported[1]}`}`
				: 'dates not in the sources'
			: start === end
				? String(start)
				: `${start}–${end ?? 'present'}`,
	notOic: 'Not an OIC member or observer',
	quotedFrom: (title: string) => `From “${title}”`,
	/** The quoted articles' provenance (content/articles/*.json says the same). */
	articleAttribution:
		'One of the two source articles the Peacekeeping Atlas was commissioned from; carried unchanged. The author is not named in the source.',
	// The kinds of uniformed personnel.
	troops: 'Troops',
	police: 'Police',
	experts: 'Experts on mission'
};
