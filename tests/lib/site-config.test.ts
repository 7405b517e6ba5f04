import { describe, expect, test } from 'vitest';
import { readBasePath, readSiteUrl } from '../../src/site.config';
import { absoluteUrl, withBase } from '../../src/lib/site/urls';

describe('SITE_URL and BASE_PATH from the environment', () => {
	test.each([
		[undefined, 'http://localhost:4321'],
		['', 'http://localhost:4321'],
		['https://news.example.org/', 'https://news.example.org'],
	])('SITE_URL=%s → %s', (raw, url) => {
		expect(readSiteUrl(raw)).toBe(url);
	});

	test.each(['news.example.org', 'ftp://example.org'])('SITE_URL=%s is refused with a clear message', (raw) => {
		expect(() => readSiteUrl(raw)).toThrow(/^SITE_URL: /);
	});

	test('a path in SITE_URL is refused, pointing at BASE_PATH', () => {
		expect(() => readSiteUrl('https://example.org/news')).toThrow('put the path in BASE_PATH (/news)');
	});

	test.each([
		[undefined, '/'],
		['/news', '/news/'],
		['/news/', '/news/'],
		['/a/b/', '/a/b/'],
	])('BASE_PATH=%s → %s', (raw, base) => {
		expect(readBasePath(raw)).toBe(base);
	});

	test.each(['news', '/新闻/', '/News/'])('BASE_PATH=%s is refused', (raw) => {
		expect(() => readBasePath(raw)).toThrow(/^BASE_PATH: /);
	});

	test('links and absolute URLs honour the base path', () => {
		expect(withBase('/articles/x/', '/news/')).toBe('/news/articles/x/');
		expect(absoluteUrl('/articles/x/', { url: 'https://example.org', basePath: '/news/' })).toBe(
			'https://example.org/news/articles/x/',
		);
	});
});
