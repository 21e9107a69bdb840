/**
 * The reader's theme choice: follows the system until they pick one, which this device
 * remembers. A preference, not shareable state, so it lives outside the URL (embeds set
 * their theme by URL instead).
 */
const KEY = 'peacekeeping-atlas-theme';

export type Scheme = 'light' | 'dark';

export function storedScheme(): Scheme | null {
	try {
		const value = localStorage.getItem(KEY);
		return value === 'light' || value === 'dark' ? value : null;
	} catch {
		return null;
	}
}

export function storeScheme(scheme: Scheme): void {
	try {
		localStorage.setItem(KEY, scheme);
	} catch {
		// Storage can be off (private mode, strict settings): the choice lasts for this page.
	}
}

/** Sets the document's theme attribute, which the CSS colours follow. */
export function applyScheme(scheme: Scheme | null): void {
	if (scheme) document.documentElement.dataset.theme = scheme;
	else delete document.documentElement.dataset.theme;
}
