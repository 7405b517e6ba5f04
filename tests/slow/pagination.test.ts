import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy } from '../helpers/build';

/**
 * 45 generated articles in the seed's section, all with one tag and in one series: three pages of
 * 20, 20 and 5 (6 with the seed) in each listing; and a series with nothing published.
 */
const ARTICLE_COUNT = 45;
const fixtures = Object.fromEntries(
	Array.from({ length: ARTICLE_COUNT }, (_, index) => {
		const day = String((index % 28) + 1).padStart(2, '0');
		const month = String(Math.floor(index / 28) + 1).padStart(2, '0');
		return [
			`content/articles/fixture-${String(index + 1).padStart(2, '0')}.mdx`,
			`---\ntitle: 测试文章第${index + 1}篇\nsummary: 分页测试用的第${index + 1}篇文章。\npubDate: 2020-${month}-${day}\nsection: politics-law\nseries: paging\nseriesOrder: ${index + 1}\ntags:\n  - 分页\n---\n\n分页测试正文。\n`,
		];
	}),
);

const build = buildCopy({
	...fixtures,
	'content/series/paging.yaml': 'title: 分页测试系列\ndescription: 分页测试用的系列。\n',
	'content/series/empty.yaml': 'title: 尚无文章的系列\ndescription: 还没有发表文章的系列。\n',
});
afterAll(() => build.remove());

const page = (path: string) => parse(readFileSync(join(build.dist, path, 'index.html'), 'utf8'));
const cards = (path: string) =>
	page(path)
		.querySelectorAll('main article.card h2 a')
		.map((a) => a.text);

describe('a section with 46 articles (45 generated + the seed)', () => {
	test('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	test('is split 20 / 20 / 6, newest first', () => {
		expect(cards('sections/politics-law')).toHaveLength(20);
		expect(cards('sections/politics-law')[0]).toBe('测试文章第45篇');
		expect(cards('sections/politics-law/2')).toHaveLength(20);
		expect(cards('sections/politics-law/3')).toHaveLength(6);
		expect(cards('sections/politics-law/3').at(-1)).toBe('全市扫黑除恶专项斗争系列述评之政治站位篇');
	});

	test('every page has numbered links to all pages, the current one marked', () => {
		const nav = page('sections/politics-law/2').querySelector('nav.pagination');
		expect(nav?.querySelectorAll('a[aria-label], [aria-current="page"]').map((el) => el.text)).toEqual(['1', '2', '3']);
		expect(nav?.querySelector('[aria-current="page"]')?.text).toBe('2');
	});

	test('rel prev/next in links and in the head', () => {
		const second = page('sections/politics-law/2');
		expect(second.querySelector('nav.pagination a[rel="prev"]')?.getAttribute('href')).toBe('/sections/politics-law/');
		expect(second.querySelector('nav.pagination a[rel="next"]')?.getAttribute('href')).toBe('/sections/politics-law/3/');
		expect(second.querySelector('head link[rel="prev"]')?.getAttribute('href')).toBe('/sections/politics-law/');
		expect(second.querySelector('head link[rel="next"]')?.getAttribute('href')).toBe('/sections/politics-law/3/');
		expect(page('sections/politics-law').querySelector('head link[rel="prev"]')).toBeNull();
		expect(page('sections/politics-law/3').querySelector('head link[rel="next"]')).toBeNull();
	});

	test('the feed carries all 46, newest first (it keeps the newest 50)', () => {
		const rss = readFileSync(join(build.dist, 'rss.xml'), 'utf8');
		const titles = [...rss.matchAll(/<item><title>([^<]+)<\/title>/g)].map((match) => match[1]);
		expect(titles).toHaveLength(46);
		expect(titles[0]).toBe('测试文章第45篇');
	});

	test('tag and series pages are paginated like sections', () => {
		expect(cards('tags/fen-ye')).toHaveLength(20);
		expect(cards('tags/fen-ye')[0]).toBe('测试文章第45篇');
		expect(cards('tags/fen-ye/3')).toHaveLength(5);
		expect(page('tags/fen-ye/2').querySelector('head link[rel="next"]')?.getAttribute('href')).toBe('/tags/fen-ye/3/');
		// A series reads in order: the first installment first.
		const installments = (path: string) =>
			page(path)
				.querySelectorAll('main .installments h2 a')
				.map((a) => a.text);
		expect(installments('series/paging')[0]).toBe('测试文章第1篇');
		expect(installments('series/paging/3')).toEqual([
			'测试文章第41篇',
			'测试文章第42篇',
			'测试文章第43篇',
			'测试文章第44篇',
			'测试文章第45篇',
		]);
		expect(page('series/paging/3').querySelector('nav.pagination [aria-current="page"]')?.text).toBe('3');
	});

	test('the series index lists only series with something published, the latest first', () => {
		expect(
			page('series')
				.querySelectorAll('main h2 a')
				.map((a) => a.text),
		).toEqual(['分页测试系列', '全市扫黑除恶专项斗争系列述评']);
		expect(
			page('')
				.querySelectorAll('.front__series a')
				.map((a) => a.text),
		).toEqual(['分页测试系列', '全市扫黑除恶专项斗争系列述评']);
	});

	test('the front page: the lead, then the section’s newest four after it, and a link to the rest', () => {
		const home = page('');
		expect(home.querySelector('#lead-heading + article h3 a')?.text).toBe('测试文章第45篇');
		const block = home.querySelector('section[aria-labelledby="section-politics-law"]');
		expect(block?.querySelector('h2')?.text).toBe('政法');
		expect(block?.querySelectorAll('article h3 a').map((a) => a.text)).toEqual([
			'测试文章第44篇',
			'测试文章第43篇',
			'测试文章第42篇',
			'测试文章第41篇',
		]);
		expect(block?.querySelector('.front__more a')?.getAttribute('href')).toBe('/sections/politics-law/');
	});

	test('the archive lists the years and their months with counts, each month linked to its page', () => {
		const archive = page('archive');
		expect(archive.querySelectorAll('h2').map((h) => h.text)).toEqual(['2020年', '2019年']);
		expect(
			archive
				.querySelectorAll('main li')
				.map((li) => [li.id, li.querySelector('a')?.getAttribute('href'), li.querySelector('span')?.text]),
		).toEqual([
			['y2020m2', '/archive/2020/02/', '17 篇'],
			['y2020m1', '/archive/2020/01/', '28 篇'],
			['y2019m7', '/archive/2019/07/', '1 篇'],
		]);
		// The old single-page archive's year anchors still land on their year.
		expect(archive.querySelector('#y2020')?.text).toBe('2020年');
	});

	test('a month’s page lists its articles by day, the latest first, with the months either side', () => {
		const month = page('archive/2020/01');
		expect(month.querySelector('h1')?.text).toBe('2020年1月');
		const days = month.querySelectorAll('main section h2').map((h) => h.text);
		expect(days).toHaveLength(28);
		expect(days.slice(0, 2)).toEqual(['1月28日', '1月27日']);
		expect(month.querySelector('section[aria-labelledby="d28"] li a')?.text).toBe('测试文章第28篇');
		expect(month.querySelector('section[aria-labelledby="d28"] li > span')?.text).toBe('政法');
		expect(month.querySelector('nav.month__steps a[rel="prev"]')?.getAttribute('href')).toBe('/archive/2019/07/');
		expect(month.querySelector('nav.month__steps a[rel="next"]')?.getAttribute('href')).toBe('/archive/2020/02/');
		expect(month.querySelector('head link[rel="next"]')?.getAttribute('href')).toBe('/archive/2020/02/');
		// The newest month has nothing after it; the oldest nothing before.
		expect(page('archive/2020/02').querySelector('nav.month__steps a[rel="next"]')).toBeNull();
		expect(page('archive/2019/07').querySelector('nav.month__steps a[rel="prev"]')).toBeNull();
	});
});
