import { describe, expect, test } from 'vitest';
import { parseContentDate } from '../../../src/lib/dates';
import { newsArticleLd, publisherOf, serializeJsonLd } from '../../../src/lib/site/structured-data';

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
