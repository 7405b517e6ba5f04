import { describe, expect, test, vi } from 'vitest';
import { listKicker, sectionNameOf, sectionOf } from '../../../src/lib/site/article-summary';
import { frontPageView, PER_SECTION } from '../../../src/lib/site/front-page';
import { type Collections, type SiteData, siteData } from '../../../src/lib/site/site-data';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const NOW = new Date('2026-12-01T12:00:00+08:00');
const section = (id: string, name: string) => ({ id, collection: 'sections', data: { id, name } });
const article = (id: string, day: number, data: Record<string, unknown> = {}) => ({
	id,
	collection: 'articles',
	body: '正文。',
	data: {
		title: `标题${id}`,
		pubDate: new Date(`2019-07-${String(day).padStart(2, '0')}T08:00:00+08:00`),
		section: { id: 'politics-law' },
		tags: [],
		draft: false,
		...data,
	},
});
const promo = (id: string) => ({ id, collection: 'promos', data: { label: '广告', title: id, draft: false } });

/** The site's data model of these entries, as a production build makes it. */
const site = (articles: unknown[], extra: Partial<Record<keyof Collections, unknown[]>> = {}): SiteData =>
	siteData(
		{
			sections: [section('politics-law', '政法'), section('economy', '经济'), section('culture', '文化')],
			series: [
				{ id: 'saohei', collection: 'series', data: { title: '扫黑除恶系列述评' } },
				{ id: 'quiet', collection: 'series', data: { title: '没有文章的系列' } },
			],
			promos: [promo('jiangnan')],
			articles,
			...extra,
		} as unknown as Collections,
		NOW,
		false,
	);
const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

describe('frontPageView: what the front page shows', () => {
	test('the lead is the newest featured article, and its kicker names its section and part', () => {
		const view = frontPageView(
			site([
				article('newest', 9),
				article('featured', 3, { featured: true, series: { id: 'saohei' }, seriesOrder: 1, part: '政治站位篇' }),
				article('older-featured', 2, { featured: true }),
			]),
		);
		expect(view.lead?.article.id).toBe('featured');
		expect(view.lead?.kicker).toBe('政法 · 政治站位篇');
	});

	test('without a featured article, the newest leads; an empty site has no lead and no blocks', () => {
		expect(frontPageView(site([article('old', 1), article('new', 2)])).lead?.article.id).toBe('new');
		const empty = frontPageView(site([]));
		expect(empty.lead).toBeUndefined();
		expect(empty.blocks).toEqual([]);
		expect(empty.series).toEqual([]);
	});

	test(`each section's block: its newest ${PER_SECTION} but the lead, in the order of the sections; empty blocks left out`, () => {
		const view = frontPageView(
			site([...[1, 2, 3, 4, 5, 6].map((day) => article(`p${day}`, day)), article('e1', 7, { section: { id: 'economy' } })]),
		);
		expect(view.lead?.article.id).toBe('e1');
		expect(view.blocks.map((block) => [block.section.id, ids(block.articles)])).toEqual([
			['politics-law', ['p6', 'p5', 'p4', 'p3']],
		]);
	});

	test('the lead is not shown again in its section’s block', () => {
		const view = frontPageView(site([article('a', 1), article('b', 2), article('c', 3, { section: { id: 'culture' } })]));
		expect(view.lead?.article.id).toBe('c');
		expect(view.blocks.map((block) => [block.section.id, ids(block.articles)])).toEqual([['politics-law', ['b', 'a']]]);
	});

	test('series with a published installment, each with its count; the running ads', () => {
		const view = frontPageView(
			site([
				article('one', 1, { series: { id: 'saohei' }, seriesOrder: 1 }),
				article('two', 2, { series: { id: 'saohei' }, seriesOrder: 2 }),
			]),
		);
		expect(view.series.map(({ entry, installments }) => [entry.id, installments])).toEqual([['saohei', 2]]);
		expect(ids(view.promos)).toEqual(['jiangnan']);
	});
});

describe('the article summary: one lookup of the section', () => {
	const model = site([article('a', 1, { part: '政治站位篇' }), article('lost', 2, { section: { id: 'gone' } })]);
	const [lost, known] = model.articles as [SiteData['articles'][number], SiteData['articles'][number]];

	test('the section, its name, and a list’s kicker', () => {
		expect(sectionOf(model, known)?.id).toBe('politics-law');
		expect(sectionNameOf(model, known)).toBe('政法');
		expect(listKicker(model, known)).toBe('政法 · 政治站位篇');
	});

	test('a section the site does not have is not named at all (never its bare id)', () => {
		expect(sectionOf(model, lost)).toBeUndefined();
		expect(sectionNameOf(model, lost)).toBeUndefined();
		expect(listKicker(model, lost)).toBe('');
	});
});
