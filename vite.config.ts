import { sveltekit } from '@sveltejs/kit/vite';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildLang } from './scripts/lang.mjs';
import { firstViewChunks } from './scripts/vite/firstViewChunks';

const ROOT = dirname(fileURLToPath(import.meta.url));
const LANG = buildLang();

/**
 * A French or Arabic build reads each strings module in its language: an import that resolves
 * to src/lib/i18n/<module>.ts resolves to src/lib/i18n/<lang>/<module>.ts instead, and
 * content/themes.ts to content/i18n/<lang>/themes.ts. The English files are the source and
 * the types (docs/translations.md); a module without a translation stops the build.
 */
/** Writes a generated file only when its text changes (Vite then sees no change), and returns its path. */
function writeIfChanged(out: string, text: string): string {
	mkdirSync(dirname(out), { recursive: true });
	if (!existsSync(out) || readFileSync(out, 'utf8') !== text) writeFileSync(out, text);
	return out;
}

/**
 * Country names in the build's language. geodata/countries.json and countries.topo.json carry
 * English names; geodata/country-names.json the French and Arabic ones (npm run names). A build
 * reads copies written here, in which each country is named in the build's language and its
 * other names include the other two languages', so search finds it in any of the three. The
 * English build's map shapes keep their file as it is.
 */
const named = new Map<string, string>();
function namedGeodata(lang: string, path: string): string | null {
	const file = /^geodata\/(countries\.json|countries\.topo\.json)$/.exec(path)?.[1];
	if (!file || (lang === 'en' && file === 'countries.topo.json')) return null;
	const key = `${lang}/${file}`;
	if (!named.has(key)) named.set(key, writeNamed(lang, file));
	return named.get(key)!;
}

function writeNamed(lang: string, file: string): string {
	const out = join(ROOT, 'node_modules/.cache/atlas-names', lang, file);
	const names = JSON.parse(
		readFileSync(join(ROOT, 'geodata/country-names.json'), 'utf8')
	) as Record<string, Record<string, string>>;
	const others = ['en', 'fr', 'ar'].filter((l) => l !== lang && l !== 'en');
	const nameOf = (iso3: string, english: string) => (lang === 'en' ? english : names[lang][iso3]);
	const raw = readFileSync(join(ROOT, 'geodata', file), 'utf8');
	let text: string;
	if (file === 'countries.json') {
		const countries = JSON.parse(raw) as { iso3: string; name: string; altNames: string[] }[];
		text =
			'[\n' +
			countries
				.map((c) => {
					const own = nameOf(c.iso3, c.name);
					if (!own)
						throw new Error(
							`geodata/country-names.json has no ${lang} name for ${c.iso3}: run npm run names.`
						);
					const alt = [
						...(lang === 'en' ? [] : [c.name]),
						...others.map((l) => names[l][c.iso3]),
						...c.altNames
					];
					return JSON.stringify({
						...c,
						name: own,
						altNames: [...new Set(alt)].filter((n) => n && n !== own)
					});
				})
				.join(',\n') +
			'\n]\n';
	} else {
		const topo = JSON.parse(raw) as {
			objects: Record<string, { geometries: { properties?: { iso3?: string; name?: string } }[] }>;
		};
		for (const object of Object.values(topo.objects))
			for (const g of object.geometries) {
				const p = g.properties;
				if (p?.iso3 && p.name) p.name = nameOf(p.iso3, p.name) ?? p.name;
			}
		text = JSON.stringify(topo);
	}
	return writeIfChanged(out, text);
}

/**
 * Operations' acronyms in the build's language, from geodata/mission-names.json (the UN's own,
 * each with its source): `own` maps an id to the label this language shows where it differs
 * (FINUL for UNIFIL in French), `others` to the other languages' labels, which search finds.
 * Written as two files, `own` and `others`: only search needs the other languages' labels, and
 * it loads on demand. Returns the path of the one asked for.
 */
function missionLabels(lang: string, which: 'own' | 'others'): string {
	const out = join(ROOT, 'node_modules/.cache/atlas-names', lang, 'mission-labels.json');
	const names = JSON.parse(
		readFileSync(join(ROOT, 'geodata/mission-names.json'), 'utf8')
	) as Record<string, Record<string, { acronym: string | null }>>;
	const labelIn = (l: string, id: string) =>
		l === 'en' ? null : (names[l]?.[id]?.acronym ?? null);
	const ids = new Set([...Object.keys(names.fr), ...Object.keys(names.ar)]);
	const own: Record<string, string> = {};
	const others: Record<string, string[]> = {};
	for (const id of [...ids].sort()) {
		const mine = labelIn(lang, id);
		if (mine && mine !== id) own[id] = mine;
		const theirs = ['fr', 'ar']
			.filter((l) => l !== lang)
			.map((l) => labelIn(l, id))
			.filter((x): x is string => Boolean(x) && x !== id && x !== mine);
		if (theirs.length) others[id] = [...new Set(theirs)];
	}
	writeIfChanged(out.replace('labels', 'aliases'), JSON.stringify(others));
	writeIfChanged(out, JSON.stringify(own));
	return which === 'own' ? out : out.replace('labels', 'aliases');
}

/**
 * Operations' full names (`own`: this language's, each with whether a source confirms it and
 * that source; English pages have none, the data's own names are English) and the other
 * languages' names (`others`, which search finds), from geodata/mission-names.json. Loaded on
 * demand: src/lib/data/missionNames.svelte.ts.
 */
function missionFullNames(lang: string): string {
	const out = join(ROOT, 'node_modules/.cache/atlas-names', lang, 'mission-fullnames.json');
	type Entry = {
		name: string;
		verified?: boolean;
		source: string | { title: string; url: string };
	};
	const names = JSON.parse(
		readFileSync(join(ROOT, 'geodata/mission-names.json'), 'utf8')
	) as Record<string, Record<string, Entry>>;
	const own: Record<
		string,
		{ name: string; verified: boolean; source: { title: string; url: string } | null }
	> = {};
	const others: Record<string, string[]> = {};
	for (const l of ['fr', 'ar']) {
		for (const [id, e] of Object.entries(names[l]).sort(([a], [b]) => a.localeCompare(b))) {
			if (!e.name) continue;
			if (l === lang) {
				const source =
					typeof e.source === 'object' ? { title: e.source.title, url: e.source.url } : null;
				own[id] = { name: e.name, verified: Boolean(e.verified && source), source };
			} else (others[id] ??= []).push(e.name);
		}
	}
	const text = JSON.stringify({ own, others });
	return writeIfChanged(out, text);
}

/**
 * The browser's shell without SvelteKit's client router (11.5 KB gzip of every page with its
 * devalue and route table): every route is a prerendered page of its own, and within a page
 * only the query changes. In the client build, SvelteKit's client entry, `$app/state`,
 * `$app/navigation` and `$app/paths` become src/lib/shell/'s; SvelteKit still prerenders
 * every page and writes its bootstrap, preloads and CSP. The server build is untouched.
 * docs/architecture.md, "The shell".
 */
// Vite names modules by their real path: a linked node_modules must not hide them.
const KIT_RUNTIME = realpathSync(join(ROOT, 'node_modules/@sveltejs/kit/src/runtime'));
const SHELL = join(ROOT, 'src/lib/shell');
const shellModules: Record<string, string> = {
	// The generated root as the Svelte 5 component it is, without the legacy class wrapper.
	[join(ROOT, '.svelte-kit/generated/root.js')]: "export { default } from './root.svelte';",
	[join(KIT_RUNTIME, 'client/entry.js')]:
		`export { start } from ${JSON.stringify(join(SHELL, 'boot.ts'))};`,
	[join(KIT_RUNTIME, 'app/state/index.js')]:
		`export { page } from ${JSON.stringify(join(SHELL, 'page.svelte.ts'))};`,
	[join(KIT_RUNTIME, 'app/navigation.js')]:
		`export { goto, afterNavigate } from ${JSON.stringify(join(SHELL, 'page.svelte.ts'))};`,
	[join(KIT_RUNTIME, 'app/paths/client.js')]: [
		`import { base, assets } from ${JSON.stringify(join(KIT_RUNTIME, 'app/paths/internal/client.js'))};`,
		`import { resolve_route } from ${JSON.stringify(join(KIT_RUNTIME, '../utils/routing.js'))};`,
		'export function asset(file) { return (assets || base) + file; }',
		'export function resolve(id, params) { return base + resolve_route(id, params ?? {}); }',
		'export { base, assets, resolve as resolveRoute };'
	].join('\n')
};
const shell = (): Plugin => {
	const given = new Set<string>();
	return {
		name: 'atlas:shell',
		enforce: 'pre',
		load(id) {
			if (this.environment?.name !== 'client') return null;
			const file = id.split('?')[0];
			if (!(file in shellModules)) return null;
			given.add(file);
			return shellModules[file];
		},
		// A SvelteKit that moved its client entry would bring its router back without a word.
		generateBundle() {
			if (this.environment?.name !== 'client') return;
			const entry = join(KIT_RUNTIME, 'client/entry.js');
			if (!given.has(entry))
				this.error(
					`atlas:shell: ${entry} was never loaded, so SvelteKit's client ` +
						'router is back in the build. SvelteKit has moved its client entry: point ' +
						"shellModules in vite.config.ts at the new files (docs/architecture.md, 'The shell')."
				);
		}
	};
};

const language = (lang: string): Plugin => ({
	name: 'atlas:language',
	enforce: 'pre',
	async resolveId(source, importer, options) {
		if (!importer) return null;
		if (source.endsWith('geodata/mission-labels.json')) return missionLabels(lang, 'own');
		if (source.endsWith('geodata/mission-aliases.json')) return missionLabels(lang, 'others');
		if (source.endsWith('geodata/mission-fullnames.json')) return missionFullNames(lang);
		const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
		if (!resolved || resolved.external) return resolved;
		const path = relative(ROOT, resolved.id.split('?')[0]).split(sep).join('/');
		const from = relative(ROOT, importer).split(sep).join('/');
		let translated: string | null = null;
		const named = namedGeodata(lang, path);
		if (named)
			return named + (resolved.id.includes('?') ? resolved.id.slice(resolved.id.indexOf('?')) : '');
		if (lang === 'en') return null;
		const strings = /^src\/lib\/i18n\/([a-z]+)\.ts$/.exec(path);
		if (strings && !['format', 'lang'].includes(strings[1]))
			translated = `src/lib/i18n/${lang}/${strings[1]}.ts`;
		if (path === 'content/themes.ts') translated = `content/i18n/${lang}/themes.ts`;
		// A translation may import from the English source (types are erased; values too).
		if (!translated || from.startsWith(`src/lib/i18n/${lang}/`) || from.startsWith('content/i18n/'))
			return null;
		if (!existsSync(join(ROOT, translated)))
			this.error(`${path} has no ${lang} translation: write ${translated} (docs/translations.md).`);
		return join(ROOT, translated);
	}
});

/**
 * A build for the public site must know its address: without SITE_URL the oEmbed response and
 * the social cards point at http://localhost:4173. Local builds (tests, `npm start`) can ignore the warning.
 */
const siteUrlWarning = (): Plugin => ({
	name: 'atlas:site-url',
	apply: 'build',
	buildStart() {
		if (process.env.SITE_URL || this.environment?.name === 'ssr') return;
		this.warn(
			'SITE_URL is not set: oembed.json and the social cards will point at http://localhost:4173. ' +
				'For a deploy, build with SITE_URL=https://your.host npm run build (README, "Deploy").'
		);
	}
});

function siteRoot() {
	return (
		(process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '') +
		(process.env.BASE_PATH ?? '')
	);
}

export default defineConfig({
	plugins: [language(LANG), shell(), sveltekit(), siteUrlWarning(), firstViewChunks(ROOT)],
	// Where the site will live, with its base path, for the absolute URLs of oEmbed and social
	// cards: SITE_URL=https://example.org BASE_PATH=/atlas npm run build.
	// Each language is its own build under its own path (scripts/build.mjs): __SITE_URL__ is this
	// build's, __SITE_ROOT__ the English one's, which the others' paths start from.
	define: {
		__SITE_URL__: JSON.stringify(siteRoot() + (LANG === 'en' ? '' : `/${LANG}`)),
		__SITE_ROOT__: JSON.stringify(siteRoot()),
		__BASE_ROOT__: JSON.stringify(process.env.BASE_PATH ?? ''),
		__LANG__: JSON.stringify(LANG)
	},
	build: {
		target: 'es2022',
		// One CSS target for the client and the server build: a stylesheet the server's HTML links
		// (MapLibre's, src/lib/map/engine.ts) is then the same file, with the same hash, as the one
		// the client loads and the offline cache holds.
		cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari16.4']
	},
	server: { fs: { allow: ['geodata', 'content', 'node_modules/.cache/atlas-names'] } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// Tests of reactive modules run their effects: Svelte's client runtime, a light DOM.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['src/**/*.svelte.test.ts'],
					environment: 'happy-dom'
				}
			}
		]
	}
});
