/**
 * The browser's side of `$app/state` and `$app/navigation`, without SvelteKit's client router.
 * Every route is a prerendered page of its own; inside one, only the query changes (the view),
 * so `page.url` is the whole of the navigation state. vite.config.ts (`atlas:shell`) gives
 * these modules to the client build in place of SvelteKit's; the server keeps SvelteKit's own.
 * docs/architecture.md, "The shell".
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- page.url is replaced whole, never changed in place; the set of callbacks is not state. */
import { tick } from 'svelte';

export type NavigationType = 'enter' | 'link' | 'goto' | 'popstate';
export interface AfterNavigation {
	from: { url: URL } | null;
	to: { url: URL };
	type: NavigationType;
	willUnload: false;
	complete: Promise<void>;
}

class PageState {
	url = $state(new URL('http://localhost/'));
	status = $state(200);
	error = $state<App.Error | null>(null);
	params = $state<Record<string, string>>({});
	data = $state<Record<string, unknown>>({});
	route = $state<{ id: string | null }>({ id: null });
	form = null;
	state = {};
}

export const page = new PageState();

const after = new Set<(navigation: AfterNavigation) => void>();

/** Runs `fn` after every change of address within the page, and once when the page starts. */
export function afterNavigate(fn: (navigation: AfterNavigation) => void): void {
	after.add(fn);
	// A component's registration lasts as long as the component; the app registers in models
	// that live as long as the page, so no removal is needed (the router's onDestroy is not).
}

export function notifyAfterNavigate(from: URL | null, type: NavigationType): void {
	const navigation: AfterNavigation = {
		from: from && { url: from },
		to: { url: page.url },
		type,
		willUnload: false,
		complete: Promise.resolve()
	};
	for (const fn of after) fn(navigation);
}

function move(url: URL, type: NavigationType, replace: boolean): URL {
	const from = page.url;
	if (type !== 'popstate') history[replace ? 'replaceState' : 'pushState'](history.state, '', url);
	page.url = new URL(url);
	return from;
}

interface GotoOptions {
	replaceState?: boolean;
	noScroll?: boolean;
	keepFocus?: boolean;
}

/**
 * Moves to another view of this page: a new history entry (or the same one, `replaceState`),
 * then `page.url`. An address on another page is loaded in full.
 *
 * The URL changes a microtask later, never within the caller's task, as with SvelteKit's own
 * `goto`: effects already scheduled see the view as it was (the embed tells its host the link's
 * view before the view a host asked for, in that order).
 */
export async function goto(to: string | URL, options: GotoOptions = {}): Promise<void> {
	const url = new URL(to, location.href);
	if (url.origin !== location.origin || url.pathname !== location.pathname) {
		location.href = url.href;
		return;
	}
	await Promise.resolve();
	await navigate(url, 'goto', options);
}

/** The address moves within the page; once the view has followed, scroll, focus and callbacks. */
async function navigate(url: URL, type: 'goto' | 'link', options: GotoOptions): Promise<void> {
	const from = move(url, type, options.replaceState ?? false);
	await tick();
	if (!options.noScroll) scrollTo(0, 0);
	if (!options.keepFocus) resetFocus();
	notifyAfterNavigate(from, type);
}

function resetFocus() {
	const body = document.body;
	const tabindex = body.getAttribute('tabindex');
	body.tabIndex = -1;
	body.focus({ preventScroll: true });
	if (tabindex === null) body.removeAttribute('tabindex');
	else body.setAttribute('tabindex', tabindex);
}

function linkOf(event: MouseEvent): URL | null {
	if (event.defaultPrevented || event.button !== 0) return null;
	if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
	const a = (event.composedPath() as Element[]).find(
		(el) => el instanceof HTMLAnchorElement || el instanceof SVGAElement
	) as HTMLAnchorElement | SVGAElement | undefined;
	if (!a) return null;
	const href = a instanceof SVGAElement ? a.href.baseVal : a.href;
	const target = a instanceof SVGAElement ? a.target.baseVal : a.target;
	if (!href || (target && target !== '_self') || a.hasAttribute('download')) return null;
	if (a.closest('[data-sveltekit-reload]')) return null;
	const url = new URL(href, document.baseURI);
	// Another page, or only a fragment of this one: the browser's own way.
	if (url.origin !== location.origin || url.pathname !== location.pathname) return null;
	if (url.search === location.search) return null;
	return url;
}

/** Links within the page and the history buttons move `page.url`; the document stays. */
export function listen(): void {
	document.addEventListener('click', (event) => {
		const url = linkOf(event);
		if (!url) return;
		event.preventDefault();
		void navigate(url, 'link', {});
	});
	const fromHistory = () => {
		if (location.href === page.url.href) return;
		const from = move(new URL(location.href), 'popstate', true);
		void tick().then(() => notifyAfterNavigate(from, 'popstate'));
	};
	addEventListener('popstate', fromHistory);
	addEventListener('hashchange', fromHistory);
}
