/**
 * `npm run build`: checks geodata, then builds the site once per language into build/: English
 * at the root, French in build/fr, Arabic in build/ar (each a complete prerendered SvelteKit
 * build with its own base path: svelte.config.js, vite.config.ts). English goes first: its
 * build empties build/.
 */
import { spawnSync } from 'node:child_process';
import { LANGS } from './lang.mjs';

function run(label, command, args, env = process.env) {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status !== 0) {
		console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal})`);
		process.exit(result.status ?? 1);
	}
}

run('geodata check', 'npx', ['tsx', 'scripts/validate-geodata.ts']);
const only = process.env.ATLAS_LANG;
for (const lang of only ? [only] : LANGS) {
	console.log(`\n▶ build: ${lang}`);
	run(`build (${lang})`, 'npx', ['vite', 'build'], { ...process.env, ATLAS_LANG: lang });
}
