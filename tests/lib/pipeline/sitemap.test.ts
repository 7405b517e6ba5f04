import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { pageFacts, pageSerializer, sitemapEntry } from '../../../src/lib/pipeline/sitemap';

const UPDATED = '<meta property="og:updated_time" content="2019-07-02T08:00:00+08:00">';
const NOINDEX = '<meta name="robots" content="noindex, follow">';

/** A built site: each page's file with the head given. */
function builtSite(pages: Record<string, string>): URL {
	const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
	for (const [path, head] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), `<!doctype html><html><head>${head}</head><body></body></html>`);
	}
	return pathToFileURL(`${dir}/`);
}

const outDir = builtSite({
	'index.html': UPDATED,
	'articles/a/index.html': UPDATED,
	'articles/b/index.html': '',
	'drafts/index.html': NOINDEX,
	'search/index.html': '',
	'news-only.xml': '',
});
const item = (url: string) => ({ url });

describe('pageFacts: what a page says of itself', () => {
	test.each([
		['nothing', '', { indexable: true, lastmod: undefined }],
		['its update time', UPDATED, { indexable: true, lastmod: '2019-07-02T08:00:00+08:00' }],
		['noindex', NOINDEX, { indexable: false, lastmod: undefined }],
		['noindex among other words', '<meta name="robots" content="follow,noindex">', { indexable: false, lastmod: undefined }],
		['index only', '<meta name="robots" content="index, follow">', { indexable: true, lastmod: undefined }],
		['both', NOINDEX + UPDATED, { indexable: false, lastmod: '2019-07-02T08:00:00+08:00' }],
	])('%s', (_name, head, facts) => {
		expect(pageFacts(head)).toEqual(facts);
	});
});

describe('sitemapEntry: a built page judged from its own file', () => {
	test('a page with an update time carries it as lastmod', () => {
		expect(sitemapEntry(item('https://a.example/articles/a/'), outDir, '/', [])).toEqual({
			url: 'https://a.example/articles/a/',
			lastmod: '2019-07-02T08:00:00+08:00',
		});
	});

	test('the front page is its index.html', () => {
		expect(sitemapEntry(item('https://a.example/'), outDir, '/', [])?.lastmod).toBe('2019-07-02T08:00:00+08:00');
	});

	test('under a base path, the path inside it is the file', () => {
		expect(sitemapEntry(item('https://a.example/news/articles/a/'), outDir, '/news/', [])?.lastmod).toBe(
			'2019-07-02T08:00:00+08:00',
		);
		expect(sitemapEntry(item('https://a.example/news/'), outDir, '/news/', [])?.lastmod).toBe('2019-07-02T08:00:00+08:00');
	});

	test('a page without one is kept as it is', () => {
		const entry = item('https://a.example/articles/b/');
		expect(sitemapEntry(entry, outDir, '/', [])).toBe(entry);
	});

	test('a page that says noindex is left out', () => {
		expect(sitemapEntry(item('https://a.example/drafts/'), outDir, '/', [])).toBeUndefined();
	});

	test('an excluded path is left out; others are not', () => {
		expect(sitemapEntry(item('https://a.example/search/'), outDir, '/', ['/search/'])).toBeUndefined();
		expect(sitemapEntry(item('https://a.example/news/search/'), outDir, '/news/', ['/search/'])).toBeUndefined();
		expect(sitemapEntry(item('https://a.example/search/'), outDir, '/', ['/archive/'])).toEqual(
			item('https://a.example/search/'),
		);
	});

	test('a file that is not a folder’s page is read as named', () => {
		const entry = item('https://a.example/news-only.xml');
		expect(sitemapEntry(entry, outDir, '/', [])).toBe(entry);
	});

	test('only the head is read: words in the body are not the page’s own facts', () => {
		const dir = builtSite({ 'articles/quoted/index.html': UPDATED });
		const path = join(fileURLToPath(dir), 'articles/quoted/index.html');
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replace('<body>', `<body>${NOINDEX}<meta property="og:updated_time" content="2020-01-01">`),
		);
		expect(sitemapEntry(item('https://a.example/articles/quoted/'), dir, '/', [])).toEqual({
			url: 'https://a.example/articles/quoted/',
			lastmod: '2019-07-02T08:00:00+08:00',
		});
	});

	test('a page with no file is kept', () => {
		const entry = item('https://a.example/gone/');
		expect(sitemapEntry(entry, outDir, '/', [])).toBe(entry);
	});
});

describe('pageSerializer', () => {
	test('judges pages in the folder Astro’s config names, and refuses before it is known', () => {
		const { capture, serialize } = pageSerializer('/', ['/search/']);
		expect(() => serialize(item('https://a.example/articles/a/'))).toThrow('sitemap: the build folder is not known yet');
		const done = capture.hooks['astro:config:done'] as (options: { config: { outDir: URL } }) => void;
		done({ config: { outDir } });
		expect(serialize(item('https://a.example/articles/a/'))?.lastmod).toBe('2019-07-02T08:00:00+08:00');
		expect(serialize(item('https://a.example/search/'))).toBeUndefined();
		expect(capture.name).toBe('sitemap-out-dir');
	});
});
