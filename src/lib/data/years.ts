/**
 * The years the atlas covers, apart from the schema so the browser can use them without the
 * validation library. First: UNTSO (1948); last: the latest UN report.
 */
export const FIRST_YEAR = 1948;
export const LAST_YEAR = 2025;
/** Every year the atlas covers, the latest first. */
export const YEARS_LATEST_FIRST = Array.from(
	{ length: LAST_YEAR - FIRST_YEAR + 1 },
	(_, i) => LAST_YEAR - i
);
/** Years with contribution figures (IPI from November 1990). */
export const FIRST_FIGURE_YEAR = 1990;
/** The OIC was founded in September 1969: before that no state counts as a member. */
export const OIC_FOUNDED = 1969;
