import { describe, expect, test } from 'vitest';
import { absoluteUrl, ROUTES } from '../../src/lib/site/urls';
import { readPage } from '../helpers/dist';

const jsonLd = (path: string) =>
	readPage(path)
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

describe('structured data on the built pages', () => {
	test('the article: NewsArticle in the series, and its breadcrumbs', () => {
		const [article, breadcrumbs] = jsonLd('articles/saohei-zhengzhi-zhanwei');
		expect(article).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: '全市扫黑除恶专项斗争系列述评之政治站位篇',
			datePublished: '2019-07-01T00:00:00+08:00',
			dateModified: '2019-07-01T00:00:00+08:00',
			author: [{ '@type': 'Organization', name: '乌兰察布市扫黑办' }],
			publisher: { '@type': 'NewsMediaOrganization', name: '内蒙古晨报', logo: { url: absoluteUrl(ROUTES.logo()) } },
			isPartOf: {
				'@type': 'CreativeWorkSeries',
				name: '全市扫黑除恶专项斗争系列述评',
				url: absoluteUrl(ROUTES.series('saohei-chu-e')),
			},
			position: 1,
			mainEntityOfPage: { '@id': absoluteUrl(ROUTES.article('saohei-zhengzhi-zhanwei')) },
			inLanguage: 'zh-CN',
			articleSection: '政法',
			image: [absoluteUrl(ROUTES.shareImage())],
		});
		expect(breadcrumbs).toMatchObject({
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ position: 1, name: '首页', item: absoluteUrl('/') },
				{ position: 2, name: '政法', item: absoluteUrl(ROUTES.section('politics-law')) },
				{ position: 3, name: '全市扫黑除恶专项斗争系列述评之政治站位篇' },
			],
		});
	});

	test('the series: CreativeWorkSeries with its parts', () => {
		expect(jsonLd('series/saohei-chu-e')[0]).toMatchObject({
			'@type': 'CreativeWorkSeries',
			name: '全市扫黑除恶专项斗争系列述评',
			hasPart: [{ '@type': 'NewsArticle', url: absoluteUrl(ROUTES.article('saohei-zhengzhi-zhanwei')), position: 1 }],
		});
	});

	test('the home page: WebSite with its publisher', () => {
		expect(jsonLd('')[0]).toMatchObject({ '@type': 'WebSite', inLanguage: 'zh-CN', publisher: { name: '内蒙古晨报' } });
	});

	test('Open Graph and Twitter cards on the article', () => {
		const page = readPage('articles/saohei-zhengzhi-zhanwei');
		const meta = (key: string) => page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
		expect(meta('og:type')).toBe('article');
		expect(meta('article:published_time')).toBe('2019-07-01T00:00:00+08:00');
		expect(meta('article:section')).toBe('政法');
		expect(page.querySelectorAll('meta[property="article:tag"]').map((tag) => tag.getAttribute('content'))).toEqual([
			'扫黑除恶',
			'政治站位',
			'乌兰察布',
		]);
		expect(meta('og:image')).toBe(absoluteUrl(ROUTES.shareImage()));
		expect(meta('twitter:card')).toBe('summary_large_image');
		expect(page.querySelectorAll('meta[name="theme-color"]')).toHaveLength(2);
	});

	test('the link cards of WeChat, Weibo and QQ: the headline, the summary and a picture, as each app reads them', () => {
		const page = readPage('articles/saohei-zhengzhi-zhanwei');
		const content = (selector: string) => page.querySelector(selector)?.getAttribute('content');
		const headline = '全市扫黑除恶专项斗争系列述评之政治站位篇';
		const summary = page.querySelector('meta[name="description"]')?.getAttribute('content');
		expect(summary).toMatch(/^乌兰察布市把扫黑除恶专项斗争作为重大政治任务/);
		const picture = absoluteUrl(ROUTES.shareImage());
		// WeChat and Weibo: Open Graph.
		expect([
			content('meta[property="og:title"]'),
			content('meta[property="og:description"]'),
			content('meta[property="og:image"]'),
		]).toEqual([headline, summary, picture]);
		expect([content('meta[property="og:type"]'), content('meta[property="og:url"]')]).toEqual([
			'article',
			absoluteUrl(ROUTES.article('saohei-zhengzhi-zhanwei')),
		]);
		// QQ: schema.org properties of the page's item.
		expect(page.querySelector('html')?.getAttribute('itemtype')).toBe('https://schema.org/NewsArticle');
		expect(page.querySelector('html')?.hasAttribute('itemscope')).toBe(true);
		expect([
			content('meta[itemprop="name"]'),
			content('meta[itemprop="description"]'),
			content('meta[itemprop="image"]'),
		]).toEqual([headline, summary, picture]);
		// No script on the page for it.
		expect(page.querySelectorAll('script:not([type="application/ld+json"])').length).toBe(0);
	});

	test('any other page is a WebPage item with the site’s name and picture', () => {
		const page = readPage('');
		expect(page.querySelector('html')?.getAttribute('itemtype')).toBe('https://schema.org/WebPage');
		expect(page.querySelector('meta[itemprop="image"]')?.getAttribute('content')).toBe(absoluteUrl(ROUTES.shareImage()));
	});
});
