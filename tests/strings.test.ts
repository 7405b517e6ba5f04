import { describe, expect, test } from 'vitest';
import { formatDateParts, STRINGS } from '../src/strings';

const WORDS = Object.entries(STRINGS as Record<string, unknown>).filter(
	(entry): entry is [string, string] => typeof entry[1] === 'string',
);
/** Separators are spaced on purpose; every other word is trimmed. */
const SPACED = ['kickerSeparator', 'titleSeparator'];
const HAN = /\p{Script=Han}/u;

describe('the interface’s words', () => {
	test.each(WORDS)('%s is a word, not empty, with no stray space', (name, word) => {
		expect(word.length).toBeGreaterThan(0);
		if (!SPACED.includes(name)) expect(word).toBe(word.trim());
	});

	test.each(WORDS.filter(([, word]) => HAN.test(word)))('%s: Chinese punctuation, full width', (_name, word) => {
		expect(word).not.toMatch(/[,:;?!()"]/);
		expect(word).not.toMatch(/\.\.\./);
	});

	test('the separators, each as the page sets it', () => {
		expect([STRINGS.kickerSeparator, STRINGS.titleSeparator, STRINGS.listSeparator, STRINGS.colon]).toEqual([
			' · ',
			' - ',
			'、',
			'：',
		]);
		expect([STRINGS.openParen, STRINGS.closeParen, STRINGS.ellipsis, STRINGS.pageGap]).toEqual(['（', '）', '……', '…']);
	});
});

describe('the sentences made from values', () => {
	test.each([
		[STRINGS.moreInSection('政法'), '更多政法新闻'],
		[STRINGS.readingTime(3), '阅读约 3 分钟'],
		[STRINGS.installments(5), '共 5 篇'],
		[STRINGS.seriesCount(2), '共 2 个系列'],
		[STRINGS.promoPageTitle('江南研学夏令营'), '江南研学夏令营（广告）'],
		[STRINGS.inSection('政法'), '政法栏目'],
		[STRINGS.articlesInSection(12), '共 12 篇文章'],
		[STRINGS.shareQrAlt('政治站位篇'), '《政治站位篇》手机阅读页的二维码'],
		[STRINGS.tagIndexDescription(8), '本站文章的 8 个标签，按文章数排列'],
		[STRINGS.tagCount(4), '4 篇'],
		[STRINGS.tagTitle('扫黑除恶'), '标签：扫黑除恶'],
		[STRINGS.tagDescription('扫黑除恶', 4), '标有“扫黑除恶”的 4 篇文章'],
		[STRINGS.archiveDescription(100), '按年月排列的全部 100 篇文章，选一个月份查看'],
		[STRINGS.yearHeading(2019), '2019年'],
		[STRINGS.monthHeading(2019, 7), '2019年7月'],
		[STRINGS.monthName(7), '7月'],
		[STRINGS.dayHeading(7, 1), '7月1日'],
		[STRINGS.archiveMonthDescription(2019, 7, 3), '2019年7月的 3 篇文章，按日期排列'],
		[STRINGS.olderMonth('2019年6月'), '上个月：2019年6月'],
		[STRINGS.newerMonth('2019年8月'), '下个月：2019年8月'],
		[STRINGS.pageNumber(2), '第 2 页'],
		[STRINGS.pagedCount('共 45 篇', 1, 1), '共 45 篇'],
		[STRINGS.pagedCount('共 45 篇', 2, 3), '共 45 篇 · 第 2 页'],
		[STRINGS.pagedCount('共 45 篇', 1, 2), '共 45 篇 · 第 1 页'],
		[STRINGS.pageTitle('政法', 1), '政法'],
		[STRINGS.pageTitle('政法', 2), '政法（第 2 页）'],
		[STRINGS.allFilter('栏目'), '全部栏目'],
		[STRINGS.searchResults(3, '扫黑'), '找到 3 篇与“扫黑”有关的文章'],
		[STRINGS.searchResultsSoFar(20, 45, '扫黑'), '找到 45 篇与“扫黑”有关的文章，已显示 20 篇'],
		[STRINGS.searchNone('扫黑'), '没有找到与“扫黑”有关的文章。换个关键词试试。'],
		[STRINGS.scheduledBanner('2019年7月1日'), '定时发布：本文将于 2019年7月1日 起出现在正式网站上，现在只在预览中显示。'],
		[STRINGS.copyright(2026, '内蒙古晨报 · 乌兰察布'), '© 2026 内蒙古晨报 · 乌兰察布'],
		[STRINGS.quoteAttribution('市扫黑办'), '—— 市扫黑办'],
		[formatDateParts(2019, 7, 1), '2019年7月1日'],
	])('%s', (sentence, expected) => {
		expect(sentence).toBe(expected);
	});
});
