// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The site's public URL with its base path, set at build by SITE_URL and BASE_PATH (vite.config.ts). */
	const __SITE_URL__: string;

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
