import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cacheKey } from '../../../src/lib/site/cache-key';
import { type Collections, loadSiteData, type SiteData, siteData } from '../../../src/lib/site/site-data';
import { spellingMark } from '../../../src/lib/site/tag-addresses';
import { SITE } from '../../../src/site.config';

/** What astro:content hands over, by collection: set by each test (loadSiteData reads it once). */
const collections: Record<string, unknown[]> = {};
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));

const NOW = new Date('2026-12-01T12:00:00+08:00');
const day = (date: string) => new Date(`${date}T08:00:00+08:00`);

const sectionsFile = () => {
	const path = join(mkdtempSync(join(tmpdir(), 'site-data-')), 'sections.yaml');
	writeFileSync(path, '- id: politics-law\n  name: 政法\n- id: economy\n  name: 经济\n- id: culture\n  name: 文化\n');
	return path;
};
const section = (id: string, name: string, filePath?: string) => ({ id, collection: 'sections', filePath, data: { id, name } });

/** An article of `body` (900 characters: two minutes' reading). */
function article(id: string, date: string, data: Record<string, unknown> = {}, body = '字'.repeat(900)) {
	return {
		id,
		collection: 'articles',
		body,
		data: { title: `标题${id}`, pubDate: day(date), section: { id: 'politics-law' }, tags: [], draft: false, ...data },
	};
}
const promo = (id: string, data: Record<string, unknown> = {}) => ({
	id,
	collection: 'promos',
	filePath: `content/promos/${id}.yaml`,
	data: { label: '广告', title: id, draft: false, ...data },
});
const seriesEntry = (id: string) => ({ id, collection: 'series', data: { title: `系列${id}` } });

/** The site's data from this test's collections, at NOW, as a production build (or astro dev) sees it. */
const load = (dev = false): SiteData => siteData(collections as unknown as Collections, NOW, dev);

const warnings: string[] = [];
beforeEach(() => {
	warnings.length = 0;
	vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
	const file = sectionsFile();
	Object.assign(collections, {
		// Astro hands a file's entries back sorted by id.
		sections: [section('culture', '文化', file), section('economy', '经济', file), section('politics-law', '政法', file)],
		series: [seriesEntry('old'), seriesEntry('new'), seriesEntry('tie'), seriesEntry('empty')],
		articles: [
			article('a', '2019-07-01', { series: { id: 'old' }, seriesOrder: 2, tags: ['扫黑除恶', '政法'] }),
			article('b', '2019-07-03', { series: { id: 'old' }, seriesOrder: 1, tags: ['扫黑除恶'] }),
			article('c', '2019-07-05', { series: { id: 'new' }, section: { id: 'economy' }, tags: ['经济'] }),
			article('d', '2019-07-03', { series: { id: 'tie' }, tags: ['政法'] }),
			article('draft', '2019-07-06', { draft: true, series: { id: 'empty' }, tags: ['草稿'] }),
			article('later', '2027-01-01', { series: { id: 'empty' } }),
			article('now', '2026-12-01', {}, ''),
		],
		promos: [
			promo('running', { validFrom: day('2026-11-01'), validThrough: day('2026-12-31') }),
			promo('always'),
			promo('ended', { validThrough: day('2026-11-30') }),
			promo('soon', { validFrom: day('2026-12-02') }),
			promo('unsaved', { draft: true }),
		],
	});
});
afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllEnvs();
});

const ids = (entries: readonly { id: string }[] | undefined) => entries?.map((entry) => entry.id);

describe('loadSiteData: the site’s content, once per build', () => {
	test('published articles only (no drafts, nothing scheduled for later), newest first', async () => {
		const site = load();
		expect(ids(site.articles)).toEqual(['now', 'c', 'b', 'd', 'a']);
	});

	test('in astro dev, drafts and scheduled articles show too, and so do draft promos', async () => {
		const site = load(true);
		expect(ids(site.articles)).toEqual(['later', 'now', 'draft', 'c', 'b', 'd', 'a']);
		expect(ids(site.promos)).toEqual(['running', 'always', 'unsaved']);
	});

	test('promos running now only; one ended or not yet begun is left out, with a warning naming its file and field', async () => {
		const site = load();
		expect(ids(site.promos)).toEqual(['running', 'always']);
		expect(ids([...site.byId.promos.values()])).toEqual(['running', 'always']);
		expect(warnings).toEqual([
			'content/promos/ended.yaml: validThrough: 广告已于 2026年11月30日 到期，本次构建不再显示',
			'content/promos/soon.yaml: validFrom: 广告自 2026年12月2日 起显示，本次构建暂不显示',
		]);
	});

	test('a promo without a file path is named by its id', async () => {
		collections['promos'] = [{ ...promo('ended', { validThrough: day('2026-11-30') }), filePath: undefined }];
		load();
		expect(warnings).toEqual(['ended: validThrough: 广告已于 2026年11月30日 到期，本次构建不再显示']);
	});

	test('sections in the order sections.yaml lists them, not by id', async () => {
		collections['articles']!.push(article('e', '2019-07-02', { section: { id: 'culture' } }));
		const site = load();
		expect(ids(site.sections)).toEqual(['politics-law', 'economy', 'culture']);
		expect(site.byId.sections.get('economy')?.data.name).toBe('经济');
	});

	test('a section with nothing published (none, or only a draft) has no page, no place in the navigation, no block: it is left out', async () => {
		collections['articles']!.push(article('e', '2019-07-02', { section: { id: 'culture' }, draft: true }));
		const site = load();
		expect(ids(site.sections)).toEqual(['politics-law', 'economy']);
		// An article can still name it (astro dev shows the draft under it).
		expect(site.byId.sections.get('culture')?.data.name).toBe('文化');
		expect(ids(load(true).sections)).toEqual(['politics-law', 'economy', 'culture']);
	});

	test('sections without a file keep the order they came in', async () => {
		collections['sections'] = [section('economy', '经济'), section('politics-law', '政法')];
		expect(ids(load().sections)).toEqual(['economy', 'politics-law']);
	});

	test('each section’s published articles, newest first; a section with none has an empty list', async () => {
		const site = load();
		expect(Object.fromEntries([...site.sectionArticles].map(([id, list]) => [id, ids(list)]))).toEqual({
			'politics-law': ['now', 'b', 'd', 'a'],
			economy: ['c'],
			culture: [],
		});
	});

	test('each series’ published installments in reading order; active series, newest installment first', async () => {
		const site = load();
		expect(Object.fromEntries([...site.installments].map(([id, list]) => [id, ids(list)]))).toEqual({
			old: ['b', 'a'],
			new: ['c'],
			tie: ['d'],
			empty: [],
		});
		// old and tie both last published on 3 July: by id.
		expect(ids(site.activeSeries)).toEqual(['new', 'old', 'tie']);
		expect(ids(site.series)).toEqual(['old', 'new', 'tie', 'empty']);
		expect(site.byId.series.get('new')?.data.title).toBe('系列new');
	});

	test('tags in use, most used first, then by slug, each with its pinyin slug and articles newest first', async () => {
		const site = load();
		expect(site.tags.map((tag) => [tag.slug, tag.name, ids(tag.articles)])).toEqual([
			['sao-hei-chu-e', '扫黑除恶', ['b', 'a']],
			['zheng-fa', '政法', ['d', 'a']],
			['jing-ji', '经济', ['c']],
		]);
	});

	test('spellings sharing a pinyin get their own pages: the first used keeps the pinyin; each article’s tags map to them', async () => {
		collections.articles = [
			article('x', '2019-07-02', { tags: ['烟雪'] }),
			article('y', '2019-07-01', { tags: ['研学', 'ＡＩ'] }),
		] as never;
		const site = load();
		expect(site.tags.map((tag) => [tag.slug, tag.name, ids(tag.articles)])).toEqual([
			['ai', 'ＡＩ', ['y']],
			['yan-xue', '研学', ['y']],
			[`yan-xue-${spellingMark('烟雪')}`, '烟雪', ['x']],
		]);
		expect(Object.fromEntries(site.tagSlugs)).toEqual({ 研学: 'yan-xue', 烟雪: `yan-xue-${spellingMark('烟雪')}`, ＡＩ: 'ai' });
	});

	test('reading minutes of each article, and up to four related articles', async () => {
		const site = load();
		expect(Object.fromEntries(site.readingMinutes)).toEqual({ now: 1, c: 2, b: 2, d: 2, a: 2 });
		expect(ids(site.related.get('a'))).toEqual(['b', 'd', 'now']);
		expect([...site.related.keys()]).toEqual(['now', 'c', 'b', 'd', 'a']);
	});

	test('the layout’s key and the copyright year come from the site config, the year, the sections and the series', async () => {
		const site = load();
		expect(site.year).toBe(2026);
		expect(site.layoutKey).toBe(
			cacheKey(
				{ url: SITE.url, basePath: SITE.basePath, icpNumber: SITE.icpNumber, psbNumber: SITE.psbNumber },
				2026,
				site.sections,
				site.series,
			),
		);
	});

	test('loadSiteData: the four collections read once, now, as a production build; every page gets the same data', async () => {
		const file = sectionsFile();
		Object.assign(collections, {
			sections: [section('economy', '经济', file), section('politics-law', '政法', file)],
			series: [seriesEntry('old')],
			articles: [article('a', '2019-07-01', { series: { id: 'old' } }), article('draft', '2019-07-02', { draft: true })],
			promos: [promo('unsaved', { draft: true })],
		});
		vi.stubEnv('DEV', false);
		const first = loadSiteData();
		expect(loadSiteData()).toBe(first);
		const site = await first;
		expect([ids(site.articles), ids(site.sections), ids(site.series), ids(site.promos)]).toEqual([
			['a'],
			['politics-law'],
			['old'],
			[],
		]);
		expect(site.year).toBe(new Date().getFullYear());
	});
});
