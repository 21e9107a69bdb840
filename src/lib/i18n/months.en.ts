/**
 * English month names, written without Intl (whose first call loads locale data while the first
 * view is built), shared by the first view's strings, the on-demand strings and the derivation's
 * notes.
 */
export const MONTHS_EN =
	'January February March April May June July August September October November December'.split(
		' '
	);

/** "2012-08" → "August 2012"; "2012" stays. */
export const monthYearEn = (ym: string) =>
	ym.length >= 7 ? `${MONTHS_EN[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}` : ym;
