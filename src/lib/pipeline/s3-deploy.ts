/**
 * Publishing dist/ to S3-compatible object storage (Alibaba Cloud OSS, Tencent Cloud COS, behind
 * their CDN) for readers in mainland China, without a moment where a page links to a file that
 * is not there yet, and without leaving what was deleted:
 * 1. files whose names carry a content hash (`_astro/`, the search index's pieces): new names,
 *    so uploading them changes nothing a reader sees;
 * 2. the other files pages load (QR codes, pictures, the search index's entry point);
 * 3. the pages (HTML);
 * 4. what points at pages: the feed, the sitemap, robots.txt;
 * 5. only then, objects no longer in dist/ are deleted.
 * Only what changed is uploaded (compared by MD5, the ETag of a single-part upload). Each object
 * gets the Content-Type a host would send (charset=utf-8 for text) and the Cache-Control that
 * dist/_headers gives its path, so every host of the site caches alike.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { filesUnder } from '../files';
import { ROUTES } from '../site/urls';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};

/** Pagefind's index pieces and WebAssembly are binary, compressed by Pagefind itself. */
export const contentTypeOf = (key: string) => CONTENT_TYPES[extname(key).toLowerCase()] ?? 'application/octet-stream';

/** Host configuration, not content: not uploaded. */
export const NOT_PUBLISHED = ['_headers'];

interface HeaderRule {
	pattern: string;
	headers: Map<string, string>;
	detached: Set<string>;
}

/** dist/_headers (Cloudflare's format: a path pattern, then indented `Name: value` and `! Name` lines). */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: new Map(), detached: new Set() });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers: a header before any path: ${line.trim()}`);
		const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
		if (detach) rule.detached.add(detach[1]!.toLowerCase());
		else {
			const [name, ...value] = line.trim().split(':');
			rule.headers.set(name!.trim().toLowerCase(), value.join(':').trim());
		}
	}
	return rules;
}

const matches = (pattern: string, path: string) =>
	new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

/** The Cache-Control _headers gives a site path (/articles/x/index.html is served as /articles/x/). */
export function cacheControlOf(rules: readonly HeaderRule[], key: string): string | undefined {
	const path = `/${key}`.replace(/(^|\/)index\.html$/, '$1');
	let value: string | undefined;
	for (const rule of rules) {
		if (!matches(rule.pattern, path) && !matches(rule.pattern, `/${key}`)) continue;
		if (rule.detached.has('cache-control')) value = undefined;
		value = rule.headers.get('cache-control') ?? value;
	}
	return value;
}

export interface LocalObject {
	key: string;
	path: string;
	md5: string;
	contentType: string;
	cacheControl: string | undefined;
	/** 1–4: the order of upload (the header comment). */
	phase: 1 | 2 | 3 | 4;
}

const INDEX = ROUTES.searchIndex().slice(1);
/** Files named by their content: Astro's bundles and the search index's chunks and metadata. */
const HASHED = new RegExp(`^(_astro/|${INDEX}(index|fragment|filter)/|${INDEX}pagefind\\.[^/]+\\.pf_meta$)`);

export function phaseOf(key: string): LocalObject['phase'] {
	if (HASHED.test(key)) return 1;
	const extension = extname(key).toLowerCase();
	if (extension === '.html') return 3;
	if (extension === '.xml' || extension === '.txt') return 4;
	return 2;
}

/** Every file of the built site as the object it becomes, under `prefix` (e.g. news/ for BASE_PATH=/news/). */
export function localObjects(dist: string, prefix = ''): LocalObject[] {
	const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
	return filesUnder(dist)
		.filter((name) => !NOT_PUBLISHED.includes(name))
		.map((name) => ({ name, path: join(dist, name) }))
		.map(({ path, name }) => ({
			key: `${prefix}${name}`,
			path,
			md5: createHash('md5').update(readFileSync(path)).digest('hex'),
			contentType: contentTypeOf(name),
			cacheControl: cacheControlOf(rules, name),
			phase: phaseOf(name),
		}))
		.sort((a, b) => a.phase - b.phase || a.key.localeCompare(b.key));
}

/** What the bucket holds under the prefix: key and ETag (quotes removed). */
export interface RemoteObject {
	key: string;
	etag: string;
}

export interface DeployPlan {
	/** In upload order. */
	upload: LocalObject[];
	/** After every upload. */
	remove: string[];
	unchanged: number;
}

/** `force` uploads every file again, e.g. after the caching rules in _headers changed. */
export function deployPlan(local: readonly LocalObject[], remote: readonly RemoteObject[], force = false): DeployPlan {
	const etags = new Map(remote.map((object) => [object.key, object.etag.replace(/"/g, '').toLowerCase()]));
	const upload = local.filter((object) => force || etags.get(object.key) !== object.md5);
	const keys = new Set(local.map((object) => object.key));
	return {
		upload,
		remove: remote.map((object) => object.key).filter((key) => !keys.has(key)),
		unchanged: local.length - upload.length,
	};
}

/** Network failures by Node's code: the endpoint cannot be reached. */
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** The S3 API's names for a key that is wrong or may not do this. */
const REFUSED = new Set(['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'Forbidden', 'InvalidSecurity']);

/**
 * What went wrong with the bucket, as one Chinese line naming the setting to check, or undefined
 * for an error this does not know (a bug, shown whole). The SDK's own error is a page of English.
 */
export function bucketProblem(error: unknown, bucket: string, endpoint: string): string | undefined {
	const { name, code, $metadata } = (error ?? {}) as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
	if (name === 'NoSuchBucket' || $metadata?.httpStatusCode === 404)
		return `找不到存储桶 ${bucket}：检查 S3_BUCKET，以及 S3_ENDPOINT 是不是这个存储桶所在地域的地址`;
	if ((name !== undefined && REFUSED.has(name)) || $metadata?.httpStatusCode === 403)
		return `存储桶 ${bucket} 拒绝了请求（${name ?? '403'}）：检查 S3_ACCESS_KEY_ID、S3_SECRET_ACCESS_KEY，以及这把密钥能否读写这个存储桶`;
	const network = code ?? (error as { cause?: { code?: string } } | undefined)?.cause?.code;
	if (network !== undefined && UNREACHABLE.has(network))
		return `连不上 ${endpoint}（${network}）：检查 S3_ENDPOINT 的写法，或稍后再试`;
	return undefined;
}
