import { describe, expect, test } from 'vitest';
import { articleView } from '../../../src/lib/site/article-view';
import type { Article, Promo, Section, Series, SiteData } from '../../../src/lib/site/site-data';
import { absoluteUrl } from '../../../src/lib/site/urls';

const article = (id: string, data: Partial<Article['data']> = {}) =>
	({
		id,
		collection: 'articles',
		data: {
			title: `标题${id}`,
			summary: '摘要。',
			pubDate: new Date('2019-07-01T00:00:00+08:00'),
			section: { id: 'politics-law', collection: 'sections' },
			authors: [],
			publication: '内蒙古晨报',
			tags: [],
			promos: [],
			featured: false,
			draft: false,
			...data,
		},
	}) as unknown as Article;
const section = { id: 'politics-law', collection: 'sections', data: { id: 'politics-law', name: '政法' } } as unknown as Section;
const series = {
	id: 'saohei-chu-e',
	collection: 'series',
	data: { title: '系列述评', description: '说明' },
} as unknown as Series;
const promo = {
	id: 'ad',
	collection: 'promos',
	data: { label: '广告', title: '江南研学夏令营', draft: false, qr: { alt: '报名二维码' }, details: '活动详情。' },
} as unknown as Promo;

const inSeries = (id: string, order: number) =>
	article(id, { series: { id: 'saohei-chu-e', collection: 'series' }, seriesOrder: order, part: `第${order}篇` } as Partial<
		Article['data']
	>);
const [first, second, third] = [inSeries('a', 1), inSeries('b', 2), inSeries('c', 3)];
const loose = article('d', {
	promos: [
		{ id: 'ad', collection: 'promos' },
		{ id: 'expired', collection: 'promos' },
	],
} as Partial<Article['data']>);

const site: SiteData = {
	articles: [third, second, first, loose],
	series: [series],
	sections: [section],
	promos: [promo],
	byId: {
		sections: new Map([['politics-law', section]]),
		series: new Map([['saohei-chu-e', series]]),
		promos: new Map([['ad', promo]]),
	},
	readingMinutes: new Map([
		['b', 7],
		['d', 1],
	]),
	installments: new Map([['saohei-chu-e', [first, second, third]]]),
	sectionArticles: new Map([['politics-law', [third, second, first, loose]]]),
	activeSeries: [series],
	related: new Map([['b', [loose]]]),
	tags: [],
	tagSlugs: new Map(),
	layoutKey: 'site',
	year: 2019,
};

describe('articleView: what the article page shows beyond the article’s fields', () => {
	// Made inside each test, where a mutant is on.
	const view = () => articleView(site, second);

	test('kicker and breadcrumbs: section, series, part; home, section, article', () => {
		expect(view().kicker).toEqual([
			{ label: '政法', href: '/sections/politics-law/', filter: '栏目' },
			{ label: '系列述评', href: '/series/saohei-chu-e/', filter: '系列' },
			{ label: '第2篇' },
		]);
		expect(view().crumbs).toEqual([
			{ name: '首页', href: '/' },
			{ name: '政法', href: '/sections/politics-law/' },
			{ name: '标题b', href: '/articles/b/' },
		]);
	});

	test('kicker items the headline already says are hidden, kept as search filters', () => {
		const headline = { ...second, data: { ...second.data, title: '系列述评之第2篇' } } as Article;
		expect(articleView(site, headline).kicker).toEqual([
			{ label: '政法', href: '/sections/politics-law/', filter: '栏目' },
			{ label: '系列述评', href: '/series/saohei-chu-e/', filter: '系列', hidden: true },
			{ label: '第2篇', hidden: true },
		]);
	});

	test('series navigation: every installment in order, numbered, with the neighbours', () => {
		expect(view().seriesNav).toEqual({
			seriesTitle: '系列述评',
			seriesHref: '/series/saohei-chu-e/',
			listed: [
				{ id: 'a', label: '第1篇', href: '/articles/a/', number: 1 },
				{ id: 'b', label: '第2篇', href: '/articles/b/', number: 2 },
				{ id: 'c', label: '第3篇', href: '/articles/c/', number: 3 },
			],
			total: 3,
			previous: { id: 'a', label: '第1篇', href: '/articles/a/' },
			next: { id: 'c', label: '第3篇', href: '/articles/c/' },
		});
	});

	test('series navigation of a long series: nine installments with their numbers, gaps, and the total', () => {
		const long = Array.from({ length: 40 }, (_, index) => inSeries(`p${index + 1}`, index + 1));
		const longSite = { ...site, installments: new Map([['saohei-chu-e', long]]), readingMinutes: new Map([['p20', 2]]) };
		const nav = articleView(longSite, long[19]!).seriesNav!;
		expect(nav.total).toBe(40);
		expect(nav.listed.map((item) => item && [item.id, item.number])).toEqual([
			['p1', 1],
			null,
			['p17', 17],
			['p18', 18],
			['p19', 19],
			['p20', 20],
			['p21', 21],
			['p22', 22],
			['p23', 23],
			null,
			['p40', 40],
		]);
		expect([nav.previous?.id, nav.next?.id]).toEqual(['p19', 'p21']);
	});

	test('reading time, related articles and the article’s own URL come from the site model', () => {
		expect(view().readingMinutes).toBe(7);
		expect(view().backToTop).toBe(true);
		expect(view().related).toEqual([loose]);
		expect(view().url).toBe(absoluteUrl('/articles/b/'));
		expect(view().sectionName).toBe('政法');
	});

	test('JSON-LD: the article as part of its series, and its breadcrumb trail', () => {
		const [news, crumbs] = view().jsonLd as [Record<string, unknown>, Record<string, unknown>];
		expect(news['@type']).toBe('NewsArticle');
		expect(news['isPartOf']).toEqual({
			'@type': 'CreativeWorkSeries',
			name: '系列述评',
			url: absoluteUrl('/series/saohei-chu-e/'),
		});
		expect(news['position']).toBe(2);
		expect(news['image']).toEqual([absoluteUrl('/brand/share.png')]);
		expect(crumbs['@type']).toBe('BreadcrumbList');
	});

	test('a cover replaces the share image in the JSON-LD', () => {
		const [news] = articleView(site, second, 'https://example.org/cover.jpg').jsonLd as [Record<string, unknown>];
		expect(news['image']).toEqual(['https://example.org/cover.jpg']);
	});

	test('outside a series: no series navigation; only running ads are shown', () => {
		const other = articleView(site, loose);
		expect(other.seriesNav).toBeUndefined();
		expect(other.kicker).toEqual([{ label: '政法', href: '/sections/politics-law/', filter: '栏目' }]);
		expect(other.promos.map((p) => p.id)).toEqual(['ad']);
		// Shown beside an article, not on its own page: the QR leads to the promo's page, without its details.
		expect([other.promos[0]?.qr?.href, other.promos[0]?.detailsHtml]).toEqual(['/promos/ad/', undefined]);
		expect(other.readingMinutes).toBe(1);
		expect(other.backToTop).toBe(false);
	});

	test.each([
		[2, false],
		[3, true],
		[4, true],
	])('a read of %i minutes ends with 回到顶部: %s', (minutes, backToTop) => {
		const timed = { ...site, readingMinutes: new Map([['d', minutes]]) };
		expect(articleView(timed, loose).backToTop).toBe(backToTop);
	});

	test('a section the site does not know gives no section crumb or kicker item', () => {
		const unknown = article('e', { section: { id: 'gone', collection: 'sections' } } as Partial<Article['data']>);
		const view = articleView({ ...site, readingMinutes: new Map([['e', 1]]) }, unknown);
		expect([view.sectionName, view.kicker, view.crumbs]).toEqual([
			'',
			[],
			[
				{ name: '首页', href: '/' },
				{ name: '标题e', href: '/articles/e/' },
			],
		]);
	});
});

test('each tag links to the address the site gave it, not to its bare pinyin', () => {
	const tagged = article('t', { tags: ['研学', '烟雪'] } as Partial<Article['data']>);
	const tagSlugs = new Map([
		['研学', 'yan-xue'],
		['烟雪', 'yan-xue-8e2f'],
	]);
	const view = articleView({ ...site, tagSlugs, readingMinutes: new Map([['t', 1]]) }, tagged);
	expect(view.tags).toEqual([
		{ name: '研学', href: '/tags/yan-xue/' },
		{ name: '烟雪', href: '/tags/yan-xue-8e2f/' },
	]);
});
