import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

export default defineConfig({
	plugins: [sveltekit(), siteUrlWarning()],
	// Where the site will live, with its base path, for the absolute URLs of oEmbed and social
	// cards: SITE_URL=https://example.org BASE_PATH=/atlas npm run build.
	define: {
		__SITE_URL__: JSON.stringify(
			(process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '') +
				(process.env.BASE_PATH ?? '')
		)
	},
	build: {
		target: 'es2022',
		// One CSS target for the client and the server build: a stylesheet the server's HTML links
		// (MapLibre's, src/lib/map/engine.ts) is then the same file, with the same hash, as the one
		// the client loads and the offline cache holds.
		cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari16.4']
	},
	server: { fs: { allow: ['geodata', 'content'] } },
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
