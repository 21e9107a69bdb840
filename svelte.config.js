import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * A fully prerendered static site: build/ can be served by any static host.
 * BASE_PATH serves it from a sub-path, e.g. BASE_PATH=/atlas npm run build.
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		paths: { base: process.env.BASE_PATH ?? '' },
		alias: { $geodata: 'geodata', $content: 'content' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
