import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE } from '../../src/site.config';
import { distFile, readerPages, readPage, textOf } from '../helpers/dist';

const pages = readerPages();

describe('every built page', () => {
	test('the site has every page of SPEC §4', () => {
		expect(pages.sort()).toEqual([
			'404.html',
			'archive/2019/07/index.html',
			'archive/index.html',
			'articles/saohei-zhengzhi-zhanwei/index.html',
			'index.html',
			'promos/jiangnan-study-tour/index.html',
			'search/index.html',
			'sections/politics-law/index.html',
			'series/index.html',
			'series/saohei-chu-e/index.html',
			'tags/index.html',
			'tags/sao-hei-chu-e/index.html',
			'tags/wu-lan-cha-bu/index.html',
			'tags/zheng-zhi-zhan-wei/index.html',
		]);
	});

	test.each(pages)('%s is Chinese, has one h1 and one canonical URL, and no script but JSON-LD (search apart)', (file) => {
		const page = readPage(file);
		expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
		expect(page.querySelectorAll('h1')).toHaveLength(1);
		expect(page.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
		const scripts = page.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/ld+json');
		expect(scripts).toHaveLength(file === 'search/index.html' ? 1 : 0);
		expect(textOf(page.querySelector('body')!)).not.toContain('**');
	});

	test.each(pages)('every internal link and image in %s resolves to a built file', (file) => {
		const page = readPage(file);
		const urls = [
			...page.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href') ?? ''),
			...page.querySelectorAll('img[src]').map((el) => el.getAttribute('src') ?? ''),
			...page
				.querySelectorAll('img[srcset], source[srcset]')
				.flatMap((el) => (el.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')),
		];
		const internal = urls.filter((url) => url.startsWith('/') || url.startsWith(SITE.url));
		expect(internal.length).toBeGreaterThan(0);
		for (const url of internal) {
			const path = new URL(url, SITE.url).pathname;
			expect(path.startsWith(SITE.basePath), url).toBe(true);
			const relativePath = decodeURIComponent(path.slice(SITE.basePath.length));
			const target = relativePath === '' || relativePath.endsWith('/') ? posix.join(relativePath, 'index.html') : relativePath;
			expect(existsSync(distFile(target)), `${file} links to ${url}`).toBe(true);
		}
	});
});
