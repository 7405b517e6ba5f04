/** The limits' edges, each exactly: which marks count as nesting, where the problem is placed, what it says. */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/gate';
import { bodyLimitProblem, LIMITS, yamlLimitProblem } from '../../../src/lib/content/limits';
import { reasonOf } from '../../../src/lib/content/body-tree';
import { article, file, jpeg, SITE } from '../../helpers/gate';

const NESTING = { problem: '列表或引用嵌套太深（9 层），最多 8 层', suggestion: '减少行首的 > 或列表符号 - 1.，把内容拆成几个并列的部分' };
const EIGHT = '> '.repeat(8);

describe('which marks at a line’s start count as one level each', () => {
	test.each([
		['0. as a list marker', '0. '.repeat(9)],
		['9) as a list marker', '9) '.repeat(9)],
		['a marker followed by a tab', '-\t'.repeat(9)],
		['a numbered marker at the line’s very end', `${EIGHT}1.`],
		['a bullet at the line’s very end', `${EIGHT}+`],
	])('%s', (_name, line) => {
		expect(bodyLimitProblem(`正文。\n${line}`)).toEqual({ offset: 4, ...NESTING });
	});

	test.each([
		['digits without . or )', `${EIGHT}12x 后文`],
		['a letter and a dot', `${EIGHT}a. 后文`],
		['digits and a dot with no space after', `${EIGHT}1.5 后文`],
		['a bullet with no space after', `${EIGHT}-后文`],
		['a colon after digits', `${EIGHT}1: 后文`],
	])('not: %s', (_name, line) => {
		expect(bodyLimitProblem(line)).toBeUndefined();
	});
});

describe('what each limit says, in full', () => {
	test('a long line in the body', () => {
		expect(bodyLimitProblem(`甲\n${'a'.repeat(LIMITS.lineChars + 1)}`)).toEqual({
			offset: 2,
			problem: '这一行太长（10001 个字符），每行最多 10000 个',
			suggestion: '一段太长请分成几段，段与段之间空一行',
		});
	});

	test('too many marks in the whole article', () => {
		const body = `${'**粗**\n'.repeat(LIMITS.emphasisMarksInFile / 4)}*`;
		expect(bodyLimitProblem(body)).toEqual({
			offset: body.length - 1,
			problem: '全文的 * 和 _ 太多（到这一行已超过 2000 个）',
			suggestion: '粗体、斜体只用在要点上；要写星号本身请用全角 ＊',
		});
	});

	test('YAML: a line at the limit passes, one past it is placed at its own line', () => {
		const line = `a: ${'x'.repeat(LIMITS.lineChars - 3)}`;
		expect(yamlLimitProblem(`b: 1\n${line}`)).toBeUndefined();
		expect(yamlLimitProblem(`b: 1\n${line}x`)).toEqual({
			offset: 5,
			problem: '这一行太长（10001 个字符），每行最多 10000 个',
			suggestion: '把这个值写短一些',
		});
	});

	test('YAML: a first line that is empty is a line of its own', () => {
		const half = `a: ${'x'.repeat(6_000)}`;
		expect(yamlLimitProblem(`\n${half}\n${half}`)).toBeUndefined();
	});

	test('YAML: indentation', () => {
		expect(yamlLimitProblem(`a:\n${' '.repeat(41)}b: 1`)).toEqual({
			offset: 3,
			problem: '行首缩进太深，最多 40 格',
			suggestion: '字段只需缩进两格一层',
		});
	});
});

describe('YAML brackets: ] and } close, and only what is open', () => {
	const TOO_DEEP = { problem: '方括号或花括号嵌套太深（超过 8 层）', suggestion: '字段的值里不要写成层层嵌套的 [ ] 或 { }' };
	test.each([
		['closing brackets never go below none open', `a: ]]]]${'['.repeat(9)}`, 15],
		['a } closes a {', `a: ${'{'.repeat(8)}}${'{'.repeat(2)}`, 13],
		['a ] closes a [', `a: ${'['.repeat(8)}]${'['.repeat(2)}`, 13],
		['other characters close nothing', `a: ${'['.repeat(8)}x)>${'['.repeat(1)}`, 14],
	])('%s', (_name, yaml, offset) => {
		expect(yamlLimitProblem(yaml)).toEqual({ offset, ...TOO_DEEP });
	});
});

describe('a body over a limit: not parsed, and the pictures it may use not called unused', () => {
	test.each([
		['a line too long', `<Figure src="./images/a.jpg" alt="图" caption="注" />\n${'字'.repeat(LIMITS.lineChars + 1)}\n`],
		['a tree too deep', `<Figure src="./images/a.jpg" alt="图" caption="注" />\n\n${'<span>'.repeat(40)}深${'</span>'.repeat(40)}\n`],
	])('%s', async (_name, body) => {
		const picture = file('content/articles/images/a.jpg', await jpeg());
		const { diagnostics } = await checkContent([...SITE, article(body), picture]);
		expect(diagnostics.map((d) => d.problem)).toHaveLength(1);
		expect(diagnostics.some((d) => d.file === picture.path)).toBe(false);
	});
});

test.each([
	['Unexpected character (1:5-1:9) in name', 'Unexpected character in name'],
	['Unexpected end of file (12:34)', 'Unexpected end of file'],
	['Expected a closing tag (3:1-3:10) after (4:2)', 'Expected a closing tag after'],
	['no place here (a:b)', 'no place here (a:b)'],
])('reasonOf: MDX’s reason without its places: %s', (reason, words) => {
	expect(reasonOf({ reason })).toBe(words);
});
