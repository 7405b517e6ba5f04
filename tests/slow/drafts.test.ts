import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy } from '../helpers/build';

/** A draft, an article scheduled for next year, and a draft ad, beside the seed content. */
const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const article = (title: string, fields: string) =>
	`---\ntitle: ${title}\nsummary: ${title}的摘要。\n${fields}\nsection: politics-law\nseries: saohei-chu-e\npart: ${title}篇\ntags:\n  - 未发布标签\npromos:\n  - draft-ad\n---\n\n${title}独有的正文词语甲乙丙。\n`;
const build = buildCopy({
	'content/articles/draft-article.mdx': article('草稿文章', 'pubDate: 2019-07-02\ndraft: true'),
	'content/articles/scheduled-article.mdx': article('定时文章', `pubDate: ${NEXT_YEAR}-01-01`),
	'content/promos/draft-ad.yaml': 'title: 草稿广告\ndraft: true\n',
});
afterAll(() => build.remove());

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

describe('drafts and scheduled articles stay out of a production build', () => {
	test('the build passes', () => {
		expect(build.status, build.output).toBe(0);
	});

	test('no page, feed, sitemap, search index or listing mentions them', () => {
		const leaks = files(build.dist).filter((file) => {
			const text = readFileSync(file, 'latin1');
			return ['draft-article', 'scheduled-article', 'draft-ad', 'wei-fa-bu-biao-qian'].some((slug) => text.includes(slug));
		});
		expect(leaks).toEqual([]);
		const readable = files(build.dist).filter((file) => /\.(html|xml|txt)$/.test(file));
		for (const file of readable) expect(readFileSync(file, 'utf8'), file).not.toMatch(/草稿文章|定时文章|草稿广告|甲乙丙/);
	});

	test('series navigation and counts see only the published installment', () => {
		const series = readFileSync(join(build.dist, 'series/saohei-chu-e/index.html'), 'utf8');
		expect(series).toContain('共 1 篇');
		const section = readFileSync(join(build.dist, 'sections/politics-law/index.html'), 'utf8');
		expect(section).toContain('共 1 篇文章');
	});
});
