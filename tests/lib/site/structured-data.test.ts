import { describe, expect, test } from 'vitest';
import { parseContentDate } from '../../../src/lib/dates';
import {
	breadcrumbLd,
	newsArticleLd,
	organizationLd,
	publisherOf,
	serializeJsonLd,
	seriesLd,
	websiteLd,
} from '../../../src/lib/site/structured-data';
import { absoluteUrl } from '../../../src/lib/site/urls';

const HOSTILE = '标题</script><script>alert(1)</script><!-- & \u2028';

describe('serializeJsonLd', () => {
	test('a hostile title cannot end or comment out its script element, and parses back unchanged', () => {
		const json = serializeJsonLd({ headline: HOSTILE });
		expect(json).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(json)).toEqual({ headline: HOSTILE });
	});
});

describe('newsArticleLd', () => {
	const article = newsArticleLd({
		url: 'https://news.example.org/articles/x/',
		headline: '标题',
		description: '摘要',
		published: parseContentDate('2019-07-01')!,
		modified: parseContentDate('2019-07-02 09:00')!,
		authors: [],
		fallbackAuthor: '乌兰察布市扫黑办',
		section: '政法',
		keywords: ['扫黑除恶', '乌兰察布'],
		image: 'https://news.example.org/brand/share.png',
		lang: 'zh-CN',
		publisher: publisherOf('内蒙古晨报'),
		series: { name: '全市扫黑除恶专项斗争系列述评', url: 'https://news.example.org/series/s/', position: 1 },
	});

	test('Beijing dates, the source as author when none is named, the series with the position', () => {
		expect(article).toMatchObject({
			'@type': 'NewsArticle',
			datePublished: '2019-07-01T00:00:00+08:00',
			dateModified: '2019-07-02T09:00:00+08:00',
			author: [{ '@type': 'Organization', name: '乌兰察布市扫黑办' }],
			isPartOf: { '@type': 'CreativeWorkSeries', name: '全市扫黑除恶专项斗争系列述评' },
			position: 1,
			inLanguage: 'zh-CN',
			keywords: '扫黑除恶,乌兰察布',
			publisher: {
				'@type': 'NewsMediaOrganization',
				name: '内蒙古晨报',
				logo: { '@type': 'ImageObject', width: 512, height: 512 },
			},
		});
	});
});

describe('each JSON-LD object whole', () => {
	const publisher = {
		name: '内蒙古晨报',
		url: 'https://news.example.org/',
		logo: { url: 'https://news.example.org/brand/logo.png', width: 512, height: 512 },
	};
	const ORGANIZATION = {
		'@type': 'NewsMediaOrganization',
		name: '内蒙古晨报',
		url: 'https://news.example.org/',
		logo: { '@type': 'ImageObject', url: 'https://news.example.org/brand/logo.png', width: 512, height: 512 },
	};
	const input = {
		url: 'https://news.example.org/articles/x/',
		headline: '标题',
		description: '摘要',
		published: parseContentDate('2019-07-01')!,
		modified: parseContentDate('2019-07-01')!,
		authors: ['张三', '李四'],
		fallbackAuthor: '内蒙古晨报',
		section: '政法',
		keywords: [],
		image: 'https://news.example.org/brand/share.png',
		lang: 'zh-CN',
		publisher,
	};

	test('the publisher: the paper, its site and its logo', () => {
		expect(publisherOf('内蒙古晨报')).toEqual({
			name: '内蒙古晨报',
			url: absoluteUrl('/'),
			logo: { url: absoluteUrl('/brand/logo.png'), width: 512, height: 512 },
		});
		expect(organizationLd(publisher)).toEqual(ORGANIZATION);
	});

	test('the website', () => {
		expect(websiteLd({ name: '内蒙古晨报 · 乌兰察布', url: 'https://news.example.org/', lang: 'zh-CN', publisher })).toEqual({
			'@context': 'https://schema.org',
			'@type': 'WebSite',
			name: '内蒙古晨报 · 乌兰察布',
			url: 'https://news.example.org/',
			inLanguage: 'zh-CN',
			publisher: ORGANIZATION,
		});
	});

	test('an article with named authors, no tags and no series', () => {
		expect(newsArticleLd(input)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: '标题',
			description: '摘要',
			datePublished: '2019-07-01T00:00:00+08:00',
			dateModified: '2019-07-01T00:00:00+08:00',
			author: [
				{ '@type': 'Person', name: '张三' },
				{ '@type': 'Person', name: '李四' },
			],
			publisher: ORGANIZATION,
			mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.org/articles/x/' },
			url: 'https://news.example.org/articles/x/',
			inLanguage: 'zh-CN',
			articleSection: '政法',
			keywords: undefined,
			image: ['https://news.example.org/brand/share.png'],
			isPartOf: undefined,
			position: undefined,
		});
	});

	test('one keyword is a keyword', () => {
		expect(newsArticleLd({ ...input, keywords: ['扫黑除恶'] }).keywords).toBe('扫黑除恶');
	});

	test('the breadcrumb: each step with its position from 1', () => {
		expect(
			breadcrumbLd([
				{ name: '首页', url: 'https://news.example.org/' },
				{ name: '政法', url: 'https://news.example.org/sections/politics-law/' },
			]),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: '首页', item: 'https://news.example.org/' },
				{ '@type': 'ListItem', position: 2, name: '政法', item: 'https://news.example.org/sections/politics-law/' },
			],
		});
	});

	test('a series and its parts in reading order', () => {
		expect(
			seriesLd({
				name: '系列述评',
				description: '说明',
				url: 'https://news.example.org/series/s/',
				lang: 'zh-CN',
				parts: [
					{ name: '政治站位篇', url: 'https://news.example.org/articles/a/' },
					{ name: '组织保障篇', url: 'https://news.example.org/articles/b/' },
				],
			}),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'CreativeWorkSeries',
			name: '系列述评',
			description: '说明',
			url: 'https://news.example.org/series/s/',
			inLanguage: 'zh-CN',
			hasPart: [
				{ '@type': 'NewsArticle', headline: '政治站位篇', url: 'https://news.example.org/articles/a/', position: 1 },
				{ '@type': 'NewsArticle', headline: '组织保障篇', url: 'https://news.example.org/articles/b/', position: 2 },
			],
		});
	});

	test('serialised: every < > & and line separator escaped as \\u', () => {
		expect(serializeJsonLd({ a: '<>&\u2028\u2029' })).toBe('{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}');
	});
});
