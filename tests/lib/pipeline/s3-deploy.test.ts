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

describe('Content-Type of each object', () => {
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

	test('--force uploads everything again', () => {
		expect(deployPlan(local, [{ key: '_astro/a.css', etag: '"a1"' }], true).upload).toHaveLength(3);
	});
});
