import { describe, expect, test } from 'vitest';
import { halfWidthLatin, isoDay, pairQuotesByLine, pairStraightQuotes } from '../../../src/lib/editor/mechanical-fixes';

describe('isoDay: a day written the Chinese way, as the schema wants it', () => {
	test.each([
		['2019年7月1日', '2019-07-01'],
		['2019年07月01日', '2019-07-01'],
		[' 2019年12月31日 ', '2019-12-31'],
		['2019.7.1', '2019-07-01'],
		['2019/7/1', '2019-07-01'],
		['2019-7-1', '2019-07-01'],
		['2019/12/25', '2019-12-25'],
		['2019-07-01', undefined],
		['2019年2月30日', undefined],
		['2019.13.1', undefined],
		['2019/7-1', undefined],
		['2019年7月', undefined],
		['19年7月1日', undefined],
		['2019年7月1日上午', undefined],
		['七月一日', undefined],
	])('%j → %j', (value, expected) => {
		expect(isoDay(value)).toBe(expected);
	});
});

describe('halfWidthLatin', () => {
	test.each([
		['ＡＩ', 'AI'],
		['５Ｇ网络', '5G网络'],
		['ｓａｏｈｅｉ－ｃｈｕ－ｅ', 'saohei-chu-e'],
		['０１２３４５６７８９', '0123456789'],
		['扫黑除恶', '扫黑除恶'],
		['，：！', '，：！'],
		['＠＃', '＠＃'],
	])('%j → %j', (value, expected) => {
		expect(halfWidthLatin(value)).toBe(expected);
	});
});

describe('pairStraightQuotes', () => {
	test.each([
		['他说"好"。', '他说“好”。'],
		['"四个意识"和"两个维护"', '“四个意识”和“两个维护”'],
		["称'老大'", '称‘老大’'],
		['他说"好。', '他说"好。'],
		['He said "yes" to it', 'He said "yes" to it'],
		['称 "AI" 为', '称 "AI" 为'],
		['"AI"技术', '"AI"技术'],
		["It's 中文", "It's 中文"],
		['“已成对”', '“已成对”'],
		['', ''],
	])('%j → %j', (line, expected) => {
		expect(pairStraightQuotes(line)).toBe(expected);
	});

	test('each line on its own', () => {
		expect(pairQuotesByLine('他说"好\n"。')).toBe('他说"好\n"。');
		expect(pairQuotesByLine('他说"好"\n她说"行"')).toBe('他说“好”\n她说“行”');
	});
});
