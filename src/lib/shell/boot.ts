/**
 * The page's start, in place of SvelteKit's client router (vite.config.ts, `atlas:shell`).
 * SvelteKit still prerenders every page and writes its inline bootstrap, which calls
 * `start(app, target, hydration)`; this start hydrates the page's own nodes and nothing more:
 * every route is a page of its own, and within one only the query changes (page.svelte.ts).
 * docs/architecture.md, "The shell".
 */
import { hydrate, mount, type Component } from 'svelte';
import { listen, notifyAfterNavigate, page } from './page.svelte';

type Loaded = {
	component: unknown;
	universal?: { load?: unknown };
};
interface ClientApp {
	nodes: (() => Promise<Loaded>)[];
	hooks: { init?: () => unknown };
	/** SvelteKit's generated root (vite.config.ts gives it without its legacy class wrapper). */
	root: Component<Record<string, unknown>>;
}
interface Hydration {
	node_ids: number[];
	data: ({ type: 'data'; data: Record<string, unknown> | null } | null)[];
	form?: null;
	error?: App.Error | null;
	status?: number;
	params?: Record<string, string>;
	route?: { id: string | null };
}

export async function start(app: ClientApp, target: Element, hydration?: Hydration) {
	await app.hooks.init?.();
	// The fallback page (404.html) has no hydration: the layout around the error page, drawn anew.
	const ids = hydration?.node_ids ?? [0, 1];
	const nodes = await Promise.all(ids.map((id) => app.nodes[id]()));
	nodes.forEach((node, i) => {
		if (node.universal?.load)
			throw new Error(
				`Route node ${ids[i]} has a universal load (+page.ts or +layout.ts with load()): ` +
					'this site has no client router to run it. Move the load to +page.server.ts.'
			);
	});
	page.url = new URL(location.href);
	page.status = hydration ? (hydration.status ?? 200) : 404;
	page.error = hydration ? (hydration.error ?? null) : { message: 'Not Found' };
	page.params = hydration?.params ?? {};
	page.route = hydration?.route ?? { id: null };
	const props: Record<string, unknown> = {
		stores: {
			page: {
				set() {},
				notify() {},
				subscribe: (fn: (v: unknown) => void) => (fn(page), () => {})
			},
			navigating: { subscribe: (fn: (v: unknown) => void) => (fn(null), () => {}) },
			updated: {
				subscribe: (fn: (v: unknown) => void) => (fn(false), () => {}),
				check: async () => false
			}
		},
		page,
		constructors: nodes.map((node) => node.component),
		form: null
	};
	let data: Record<string, unknown> = {};
	nodes.forEach((_, i) => {
		data = { ...data, ...(hydration?.data[i]?.data ?? {}) };
		props[`data_${i}`] = data;
	});
	page.data = data;
	if (!hydration) target.textContent = '';
	(hydration ? hydrate : mount)(app.root, { target, props });
	await Promise.resolve();
	listen();
	notifyAfterNavigate(null, 'enter');
}
