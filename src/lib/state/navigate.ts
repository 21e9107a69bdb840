import { goto } from '$app/navigation';

/**
 * Moves to a new shareable state. `url` is always derived from `page.url`, which already
 * carries the base path, so it needs no `resolve()`. A new history entry (back undoes it)
 * unless `replace` is set, e.g. for camera moves that would flood the history.
 */
export function navigate(url: URL, { replace = false } = {}): Promise<void> {
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- derived from page.url
	return goto(url, { replaceState: replace, noScroll: true, keepFocus: true });
}
