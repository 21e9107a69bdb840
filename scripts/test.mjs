/**
 * `npm test`: everything, in order: install if needed, lint, type check, unit tests, then the
 * end-to-end tests in a real Chromium (found or installed by scripts/browser.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

function run(label, command, args, env = process.env) {
	console.log(`\n▶ ${label}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status !== 0) {
		console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal})`);
		process.exit(result.status ?? 1);
	}
}

if (!existsSync('node_modules/.package-lock.json'))
	run('install (npm ci)', 'npm', ['ci', '--no-audit', '--no-fund']);

let chromium;
try {
	chromium = findChromium({ install: true });
} catch (error) {
	console.error(error.message);
	process.exit(1);
}

run('geodata (schema and joins)', 'npx', ['tsx', 'scripts/validate-geodata.ts']);
run('lint (prettier, eslint)', 'npm', ['run', '--silent', 'lint']);
run('type check (svelte-check)', 'npm', ['run', '--silent', 'check']);
run('unit tests (vitest)', 'npx', ['vitest', 'run']);
run('end-to-end tests (playwright, chromium)', 'npx', ['playwright', 'test'], {
	...process.env,
	CHROMIUM_PATH: chromium
});
console.log('\n✓ all tests passed');
