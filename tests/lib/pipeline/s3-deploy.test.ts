import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	cacheControlOf,
	contentTypeOf,
	deployPlan,
	type LocalObject,
	parseHeaders,
	phaseOf,
} from '../../../src/lib/pipeline/s3-deploy';
import { PROJECT_ROOT } from '../../helpers/paths';

const RULES = parseHeaders(readFileSync(`${PROJECT_ROOT}/public/_headers`, 'utf8'));
const PAGE = 'public, max-age=300, must-revalidate';
const HASHED = 'public, max-age=31536000, immutable';

describe('Cache-Control of each object: what public/_headers gives its path', () => {
	test.each([
		['index.html', PAGE],
		['articles/saohei-zhengzhi-zhanwei/index.html', PAGE],
		['rss.xml', PAGE],
		['pagefind/pagefind-entry.json', PAGE],
		['_astro/index.BsD3k2_1.css', HASHED],
		['_astro/bench-figure-1.C7RJsEfw_1s88vb.webp', HASHED],
	])('%s: %s', (key, cacheControl) => {
		expect(cacheControlOf(RULES, key)).toBe(cacheControl);
	});

	test('a `! Cache-Control` line drops what an earlier rule set, and a path no rule names has none', () => {
		const rules = parseHeaders('/*\n  Cache-Control: a\n/x/*\n  ! Cache-Control\n/y/*\n  X-Other: 1\n');
		expect(cacheControlOf(rules, 'x/1.js')).toBeUndefined();
		expect(cacheControlOf(rules, 'y/1.js')).toBe('a');
		expect(cacheControlOf(parseHeaders('/_astro/*\n  Cache-Control: b\n'), 'index.html')).toBeUndefined();
	});
});

describe('parseHeaders: dist/_headers as rules', () => {
	test('paths, their headers (names in lower case, values whole), `!` lines; comments and blank lines skipped', () => {
		const rules = parseHeaders(
			'# a comment\n\n/*\n  Cache-Control: public, max-age=300\n\tLink: <https://a.example/>; rel="preconnect"\n   # indented comment\n/_astro/*\n  ! Cache-Control  \n  !X-Frame-Options\n  X-Time: 08:00:00\n',
		);
		expect(rules).toEqual([
			{
				pattern: '/*',
				headers: new Map([
					['cache-control', 'public, max-age=300'],
					['link', '<https://a.example/>; rel="preconnect"'],
				]),
				detached: new Set(),
			},
			{
				pattern: '/_astro/*',
				headers: new Map([['x-time', '08:00:00']]),
				detached: new Set(['cache-control', 'x-frame-options']),
			},
		]);
	});

	test('Windows line ends and padded paths', () => {
		expect(parseHeaders('  \r\n/x/*  \r\n  Cache-Control: a\r\n')).toEqual([
			{ pattern: '/x/*', headers: new Map([['cache-control', 'a']]), detached: new Set() },
		]);
	});

	test('a header before any path is refused, naming the line', () => {
		expect(() => parseHeaders('  Cache-Control: a  \n/*\n')).toThrow(
			new Error('_headers: a header before any path: Cache-Control: a'),
		);
	});

	test('patterns match whole paths, * any run of characters, other characters as themselves', () => {
		const rules = parseHeaders('/a.b/*\n  Cache-Control: dot\n/c+d\n  Cache-Control: plus\n');
		expect(cacheControlOf(rules, 'a.b/x.html')).toBe('dot');
		expect(cacheControlOf(rules, 'aXb/x.html')).toBeUndefined();
		expect(cacheControlOf(rules, 'c+d')).toBe('plus');
		expect(cacheControlOf(rules, 'ccd')).toBeUndefined();
		expect(cacheControlOf(rules, 'x/c+d')).toBeUndefined();
	});

	test('a folder’s page answers to its folder’s path and to its own file’s', () => {
		const rules = parseHeaders(
			'/articles/x/\n  Cache-Control: folder\n/articles/y/index.html\n  Cache-Control: file\n/\n  Cache-Control: home\n',
		);
		expect(cacheControlOf(rules, 'articles/x/index.html')).toBe('folder');
		expect(cacheControlOf(rules, 'articles/y/index.html')).toBe('file');
		expect(cacheControlOf(rules, 'index.html')).toBe('home');
		expect(cacheControlOf(rules, 'articles/x/index.htm')).toBeUndefined();
		expect(cacheControlOf(rules, 'articles/x/index.html.gz')).toBeUndefined();
	});
});

describe('Content-Type of each object', () => {
	test('every kind of file the site has', () => {
		expect(
			[
				'a.html',
				'a.css',
				'a.js',
				'a.json',
				'a.xml',
				'a.txt',
				'a.svg',
				'a.png',
				'a.jpg',
				'a.jpeg',
				'a.webp',
				'a.avif',
				'a.gif',
				'a.ico',
				'a.woff2',
				'a.wasm',
			].map(contentTypeOf),
		).toEqual([
			'text/html; charset=utf-8',
			'text/css; charset=utf-8',
			'text/javascript; charset=utf-8',
			'application/json; charset=utf-8',
			'application/xml; charset=utf-8',
			'text/plain; charset=utf-8',
			'image/svg+xml; charset=utf-8',
			'image/png',
			'image/jpeg',
			'image/jpeg',
			'image/webp',
			'image/avif',
			'image/gif',
			'image/x-icon',
			'font/woff2',
			'application/wasm',
		]);
	});

	test.each([
		['index.html', 'text/html; charset=utf-8'],
		['rss.xml', 'application/xml; charset=utf-8'],
		['robots.txt', 'text/plain; charset=utf-8'],
		['_astro/a.css', 'text/css; charset=utf-8'],
		['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
		['articles/x/qr.svg', 'image/svg+xml; charset=utf-8'],
		['_astro/a.WEBP', 'image/webp'],
		['pagefind/fragment/zh-cn_1.pf_fragment', 'application/octet-stream'],
	])('%s: %s', (key, type) => {
		expect(contentTypeOf(key)).toBe(type);
	});
});

describe('the order of upload', () => {
	test.each([
		['_astro/index.BsD3k2_1.css', 1],
		['pagefind/index/zh-cn_6f178d1.pf_index', 1],
		['pagefind/fragment/zh-cn_1a2b3c.pf_fragment', 1],
		['pagefind/pagefind.zh-cn_90b0167350544.pf_meta', 1],
		['pagefind/pagefind-entry.json', 2],
		['pagefind/pagefind.js', 2],
		['articles/x/qr.svg', 2],
		['brand/logo.png', 2],
		['index.html', 3],
		['articles/x/index.html', 3],
		['rss.xml', 4],
		['sitemap-index.xml', 4],
		['robots.txt', 4],
	] as const)('%s: phase %d', (key, phase) => {
		expect(phaseOf(key)).toBe(phase);
	});
});

describe('deployPlan', () => {
	const object = (key: string, md5: string): LocalObject => ({
		key,
		path: `/dist/${key}`,
		md5,
		contentType: contentTypeOf(key),
		cacheControl: PAGE,
		phase: phaseOf(key),
	});
	const local = [object('_astro/a.css', 'a1'), object('index.html', 'i2'), object('new/index.html', 'n1')];

	test('uploads what is new or changed, keeps what is the same, deletes what dist/ no longer has', () => {
		const remote = [
			{ key: '_astro/a.css', etag: '"a1"' },
			{ key: 'index.html', etag: '"i1"' },
			{ key: 'old/index.html', etag: '"o1"' },
		];
		const plan = deployPlan(local, remote);
		expect(plan.upload.map((o) => o.key)).toEqual(['index.html', 'new/index.html']);
		expect(plan.remove).toEqual(['old/index.html']);
		expect(plan.unchanged).toBe(1);
	});

	test('an ETag in capitals (Aliyun OSS) is the same MD5: nothing is uploaded again', () => {
		const remote = local.map((object) => ({ key: object.key, etag: `"${object.md5.toUpperCase()}"` }));
		expect(deployPlan(local, remote)).toEqual({ upload: [], remove: [], unchanged: 3 });
	});

	test('--force uploads everything again', () => {
		expect(deployPlan(local, [{ key: '_astro/a.css', etag: '"a1"' }], true).upload).toHaveLength(3);
	});
});
