/**
 * Serves build/ as a static host does (`npm run preview`, `npm start`, the end-to-end tests):
 * `/x` is x.html, `/fr/` is fr/index.html, hashed files are cached for good, HTML and the
 * service worker are revalidated, and an address the site does not have gets its language's
 * 404.html with status 404. BASE_PATH serves it under a sub-path, as built.
 *
 *   node scripts/serve.mjs [--port 4173]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';

const args = process.argv.slice(2);
const at = args.indexOf('--port');
const port = Number((at >= 0 && args[at + 1]) || process.env.PORT || 4173);
const base = process.env.BASE_PATH ?? '';

if (!existsSync('build/index.html')) {
	console.error('build/ has no site: run `npm run build` first.');
	process.exit(1);
}

const files = sirv('build', {
	extensions: ['html'],
	dotfiles: false,
	etag: true,
	setHeaders(res, path) {
		if (/\/_app\/immutable\//.test(path))
			res.setHeader('cache-control', 'public, max-age=31536000, immutable');
		else res.setHeader('cache-control', 'no-cache');
	}
});

/** The 404 page of the language the address is in. */
function notFound(path) {
	const lang = /^\/(fr|ar)(\/|$)/.exec(path)?.[1];
	const page =
		lang && existsSync(`build/${lang}/404.html`) ? `build/${lang}/404.html` : 'build/404.html';
	return readFileSync(page);
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const inBase = base === '' || url.pathname === base || url.pathname.startsWith(`${base}/`);
	const path = inBase ? url.pathname.slice(base.length) || '/' : null;
	const missing = () => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(notFound(path ?? '/'));
	};
	if (path === null) return missing();
	req.url = path + url.search;
	files(req, res, missing);
}).listen(port, 'localhost', () => {
	console.log(
		`Peacekeeping Atlas is served at http://localhost:${port}${base}/  (Ctrl+C stops it)`
	);
});
