import { describe, expect, test } from 'vitest';
import { seriesPageView } from '../../../src/lib/site/series-page';
import type { Article, Series } from '../../../src/lib/site/site-data';
import { absoluteUrl } from '../../../src/lib/site/urls';

const series = {
	id: 'saohei',
	collection: 'series',
	data: { title: '扫黑除恶系列述评', description: '全市系列述评' },
} as unknown as Series;
const article = (n: number, updated?: string) =>
	({
		id: `part-${n}`,
		collection: 'articles',
		data: {
			title: `第${n}篇`,
			pubDate: new Date(`2019-07-${String(n).padStart(2, '0')}T08:00:00+08:00`),
			...(updated ? { updatedDate: new Date(updated) } : {}),
		},
	}) as unknown as Article;
const all = Array.from({ length: 5 }, (_, i) => article(i + 1));

describe('seriesPageView', () => {
	test('the second of two pages: its title, address, neighbours and count', () => {
		const view = seriesPageView(series, all, { data: all.slice(3), currentPage: 2, lastPage: 2 });
		expect(view).toMatchObject({
			title: '扫黑除恶系列述评（第 2 页）',
			path: '/series/saohei/2/',
			pages: ['/series/saohei/', '/series/saohei/2/'],
			prev: '/series/saohei/',
			next: undefined,
			count: '共 5 篇 · 第 2 页',
			updated: new Date('2019-07-05T08:00:00+08:00'),
		});
	});

	test('one page: no neighbours, the count alone, the newest change of the page', () => {
		const parts = [article(1), article(2, '2019-08-01T10:00:00+08:00')];
		const view = seriesPageView(series, parts, { data: parts, currentPage: 1, lastPage: 1 });
		expect(view).toMatchObject({
			title: '扫黑除恶系列述评',
			path: '/series/saohei/',
			prev: undefined,
			next: undefined,
			count: '共 2 篇',
		});
		expect(view.updated).toEqual(new Date('2019-08-01T10:00:00+08:00'));
	});

	test('the structured data lists every installment at its place in the series, on every page', () => {
		const view = seriesPageView(series, all, { data: all.slice(3), currentPage: 2, lastPage: 2 });
		expect(view.jsonLd).toMatchObject({
			'@type': 'CreativeWorkSeries',
			name: '扫黑除恶系列述评',
			description: '全市系列述评',
			url: absoluteUrl('/series/saohei/'),
			inLanguage: 'zh-CN',
		});
		expect(view.jsonLd['hasPart']).toEqual(
			all.map((part, index) => ({
				'@type': 'NewsArticle',
				headline: part.data.title,
				url: absoluteUrl(`/articles/${part.id}/`),
				position: index + 1,
			})),
		);
	});
});
