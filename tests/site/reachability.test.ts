import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { absoluteUrl, withBase } from '../../src/lib/site/urls';
import { distFile, distFiles, readPage } from '../helpers/dist';
import { linkDepths } from '../helpers/links';

describe('every page is reachable from the front page', () => {
	const reached = linkDepths(readPage);
	const listed: string[] = new XMLParser({ isArray: (name) => name === 'url' })
		.parse(readFileSync(distFile('sitemap-0.xml'), 'utf8'))
		.urlset.url.map((entry: { loc: string }) => entry.loc);

	test('each page in the sitemap is linked from /, within four clicks', () => {
		const unreachable = listed.filter(
			(url) => ![...reached.keys()].some((path) => absoluteUrl(path.replace(withBase('/'), '/')) === url),
		);
		expect(unreachable).toEqual([]);
		for (const [path, clicks] of reached) expect(clicks, path).toBeLessThanOrEqual(4);
	});

	test('the tag pages and their index are among them', () => {
		const tagPages = distFiles().filter((file) => file.startsWith('tags/') && file.endsWith('index.html'));
		expect(tagPages.length).toBeGreaterThan(1);
		for (const file of tagPages) expect(reached.has(withBase(`/${file.replace(/index\.html$/, '')}`)), file).toBe(true);
	});

	test('an article lists its tags, each linking to its tag page, and the index of all tags', () => {
		const links = readPage('articles/saohei-zhengzhi-zhanwei').querySelectorAll('nav.tag-line a');
		expect(links.map((a) => [a.text, a.getAttribute('href')])).toEqual([
			['标签：', withBase('/tags/')],
			['扫黑除恶', withBase('/tags/sao-hei-chu-e/')],
			['政治站位', withBase('/tags/zheng-zhi-zhan-wei/')],
			['乌兰察布', withBase('/tags/wu-lan-cha-bu/')],
		]);
	});

	test('the tag index lists every tag with its count', () => {
		const items = readPage('tags')
			.querySelectorAll('ul.tags li')
			.map((li) => li.text.replace(/\s+/g, ''));
		expect(items.sort()).toEqual(['乌兰察布1篇', '扫黑除恶1篇', '政治站位1篇'].sort());
	});
});
