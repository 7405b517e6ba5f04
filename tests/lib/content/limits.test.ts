import { describe, expect, test } from 'vitest';
import { bodyLimitProblem, fileSizeProblem, LIMITS, tooDeep, yamlLimitProblem } from '../../../src/lib/content/limits';
import { parseMdx } from '../../../src/lib/content/mdx-subset';

/** The problem's first words and the line it is on, or 'ok'. */
const verdict = (problem: { offset: number; problem: string } | undefined, text: string) =>
	problem ? `${text.slice(0, problem.offset).split('\n').length}: ${problem.problem}` : 'ok';
const body = (text: string) => verdict(bodyLimitProblem(text), text);
const yaml = (text: string) => verdict(yamlLimitProblem(text), text);

describe('bodyLimitProblem: each limit, at it and one past it', () => {
	test.each([
		['a line at the limit', 'a'.repeat(LIMITS.lineChars), 'ok'],
		['a line past it', `甲\n${'a'.repeat(LIMITS.lineChars + 1)}`, '2: 这一行太长（10001 个字符），每行最多 10000 个'],
		['lines at the limit', '正文。\n'.repeat(LIMITS.lines - 1), 'ok'],
		['a line past it', '正文。\n'.repeat(LIMITS.lines), '5001: 正文太长（到这一行已超过 5000 行）'],
		['emphasis marks at the limit in a line', '*'.repeat(LIMITS.emphasisMarks), 'ok'],
		['one past it, * and _ together', `${'*'.repeat(32)}x${'_'.repeat(33)}`, '1: 这一行的 * 和 _ 太多（65 个），每行最多 64 个'],
		['marks at the limit in the file', '**粗**\n'.repeat(LIMITS.emphasisMarksInFile / 4), 'ok'],
		['one past it', `${'**粗**\n'.repeat(LIMITS.emphasisMarksInFile / 4)}*`, '501: 全文的 * 和 _ 太多（到这一行已超过 2000 个）'],
		['table marks at the limit', '|x|x|x|x|\n'.repeat(LIMITS.tableCells / 5), 'ok'],
		['one past it', `${'|x|x|x|x|\n'.repeat(LIMITS.tableCells / 5)}|`, '2001: 表格太大（到这一行，表格的竖线 | 已超过 10000 个）'],
		['quotes and lists at the limit', '> - > 1. > + > * x', 'ok'],
		['quotes nested one past it', '> '.repeat(LIMITS.nesting + 1), '1: 列表或引用嵌套太深（9 层），最多 8 层'],
		['list markers of every kind count', '- * + 1. 2) > > > > x', '1: 列表或引用嵌套太深（9 层），最多 8 层'],
		['a marker without a space after it ends the prefix', `-- ${'> '.repeat(9)}`, 'ok'],
		['a number of ten digits is no marker', '1234567890. '.repeat(9), 'ok'],
		['a marker at the line’s end', '> > > > > > > > -', '1: 列表或引用嵌套太深（9 层），最多 8 层'],
		['indentation at the limit', `${' '.repeat(LIMITS.indentColumns)}x`, 'ok'],
		['a tab is four columns', `${'\t'.repeat(10)} x`, '1: 行首缩进太深（41 格），最多 40 格'],
		['list items at the limit', '- 项\n'.repeat(LIMITS.listItems), 'ok'],
		['one past it, nested markers each counting', `${'- 项\n'.repeat(LIMITS.listItems - 1)}- - 项\n`, '1000: 列表项太多（到这一行已超过 1000 项）'],
		['nothing', '', 'ok'],
	])('%s', (_name, text, expected) => {
		expect(body(text)).toBe(expected);
	});
});

test('markers need a space after them: 8 quotes written >>>>>>>>> are one run of text', () => {
	expect(body('>>>>>>>>> x')).toBe('1: 列表或引用嵌套太深（9 层），最多 8 层');
	expect(body('-x -y')).toBe('ok');
	expect(body('1.x')).toBe('ok');
});

describe('yamlLimitProblem', () => {
	test.each([
		['brackets at the limit, over lines', `tags: ${'['.repeat(LIMITS.yamlDepth)}\n${']'.repeat(LIMITS.yamlDepth)}`, 'ok'],
		['one past it', `tags: [\n${'{\n'.repeat(LIMITS.yamlDepth)}`, '9: 方括号或花括号嵌套太深（超过 8 层）'],
		['closing brackets bring the depth down', `a: ${'[]'.repeat(100)}`, 'ok'],
		['a closing bracket with nothing open is not below zero', `a: ]]]]${'['.repeat(LIMITS.yamlDepth)}`, 'ok'],
		['a line past the limit', `a: ${'x'.repeat(LIMITS.lineChars)}`, '1: 这一行太长（10003 个字符），每行最多 10000 个'],
		['indentation at the limit', `a:\n${' '.repeat(LIMITS.indentColumns)}b: 1`, 'ok'],
		['one past it', `a:\n${' '.repeat(LIMITS.indentColumns + 1)}b: 1`, '2: 行首缩进太深，最多 40 格'],
	])('%s', (_name, text, expected) => {
		expect(yaml(text)).toBe(expected);
	});
});

test('fileSizeProblem: the size in KB, at the limit and past it', () => {
	expect(fileSizeProblem(LIMITS.fileBytes)).toBeUndefined();
	expect(fileSizeProblem(LIMITS.fileBytes + 1)).toEqual({
		offset: 0,
		problem: '文件太大（256 KB），每个文件最多 256 KB',
		suggestion: '一篇太长的稿件请分成上下篇，用系列（series）串起来',
	});
	expect(fileSizeProblem(300 * 1024)?.problem).toBe('文件太大（300 KB），每个文件最多 256 KB');
});

describe('tooDeep: the first node past the limit, without recursion', () => {
	test('a tree at the limit passes; one level more is found where it starts', () => {
		// root, paragraph, then emphasis: 30 levels of it reach 32, the text inside is the 33rd.
		const nested = (n: number) => `${'<span>'.repeat(n)}深${'</span>'.repeat(n)}`;
		expect(tooDeep(parseMdx(nested(29)))).toBeUndefined();
		expect(tooDeep(parseMdx(nested(30)))).toBe(6 * 30);
		expect(tooDeep(parseMdx(`甲\n\n${nested(40)}`))).toBe(3 + 6 * 30);
	});

	test('thousands of levels, which a recursive walk could not take', () => {
		let node: { children: unknown[] } = { children: [] };
		const root = node;
		for (let i = 0; i < 100_000; i++) {
			const child = { children: [] };
			node.children.push(child);
			node = child;
		}
		expect(tooDeep(root)).toBe(0);
	});
});
