/**
 * Operations' full names in the page's language ("Force intérimaire des Nations Unies au
 * Liban"), as the UN or the operation's own body writes them, each with its source
 * (geodata/mission-names.json; vite.config.ts writes this build's table). The table is a chunk
 * of its own, fetched the first time a name is asked for, so the first view does not carry it;
 * until it is here (and on English pages, and for an operation the table lacks) `localName`
 * gives null and the reader sees the data's own English name, marked as English.
 */
import { LANG } from '$lib/i18n/lang';

export interface LocalName {
	name: string;
	/** False where no stored source confirms the name in this language. */
	verified: boolean;
	source: { title: string; url: string } | null;
}

interface Table {
	own: Record<string, LocalName>;
	/** The names in the other languages, for search. */
	others: Record<string, string[]>;
}

let table = $state<Table | null>(null);
let loading: Promise<Table | null> | null = null;

/** Fetches the table once; resolves to null if it cannot (the English names stay). */
export function loadMissionNames(): Promise<Table | null> {
	loading ??= import('$geodata/mission-fullnames.json').then(
		(module) => (table = module.default),
		() => ((loading = null), null)
	);
	return loading;
}

/** The name in the page's language, or null: reactive, so a view updates when the table arrives. */
export function localName(id: string): LocalName | null {
	if (LANG === 'en') return null;
	if (!table) {
		void loadMissionNames();
		return null;
	}
	return table.own[id] ?? null;
}

/** The name to show: the page's language's where there is one, else the data's own (English). */
export const fullName = (id: string, english: string): string => localName(id)?.name ?? english;

/** The names in the other languages (for search), once loaded. */
export function otherNames(id: string): string[] {
	return table?.others[id] ?? [];
}
