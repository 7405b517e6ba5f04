import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { absoluteUrl } from '../../src/lib/site/urls';
import { distFile, readerFiles } from '../helpers/dist';

const read = (file: string) => readFileSync(distFile(file), 'utf8');
const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

describe('sitemap and robots.txt', () => {
	test('both sitemap files are well-formed XML', () => {
		// SyntaxValidator throws with line and column on the first error.
		for (const file of ['sitemap-index.xml', 'sitemap-0.xml', 'rss.xml'])
			expect(SyntaxValidator.validate(read(file)), file).toBe(true);
	});

	test('the index points at the sitemap', () => {
		const index = parser.parse(read('sitemap-index.xml'));
		expect(index.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual([absoluteUrl('/sitemap-0.xml')]);
	});

	test('lists every public page and nothing else: no 404, no search page', () => {
		const listed = parser.parse(read('sitemap-0.xml')).urlset.url.map((entry: { loc: string }) => entry.loc);
		const publicPages = readerFiles()
			.filter((file) => file.endsWith('index.html') && file !== 'search/index.html')
			.map((file) => absoluteUrl(`/${file.replace(/index\.html$/, '')}`));
		expect([...listed].sort()).toEqual(publicPages.sort());
	});

	test('gives each article its last-modified date', () => {
		const entries: { loc: string; lastmod?: string }[] = parser.parse(read('sitemap-0.xml')).urlset.url;
		const article = entries.find((entry) => entry.loc.endsWith('/articles/saohei-zhengzhi-zhanwei/'));
		expect(article?.lastmod).toBe('2019-06-30T16:00:00.000Z');
	});

	test('robots.txt allows crawling and names the sitemap', () => {
		expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`);
	});
});
