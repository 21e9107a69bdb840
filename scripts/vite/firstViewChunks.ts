/**
 * The map pages' first view in two scripts rather than twenty. Left to itself the bundler cuts
 * the modules the explore page and the embed load at once into about twenty chunks, one for
 * each set of pages and lazy parts that share them, and each is compressed on its own: in one
 * file the same code was about 5 KB smaller gzipped (60.4 → 55.5 KB on the English explorer),
 * and the imports and exports between chunks disappear. So, in the browser's build only:
 *
 * - `shared`: what the map pages' first view shares with the site's other pages (Svelte's
 *   runtime, the layout, the site's words);
 * - `map`: what the explore page and the embed both load at once, and no other page.
 *
 * A module only one of the two map pages loads, or only a lazy part, is chunked as before, so
 * no page downloads another's code and nothing lazy loads early. "Loads at once" is a static
 * import from a route's component, followed through static imports only.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface ModuleInfo {
	importedIds: readonly string[];
}
interface ChunkingContext {
	getModuleInfo(id: string): ModuleInfo | null;
}

/** Every route component (+page, +layout, +error) under src/routes. */
function routeComponents(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return routeComponents(path);
		return /^\+(page|layout|error)\.svelte$/.test(entry.name) ? [path] : [];
	});
}

/** The modules a set of roots imports at once, themselves included. */
function reachable(roots: string[], context: ChunkingContext): Set<string> {
	const seen = new Set<string>();
	const queue = [...roots];
	while (queue.length) {
		const id = queue.pop()!;
		if (seen.has(id)) continue;
		const info = context.getModuleInfo(id);
		if (!info) continue;
		seen.add(id);
		queue.push(...info.importedIds);
	}
	return seen;
}

export function firstViewChunks(root: string): Plugin {
	const routes = join(root, 'src/routes');
	const layout = join(routes, '+layout.svelte');
	const mapPages = [join(routes, '+page.svelte'), join(routes, 'embed/+page.svelte')];
	/** Pages that draw the map: the explorer, the embed and lecture mode. */
	const withMap = [...mapPages, join(routes, 'present/+page.svelte')];
	let groups: { shared: Set<string>; map: Set<string> } | null = null;

	function groupsFor(context: ChunkingContext) {
		if (groups) return groups;
		const [explore, embed] = mapPages.map((page) => reachable([layout, page], context));
		// What pages without a map (sources, articles, offline, the error page) load at once,
		// and what every page's entry loads (the client hooks).
		const text = reachable(
			[
				join(root, 'src/hooks.client.ts'),
				layout,
				...routeComponents(routes).filter((path) => !withMap.includes(path))
			],
			context
		);
		// Our own modules only: a library's index imports all of it (Svelte's runtime), and the
		// bundler already keeps apart the parts that only lazy code uses.
		const both = new Set(
			[...explore].filter((id) => embed.has(id) && !id.includes('/node_modules/'))
		);
		groups = {
			shared: new Set([...both].filter((id) => text.has(id))),
			map: new Set([...both].filter((id) => !text.has(id)))
		};
		return groups;
	}

	return {
		name: 'atlas:first-view-chunks',
		configEnvironment(name) {
			if (name !== 'client') return;
			return {
				build: {
					rolldownOptions: {
						output: {
							codeSplitting: {
								// A group takes its modules' static imports too: here those are in
								// the same group, or in `shared`, taken first.
								groups: [
									{
										name: (id: string, context: ChunkingContext) =>
											groupsFor(context).shared.has(id) ? 'shared' : null,
										priority: 2
									},
									{
										name: (id: string, context: ChunkingContext) =>
											groupsFor(context).map.has(id) ? 'map' : null,
										priority: 1
									}
								]
							}
						}
					}
				}
			};
		}
	};
}
