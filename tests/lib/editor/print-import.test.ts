import { readFileSync } from 'node:fs';
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/content/source';
import { articleMdx, importArticle, importPromo, promoYaml } from '../../../src/lib/editor/print-import';
import { SEED_RAW } from '../../helpers/seed';

const options = {
	section: 'politics-law',
	series: [{ id: 'saohei-chu-e', title: '全市扫黑除恶专项斗争系列述评' }],
	today: '2026-11-26',
	promoId: 'jiangnan-study-tour',
};
const committed = (path: string) => readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8');
/** Frontmatter fields as written (strings), so dates compare as the editor typed them. */
const fields = (mdx: string) =>
	load(splitFrontmatter(mdx).frontmatter ?? '', { schema: FAILSAFE_SCHEMA }) as Record<string, unknown>;

/** Fields an editor sets by judgement, which an importer cannot know from the page. */
const EDITORIAL = ['summary', 'pubDate', 'seriesOrder', 'tags', 'draft'];
const omit = (data: Record<string, unknown>, keys: readonly string[]) =>
	Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));

describe('importing the seed print page', () => {
	const mdx = articleMdx(importArticle(SEED_RAW, options), options);

	test('gives the committed article: same fields (editorial ones aside) and the same text', () => {
		const article = committed('articles/saohei-zhengzhi-zhanwei.mdx');
		expect(omit(fields(mdx), EDITORIAL)).toEqual(omit(fields(article), EDITORIAL));
		expect(splitFrontmatter(mdx).body).toBe(splitFrontmatter(article).body);
	});

	test('is a draft dated the day of import, with a summary within 120 characters', () => {
		const data = fields(mdx);
		expect(data['draft']).toBe('true');
		expect(data['pubDate']).toBe('2026-11-26');
		expect([...String(data['summary'])].length).toBeLessThanOrEqual(120);
	});

	test('gives the committed promo (the picture description and draft flag aside)', () => {
		const imported = load(promoYaml(importPromo(SEED_RAW)!)) as Record<string, Record<string, unknown>>;
		const promo = load(committed('promos/jiangnan-study-tour.yaml')) as Record<string, Record<string, unknown>>;
		expect(imported['draft']).toBe(true);
		const comparable = (data: Record<string, Record<string, unknown>>) => ({
			...omit(data, ['draft', 'label']),
			qr: omit(data['qr'] ?? {}, ['alt']),
		});
		expect(comparable(imported)).toEqual(comparable(promo));
	});

	test('a headline naming an unknown series leaves series and part for the editor', () => {
		const article = importArticle('# 全市环保督察系列述评之整改篇\n\n正文。\n', { ...options, series: [] });
		expect([article.series, article.part, article.unknownSeries]).toEqual([undefined, undefined, '全市环保督察系列述评']);
	});

	test('a page without an ad gives no promo', () => {
		expect(importPromo('# 标题\n\n正文。\n\n(来源)\n')).toBeUndefined();
	});
});
