/**
 * `npm start`: installs if needed, builds the static site and serves it on localhost.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules/.package-lock.json')) run('npm', ['ci', '--no-audit', '--no-fund']);
run('npm', ['run', '--silent', 'build']);
run('node', ['scripts/serve.mjs', '--port', process.env.PORT ?? '4173']);
