import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';

/** Port of the production build the tests drive; apart from `npm start`'s 4173 (E2E_PORT moves it). */
const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	// Two browsers at a time on 2 cores: each test runs about 1.6× slower, the suite about 17%
	// faster (one browser alone left the CPU 15% idle, waiting on its GPU process and on
	// Playwright's polls). E2E_WORKERS sets another number (docs/testing.md).
	workers: Number(process.env.E2E_WORKERS ?? 2),
	fullyParallel: false,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// Recording a trace slows every test; in CI only a retry (a test that failed once) records.
		trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
		// The offline cache is tested on its own (offline.e2e.ts); elsewhere it would only slow runs.
		serviceWorkers: 'block',
		// Camera moves are instant: software WebGL draws every frame of a glide on the CPU. Tests
		// of the glides themselves ask for motion (test.use({ reducedMotion: 'no-preference' })).
		reducedMotion: 'reduce',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader']
		}
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } }
		}
	],
	webServer: {
		// A fresh build of every language, served as a static host serves it.
		command: `npm run build && node scripts/serve.mjs --port ${PORT}`,
		port: PORT,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
