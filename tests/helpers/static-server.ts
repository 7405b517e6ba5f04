import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
};

/**
 * Serves a built site the way a static host does: under its base path, `/x/` → `/x/index.html`,
 * `/x` → 301 to `/x/`, anything else → `404.html` with status 404; text gzipped, hashed assets
 * cached for a year, pages revalidated (as the deploy docs ask of a host).
 */
export async function serveStatic(root: string, basePath = '/'): Promise<{ url: string; server: Server }> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const send = (file: string, status: number) => {
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const hashed = path.startsWith(`${basePath}_astro/`);
			const headers: Record<string, string> = {
				'Content-Type': type,
				'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
			};
			let body = readFileSync(file);
			if (
				/^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
				/\bgzip\b/.test(String(request.headers['accept-encoding']))
			) {
				body = gzipSync(body);
				headers['Content-Encoding'] = 'gzip';
			}
			response.writeHead(status, headers);
			response.end(body);
		};
		if (!path.startsWith(basePath)) return send(join(root, '404.html'), 404);
		const file = normalize(join(root, path.slice(basePath.length)));
		if (!file.startsWith(normalize(root))) return send(join(root, '404.html'), 404);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				response.writeHead(301, { Location: `${path}/` });
				return response.end();
			}
			const index = join(file, 'index.html');
			return existsSync(index) ? send(index, 200) : send(join(root, '404.html'), 404);
		}
		return existsSync(file) ? send(file, 200) : send(join(root, '404.html'), 404);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, server };
}
