import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { buildLang } from './scripts/lang.mjs';

// Each language is a build of its own (scripts/build.mjs): English at the root of build/,
// French and Arabic in build/fr and build/ar, served under /fr and /ar.
const lang = buildLang();
const prefix = lang === 'en' ? '' : `/${lang}`;
const output = `build${prefix}`;

/**
 * A fully prerendered static site: build/ can be served by any static host.
 * BASE_PATH serves it from a sub-path, e.g. BASE_PATH=/atlas npm run build.
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte` version stamp: a side-effect import in every component, which would
	// tie each component's chunk to whichever chunk holds it (scripts/vite/firstViewChunks.ts).
	compilerOptions: { discloseVersion: false },
	vitePlugin: {
		// Our components are all in runes mode, those without a rune too: a component compiled in
		// legacy mode imports Svelte's legacy flag for its side effect, with the same consequence.
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('/node_modules/') ? undefined : { runes: true }
	},
	kit: {
		// build/404.html: what static hosts serve for an address the site does not have (GitHub
		// Pages and Netlify by themselves; nginx with `error_page 404 /404.html`).
		adapter: adapter({ pages: output, assets: output, strict: true, fallback: '404.html' }),
		// Every page's CSS is in its HTML, not in ten render-blocking files: over an emulated slow
		// connection (the bench's Slow 4G) the map picture came at 0.7 s instead of 2.5 s, and the
		// explorer was interactive at 6.9 s instead of 8.2 s. It costs about 16 KB gzip of HTML a
		// page. The CSP already allows inline styles (below).
		inlineStyleThreshold: Infinity,
		paths: { base: (process.env.BASE_PATH ?? '') + prefix },
		alias: { $geodata: 'geodata', $content: 'content' },
		// Registered by the app once the first view is ready (src/lib/state/offline.ts).
		serviceWorker: { register: false },
		prerender: {
			// Files fetched by script or by other sites, which no page links to.
			entries: ['*', '/oembed.json', '/content/corpus.json', '/present/tours.json'],
			// Links to the other languages' pages (the language switch) are other builds' pages.
			handleHttpError: ({ path, message }) => {
				const own = path.slice((process.env.BASE_PATH ?? '').length);
				const inLanguage = (l) => own === `/${l}` || own.startsWith(`/${l}/`);
				const other = lang === 'en' ? inLanguage('fr') || inLanguage('ar') : !inLanguage(lang);
				if (other) return;
				throw new Error(message);
			},
			handleMissingId: 'fail',
			// oEmbed and social-card links point at the public site (SITE_URL), not at this build.
			handleInvalidUrl: 'ignore'
		},
		// A strict Content-Security-Policy in every page (a <meta> tag: static hosts need no
		// configuration). Inline scripts are SvelteKit's own, allowed by their hashes. Styles allow
		// inline attributes (Svelte's style: directives, MapLibre's positioning). README explains.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
