import { describe, expect, test } from 'vitest';
import {
	endsMidSentence,
	findTextIssues,
	fixPunctuationWidth,
	isPrintBreak,
	startsWithHan,
} from '../../../src/lib/content/cjk-text';

describe('fixPunctuationWidth (SPEC §2 repair b)', () => {
	test.each([
		['实现既定目标,关键在', '实现既定目标，关键在'],
		['(乌兰察布市扫黑办)', '（乌兰察布市扫黑办）'],
		['报名方式 (微信同号)', '报名方式（微信同号）'],
		['记者站地址: 乌兰察布市', '记者站地址：乌兰察布市'],
		['全情打造!', '全情打造！'],
		['是吗?对;好', '是吗？对；好'],
		['“三长”,任副组长', '“三长”，任副组长'],
		['会议(2019年)召开', '会议（2019年）召开'],
		['会议(2019)召开', '会议（2019）召开'],
	])('%s → %s', (input, output) => {
		expect(fixPunctuationWidth(input)).toBe(output);
	});

	test.each(['Astro 7.3, MDX', 'https://example.org/a,b', 'time: 08:30', '(a) b'])('leaves Latin text alone: %s', (input) => {
		expect(fixPunctuationWidth(input)).toBe(input);
	});
});

describe('findTextIssues', () => {
	test('straight quotes in Chinese, and spaces between Chinese and Latin or digits', () => {
		expect(findTextIssues('他说"好"。共 10 项 工作').map((issue) => [issue.kind, issue.found])).toEqual([
			['straight-quote', '"'],
			['straight-quote', '"'],
			['latin-spacing', ' '],
			['latin-spacing', ' '],
		]);
	});

	test('the printed space between two Chinese phrases is not a Latin boundary', () => {
		expect(findTextIssues('突出政治站位 及早谋划部署')).toEqual([]);
	});
});

describe('endsMidSentence', () => {
	test.each([
		['信息报送和督导检', true],
		['明确了“五级书记”抓扫黑除恶专项斗争的政治责', true],
		['为专项斗争的深入推进提供了组织保证。', false],
		['“正确的路线确定之后，干部就是决定的因素”。', false],
		['Astro', false],
	])('%s → %s', (paragraph, cut) => {
		expect(endsMidSentence(paragraph)).toBe(cut);
	});
});

describe('findTextIssues: each issue whole, in the order of the text', () => {
	test('what was found, where, and what to write instead', () => {
		expect(findTextIssues('他说"好"，共 10 项(含)。\'对\'')).toEqual([
			{ index: 2, length: 1, kind: 'straight-quote', found: '"', replacement: '“ 或 ”' },
			{ index: 4, length: 1, kind: 'straight-quote', found: '"', replacement: '“ 或 ”' },
			{ index: 7, length: 1, kind: 'latin-spacing', found: ' ', replacement: '' },
			{ index: 10, length: 1, kind: 'latin-spacing', found: ' ', replacement: '' },
			{ index: 12, length: 1, kind: 'half-width-punctuation', found: '(', replacement: '（' },
			{ index: 14, length: 1, kind: 'half-width-punctuation', found: ')', replacement: '）' },
			{ index: 16, length: 1, kind: 'straight-quote', found: "'", replacement: '‘ 或 ’' },
			{ index: 18, length: 1, kind: 'straight-quote', found: "'", replacement: '‘ 或 ’' },
		]);
	});

	test('the spaces around a half-width mark go with it', () => {
		expect(findTextIssues('目标 , 关键')).toEqual([
			{ index: 2, length: 3, kind: 'half-width-punctuation', found: ' , ', replacement: '，' },
		]);
	});
});

describe('fixPunctuationWidth: parentheses', () => {
	test.each([
		['会议( 2019年 )召开', '会议（2019年）召开'],
		['a (b) c', 'a (b) c'],
	])('%s → %s', (text, fixed) => {
		expect(fixPunctuationWidth(text)).toBe(fixed);
	});
});

describe('endsMidSentence, startsWithHan and isPrintBreak: around spaces and marks', () => {
	test.each([
		['督导检  \n', true],
		['督导检查。 ', false],
		['省略……', false],
		['破折号——', false],
		['书名《报告》', false],
		['括号（说明）', false],
		['', false],
	])('endsMidSentence(%j) → %s', (paragraph, cut) => {
		expect(endsMidSentence(paragraph)).toBe(cut);
	});

	test.each([
		['  查等各项工作', true],
		['“查”', false],
		['2019年', false],
		['', false],
	])('startsWithHan(%j) → %s', (paragraph, han) => {
		expect(startsWithHan(paragraph)).toBe(han);
	});

	test.each([
		['信息报送和督导检', '查等各项工作。', true],
		['信息报送和督导检', '  查等各项工作。', true],
		['## 督导检', '查等各项工作。', false],
		['信息报送和督导检', '# 查等', false],
		['<Figure 督导检', '查等', false],
		['{督导检', '查等', false],
		['import 督导检', '查等', false],
		['export 督导检', '查等', false],
		['- 督导检', '查等', false],
		['* 督导检', '查等', false],
		['+ 督导检', '查等', false],
		['> 督导检', '查等', false],
		['1. 督导检', '查等', false],
		['12. 督导检', '查等', false],
		['```督导检', '查等', false],
		['| 督导检', '查等', false],
		['  - 督导检', '查等', false],
		['-督导检', '查等', true],
		['important督导检', '查等', true],
		['1.5督导检', '查等', true],
	])('isPrintBreak(%j, %j) → %s', (previous, next, joined) => {
		expect(isPrintBreak(previous, next)).toBe(joined);
	});
});

describe('cost: one pass over a run of spaces, wherever it stands', () => {
	const spaces = ' '.repeat(400_000);
	test.each([
		['before an opening parenthesis (and the closing one after Chinese)', `甲${spaces}(乙)`, 2],
		['before a half-width comma', `甲${spaces},乙`, 1],
		['between Chinese and a letter', `甲${spaces}a`, 1],
		['leading nowhere', `甲${spaces}乙`, 0],
		['at the end of the text', `(${spaces}`, 0],
	])('%s', (_name, text, issues) => {
		const started = performance.now();
		expect(findTextIssues(text)).toHaveLength(issues);
		expect(fixPunctuationWidth(text).length).toBeLessThanOrEqual(text.length);
		expect(performance.now() - started).toBeLessThan(1_000);
	});

	test('the spaces before a parenthesis go with it, from the first of them', () => {
		expect(findTextIssues('甲  (乙)')[0]).toMatchObject({ index: 1, found: '  (', replacement: '（' });
		expect(fixPunctuationWidth('甲  (乙)')).toBe('甲（乙）');
		expect(fixPunctuationWidth('甲, (乙)')).toBe('甲，（乙）');
	});
});
