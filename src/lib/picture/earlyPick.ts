/**
 * A country picked on the map picture before the figures are in still opens its panel at once:
 * the panel names it and says its figures are coming; the page's own panel replaces this when
 * the figures are in (ExplorerPanel). The page's inline script (./urlView.ts, before the page's
 * code has run) and the picture (after) both call `showEarlyPick`, so it uses nothing from
 * outside itself: its source is written into the HTML.
 *
 * The panel holds an empty `[data-early-pick-slot]` element that only these functions fill;
 * pages without one (lecture mode) show nothing early. It returns whether it found the slot: a
 * click can come while the page's HTML is still arriving, before the panel is parsed.
 */
export function showEarlyPick(name: string, loading: string): boolean {
	const slot = document.querySelector('[data-early-pick-slot]');
	const panel = slot && slot.closest('[data-sheet]');
	if (!slot || !panel) return false;
	// The panel's prerendered overview steps aside (its heading lends its id until then).
	for (const other of panel.querySelectorAll('#panel-title')) {
		other.removeAttribute('id');
		other.setAttribute('data-panel-title', '');
	}
	const heading = document.createElement('h2');
	heading.id = 'panel-title';
	heading.tabIndex = -1;
	heading.textContent = name;
	const note = document.createElement('p');
	note.setAttribute('role', 'status');
	note.textContent = loading;
	slot.replaceChildren(heading, note);
	// On phones the panel is a sheet that shows only for a selection: this is one.
	panel.setAttribute('data-early-pick', '');
	return true;
}

/** The page's own panel has taken over (or the pick was dropped): the early one goes. */
export function clearEarlyPick(): void {
	const slot = document.querySelector('[data-early-pick-slot]');
	if (!slot || !slot.firstChild) return;
	slot.replaceChildren();
	const panel = slot.closest('[data-sheet]');
	panel?.removeAttribute('data-early-pick');
	for (const heading of panel?.querySelectorAll('[data-panel-title]') ?? []) {
		heading.removeAttribute('data-panel-title');
		heading.id = 'panel-title';
	}
}

/** The country's name as the picture carries it (its link's `data-name`), for an early pick. */
export function pictureName(picture: Element, iso3: string): string {
	const path = picture.querySelector(`path[data-iso3="${iso3}"]`);
	return (path && path.closest('a')?.getAttribute('data-name')) || iso3;
}
