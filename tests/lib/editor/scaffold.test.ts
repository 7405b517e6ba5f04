import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/content/source';
import { articleSlug, newArticleMdx } from '../../../src/lib/editor/scaffold';
import { isValidId } from '../../../src/lib/slug';

describe('a new article', () => {
	test('its slug is pinyin, cut at a syllable within 60 characters', () => {
		expect(articleSlug('乌兰察布召开推进会')).toBe('wu-lan-cha-bu-zhao-kai-tui-jin-hui');
		const long = articleSlug('全市扫黑除恶专项斗争系列述评之政治站位篇全市扫黑除恶专项斗争系列述评');
		expect(long.length).toBeLessThanOrEqual(60);
		expect(isValidId(long)).toBe(true);
		expect(long.endsWith('-')).toBe(false);
	});

	test('is a draft with every required field, dated now in +08:00', () => {
		const mdx = newArticleMdx({
			title: '标题',
			section: 'politics-law',
			series: 'saohei-chu-e',
			part: '某某篇',
			now: new Date('2026-11-26T02:30:00Z'),
		});
		const data = load(splitFrontmatter(mdx).frontmatter ?? '') as Record<string, unknown>;
		expect(data).toMatchObject({
			title: '标题',
			summary: '标题',
			section: 'politics-law',
			series: 'saohei-chu-e',
			part: '某某篇',
			draft: true,
		});
		expect(mdx).toContain('pubDate: 2026-11-26T10:30:00+08:00');
	});
});
