import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, test } from 'vitest';
import { absoluteUrl, ROUTES } from '../../src/lib/site/urls';
import { distFile, readerPages, readPage } from '../helpers/dist';
import { SEED_ARTICLE, sentences } from '../helpers/seed';

const xml = readFileSync(distFile('rss.xml'), 'utf8');
const feed = parseFeed(xml);
const item = feed.items[0];

describe('the RSS feed', () => {
	test('is RSS 2.0 in Chinese, titled with the site name', () => {
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
		expect(feed.title).toBe('内蒙古晨报 · 乌兰察布');
		expect(feed.language).toBe('zh-cn');
		expect(feed.items).toHaveLength(1);
	});

	test('says the channel last changed when its newest article did, not when it was built', () => {
		expect(xml).toContain('<lastBuildDate>Mon, 01 Jul 2019 00:00:00 +0800</lastBuildDate>');
		expect(feed.updated?.toISOString()).toBe('2019-06-30T16:00:00.000Z');
	});

	test('carries the article with its link, summary, section and Beijing date', () => {
		expect(item?.title).toBe('全市扫黑除恶专项斗争系列述评之政治站位篇');
		expect(item?.url).toBe(absoluteUrl(ROUTES.article('saohei-zhengzhi-zhanwei')));
		expect(item?.description).toMatch(/^乌兰察布市把扫黑除恶专项斗争作为重大政治任务/);
		expect(item?.categories.map((category) => category.label)).toContain('政法');
		expect(xml).toContain('<pubDate>Mon, 01 Jul 2019 00:00:00 +0800</pubDate>');
		expect(item?.published?.toISOString()).toBe('2019-06-30T16:00:00.000Z');
	});

	test('has the full text, every sentence of the seed commentary, in content:encoded', () => {
		const text = (item?.content ?? '').replace(/<[^>]+>/g, '');
		for (const sentence of SEED_ARTICLE.slice(1).flatMap(sentences)) expect(text).toContain(sentence);
	});

	test('has no ad copy and no site-relative URLs', () => {
		const content = item?.content ?? '';
		for (const adText of ['江南研学', '樊瑞', '13304743215', '广告']) expect(content).not.toContain(adText);
		expect(content).not.toMatch(/(href|src)="\//);
		expect(content).not.toContain('data-astro-cid');
	});

	test('is linked from the head of every page', () => {
		for (const page of readerPages()) {
			const link = readPage(page).querySelector('link[rel="alternate"][type="application/rss+xml"]');
			expect(link?.getAttribute('href'), page).toBe(ROUTES.feed());
		}
	});
});
