import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

async function file(path) {
	try {
		const info = await stat(path);
		if (info.isDirectory()) return file(join(path, 'index.html'));
		return { path, body: await readFile(path) };
	} catch {
		return undefined;
	}
}

/**
 * A minimal static host for tests and local preview: directory index.html, 404.html for misses,
 * the site mounted under `base`. Listens on 127.0.0.1 only.
 */
export function startServer({ root = 'dist', base = process.env.BASE_PATH || '/', port = 0 } = {}) {
	const dir = resolve(root);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const server = createServer(async (req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
		const notFound = async () => {
			const page = await file(join(dir, '404.html'));
			res.writeHead(404, { 'Content-Type': types['.html'] });
			res.end(page?.body ?? 'Not found');
		};
		if (!pathname.startsWith(prefix)) return notFound();
		let decoded;
		try {
			decoded = decodeURIComponent(pathname.slice(prefix.length));
		} catch {
			res.writeHead(400, { 'Content-Type': 'text/plain' });
			return res.end('Bad request');
		}
		const rel = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
		const found = await file(join(dir, rel));
		if (!found) return notFound();
		if (pathname.endsWith('/') === false && (await stat(join(dir, rel))).isDirectory()) {
			res.writeHead(301, { Location: `${pathname}/` });
			return res.end();
		}
		res.writeHead(200, { 'Content-Type': types[extname(found.path)] ?? 'application/octet-stream' });
		res.end(found.body);
	});
	return new Promise((resolvePromise) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			resolvePromise({ server, url: `http://127.0.0.1:${actualPort}${prefix}` });
		});
	});
}
