// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The site's public URL with its base path, set at build by SITE_URL and BASE_PATH (vite.config.ts). */
	const __SITE_URL__: string;
	/** The site's public URL with its base path, without a language (English is at the root). */
	const __SITE_ROOT__: string;
	/** The base path without a language: '' or e.g. '/atlas'. */
	const __BASE_ROOT__: string;
	/** The language this build is in (src/lib/i18n/lang.ts). */
	const __LANG__: 'en' | 'fr' | 'ar';

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
