/**
 * The embed's postMessage API (documented in the README):
 *   embed → host: { type: "peacekeeping-atlas:height", height }            (for auto-height)
 *                 { type: "peacekeeping-atlas:ready" }      (once: requests are acted on now)
 *                 { type: "peacekeeping-atlas:view", year, country, mission, theme, step }
 *   host → embed: { type: "peacekeeping-atlas:set", year?, country?, mission?, step? }
 * The embed acts only on messages from the page that embeds it, of exactly this shape;
 * anything else is ignored.
 */
import { FIRST_YEAR, LAST_YEAR } from '$lib/data/years';
import { toSlug, type ViewState, type Vocabulary } from '$lib/state/url';

export const HEIGHT = 'peacekeeping-atlas:height';
export const VIEW = 'peacekeeping-atlas:view';
export const SET = 'peacekeeping-atlas:set';
export const READY = 'peacekeeping-atlas:ready';

export interface SetMessage {
	year?: number;
	country?: string | null;
	mission?: string | null;
	step?: number;
}

const KEYS = new Set(['type', 'year', 'country', 'mission', 'step']);
const isCode = (v: unknown) => v === null || (typeof v === 'string' && v.length <= 40);

/** The host's request if the message has exactly the documented shape, else null. */
export function readSetMessage(data: unknown): SetMessage | null {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
	const d = data as Record<string, unknown>;
	if (d.type !== SET || Object.keys(d).some((k) => !KEYS.has(k))) return null;
	if ('year' in d && !(typeof d.year === 'number' && Number.isInteger(d.year))) return null;
	if ('step' in d && !(typeof d.step === 'number' && Number.isInteger(d.step))) return null;
	if ('country' in d && !isCode(d.country)) return null;
	if ('mission' in d && !isCode(d.mission)) return null;
	const out: SetMessage = {};
	if ('year' in d) out.year = d.year as number;
	if ('step' in d) out.step = d.step as number;
	if ('country' in d) out.country = d.country as string | null;
	if ('mission' in d) out.mission = d.mission as string | null;
	return out;
}

/** Where announcements go: the embedding page's origin when the browser tells it. */
export function hostOrigin(): string {
	const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
	if (ancestors?.length) return ancestors[0];
	try {
		return document.referrer ? new URL(document.referrer).origin : '*';
	} catch {
		return '*';
	}
}

/**
 * The view change a host's request asks for, in the atlas's terms: the year kept within the
 * years covered; a known country or mission selected alone (a country wins over a mission);
 * null, or one the atlas does not know, clears the selection.
 */
export function requestedChange(m: SetMessage, vocab: Vocabulary): Partial<ViewState> {
	const country =
		m.country === undefined
			? undefined
			: m.country && vocab.hasCountry(m.country.toUpperCase())
				? m.country.toUpperCase()
				: null;
	const mission =
		m.mission === undefined
			? undefined
			: m.mission
				? vocab.missionForSlug(toSlug(m.mission))
				: null;
	return {
		...(m.year !== undefined ? { year: Math.min(LAST_YEAR, Math.max(FIRST_YEAR, m.year)) } : {}),
		...(country !== undefined ? { country, mission: null, theme: null } : {}),
		...(mission !== undefined && !country ? { mission, country: null, theme: null } : {})
	};
}
