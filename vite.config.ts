import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Where the site will live, with its base path, for the absolute URLs of oEmbed and social
	// cards: SITE_URL=https://example.org BASE_PATH=/atlas npm run build.
	define: {
		__SITE_URL__: JSON.stringify(
			(process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '') +
				(process.env.BASE_PATH ?? '')
		)
	},
	build: { target: 'es2022' },
	server: { fs: { allow: ['geodata', 'content'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
