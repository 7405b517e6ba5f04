import { describe, expect, test } from 'vitest';
import { countReadableUnits, readingMinutes, visibleText } from '../../../src/lib/site/reading-time';

describe('reading time at about 450 Chinese characters a minute', () => {
	test.each([
		['short text is one minute, never zero', '短文。', 1],
		['900 characters are two minutes', '字'.repeat(900), 2],
		['1,350 characters are three minutes', '字'.repeat(1350), 3],
		['markup is not read', `<PullQuote>${'字'.repeat(450)}</PullQuote>\n\n## 小标题\n\n**${'字'.repeat(450)}**`, 2],
	])('%s', (_name, mdx, minutes) => {
		expect(readingMinutes(mdx)).toBe(minutes);
	});

	test('a Latin word or a number counts as one unit, punctuation as none', () => {
		// 年 月 日 网 站 are five characters; 2018, 1, 25 and Astro are four units.
		expect(countReadableUnits('2018年1月25日，Astro 网站。')).toBe(5 + 4);
	});

	test('imports, tags and expressions are stripped', () => {
		expect(visibleText('import X from \'./x\';\n<Promo id="a" />{frontmatter.title}正文').trim()).toBe('正文');
	});
});
