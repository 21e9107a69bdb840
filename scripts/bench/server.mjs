/**
 * A tiny static file server for the benchmark: serves build/ like a static host would, plus
 * generated and library files under /__bench/. It gzips when the browser accepts it, so the
 * bytes the benchmark counts are the bytes a real host would send, and it logs every response
 * so a run can sum what one page load transferred (including worker scripts and fonts, which
 * the page's own Network events do not always show).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
	'.map': 'application/json'
};

/** Already-compressed formats gain nothing from gzip; real hosts skip them too. */
const PRECOMPRESSED = new Set(['.woff2', '.woff', '.png', '.jpg', '.webp']);

export function contentType(path) {
	return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Resolves a URL path inside a directory, or null when it would escape it. */
function inside(root, urlPath) {
	const full = normalize(join(root, urlPath));
	return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * The file a URL path names under root, following SvelteKit's static output: `/` and `/dir/`
 * are index.html, `/x` is x.html when x has no extension and x.html exists.
 */
export async function resolveFile(root, urlPath) {
	const base = inside(root, decodeURIComponent(urlPath));
	if (!base) return null;
	const candidates = urlPath.endsWith('/')
		? [join(base, 'index.html')]
		: extname(urlPath)
			? [base]
			: [base, `${base}.html`, join(base, 'index.html')];
	for (const c of candidates) if (await isFile(c)) return c;
	return null;
}

/**
 * Starts the server on a free localhost port.
 * @param {object} o
 * @param {string} o.root  the build directory
 * @param {Record<string, string>} o.mounts  URL prefix (e.g. '/__bench/geodata/') -> directory
 * @param {Map<string, {body: string|Buffer, type?: string}>} o.generated  URL path -> content;
 *   the map stays live, so pages generated later (the bare floor) can be added to it
 */
export async function startServer({ root, mounts = {}, generated = new Map() }) {
	// Compressed bodies are cached so gzip CPU time does not land inside a measured page load.
	const cache = new Map();
	/** Every response since the last reset: what one page load transferred. */
	let log = [];

	async function lookup(urlPath) {
		const made = generated.get(urlPath);
		if (made) {
			const body = Buffer.isBuffer(made.body) ? made.body : Buffer.from(made.body);
			return { body, type: made.type ?? contentType(urlPath), key: urlPath };
		}
		let file = null;
		for (const [prefix, dir] of Object.entries(mounts)) {
			if (urlPath.startsWith(prefix)) {
				file = await resolveFile(dir, '/' + urlPath.slice(prefix.length));
				break;
			}
		}
		file ??= await resolveFile(root, urlPath);
		if (!file) return null;
		return { body: await readFile(file), type: contentType(file), key: file };
	}

	function encode(found, gzip) {
		if (!gzip || PRECOMPRESSED.has(extname(found.key))) return found.body;
		// Generated files can change between calibration and measurement: key on content size too.
		const key = `${found.key}:${found.body.length}`;
		let zipped = cache.get(key);
		if (!zipped) cache.set(key, (zipped = gzipSync(found.body, { level: 6 })));
		return zipped;
	}

	const server = createServer(async (req, res) => {
		// When the request arrived (epoch ms): the bench splits a load's bytes at the page's ready.
		const at = performance.timeOrigin + performance.now();
		// What asked for it: 'script' for the page's own imports, 'empty' for fetches (the
		// service worker filling the offline cache among them).
		const dest = req.headers['sec-fetch-dest'] ?? null;
		try {
			const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
			const found = await lookup(urlPath);
			if (!found) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
				log.push({ path: urlPath, status: 404, bytes: 9, raw: 9, at, dest });
				return;
			}
			const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
			const body = encode(found, gzip);
			const headers = { 'content-type': found.type, 'content-length': body.length };
			if (body !== found.body) headers['content-encoding'] = 'gzip';
			// Hashed assets are immutable on any real host: without this, each of MapLibre's
			// workers would download the worker script again within one page load.
			if (/^(\/(fr|ar))?\/_app\/immutable\//.test(urlPath) || urlPath.startsWith('/__bench/lib/')) {
				headers['cache-control'] = 'public, max-age=31536000, immutable';
			}
			res.writeHead(200, headers);
			res.end(req.method === 'HEAD' ? undefined : body);
			log.push({
				path: urlPath,
				status: 200,
				bytes: body.length,
				raw: found.body.length,
				at,
				dest
			});
		} catch (error) {
			res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
		}
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	return {
		origin: `http://127.0.0.1:${port}`,
		generated,
		/** Starts a fresh request log; returns the previous one. */
		takeLog() {
			const taken = log;
			log = [];
			return taken;
		},
		close: () => new Promise((resolve) => server.close(resolve))
	};
}
