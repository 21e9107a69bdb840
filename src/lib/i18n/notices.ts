/**
 * Notices about a link the atlas could not read in full (loaded only when there are some).
 * English; another language is a sibling module with the same keys.
 */
import { MAX_COMPARE, type NoticeKind } from '$lib/state/url';

export const noticeText = {
	// Notices about the link the page was opened with (shown only when there are some).
	notice: (param: string, value: string, kind: NoticeKind) =>
		({
			unknown: `The link asks for ${param} “${value}”, which the atlas does not know; it was left out.`,
			malformed: `The link’s ${param} “${value}” could not be read; the default is shown instead.`,
			clamped: `The link’s ${param} “${value}” is outside what the atlas covers; the nearest value is shown.`,
			conflict: `The link selects more than one thing; the ${param} “${value}” was left out.`,
			unavailable: `The link asks for ${param} “${value}”, but the sources have no monthly reports for that year; the year’s own month is shown.`,
			alone: `The link’s ${param} “${value}” needs a selected country to compare with; it was left out.`,
			'too-many': `One chart compares a country with at most ${MAX_COMPARE} others; the link’s ${param} “${value}” was left out.`
		})[kind],
	dismiss: 'Dismiss'
};
