import { describe, expect, test } from 'vitest';
import { parseMdx } from '../../../../src/lib/content/mdx-subset';
import { LIMITS } from '../../../../src/lib/content/limits';
import { printBreaks } from '../../../../src/lib/content/rules/print-breaks';
import { article, file, frontmatter, mdx, verdict } from '../../../helpers/gate';

const crlf = (body: string) => file('content/articles/test.mdx', (frontmatter() + body).replaceAll('\n', '\r\n'));
const BREAK = (place: string) =>
	`${place} error 段落在句子中间断开（排版分栏留下的断行） → 与下一段合并为一段（--fix 可自动合并）`;

describe('print breaks: paragraphs as the gate splits them', () => {
	test.each([
		['the first paragraph straight after the frontmatter', mdx('信息报送和督导检\n\n查等各项工作。\n'), ['7:9']],
		['a last paragraph without a final newline', article('信息报送和督导检\n\n查等各项工作。'), ['8:9']],
		['a blank line holding spaces and a tab', article('信息报送和督导检\n \t \n查等各项工作。\n'), ['8:9']],
		['a line of spaces between two blank lines', article('信息报送和督导检\n\n  \n\n查等各项工作。\n'), ['8:9']],
		[
			'a paragraph ending in spaces (the break is after its last character)',
			article('信息报送和督导检  \n\n查等各项工作。\n'),
			['8:9'],
		],
		['CRLF line endings', crlf('\n信息报送和督导检\n\n查等各项工作。\n'), ['8:9']],
		[
			'paragraphs indented with full-width spaces, the last without a final newline',
			article('　　信息报送和督导检\n\n　　查等各项工作。'),
			['8:11'],
		],
		['one paragraph wrapped onto two lines', article('信息报送和督导检\n查等各项工作。\n'), []],
		['a list item continued on the next line', article('- 列表项\n信息报送和督导检\n\n查等各项工作。\n'), []],
		['a paragraph ending on a full stop', article('信息报送和督导检查。\n\n各项工作。\n'), []],
	])('%s', async (_name, input, places) => {
		expect(await verdict(input)).toEqual(places.map((place) => BREAK(`content/articles/test.mdx:${place}`)));
	});
});

describe('printBreaks: only two paragraphs side by side at the top of the tree', () => {
	const breaks = (body: string) => printBreaks(parseMdx(body), body);
	test.each([
		['two paragraphs', '信息报送和督导检\n\n查等各项工作。', [{ index: 0, end: 8, next: 10, fix: 'join' }]],
		['the first ending in spaces: cut after its last character', '信息报送和督导检  \n\n查等各项工作。', [{ index: 0, end: 8, next: 12, fix: 'join' }]],
		[
			'three in a row, each cut',
			'甲乙\n\n丙丁\n\n戊己。',
			[
				{ index: 0, end: 2, next: 4, fix: 'join' },
				{ index: 1, end: 6, next: 8, fix: 'join' },
			],],
		['a paragraph before an underlined (setext) heading', '信息报送和督导检\n\n查等各项工作\n===', []],
		['a paragraph before a table without outer pipes', '信息报送和督导检\n\n查等 | 各项工作\n--- | ---', []],
		['a heading before a paragraph', '## 信息报送和督导检\n\n查等各项工作。', []],
		['a quote before a paragraph', '> 信息报送和督导检\n\n查等各项工作。', []],
		['paragraphs inside a tag', '<PullQuote>\n信息报送和督导检\n\n查等各项工作。\n</PullQuote>', []],
		['a paragraph wrapped onto two lines is one', '信息报送和督导检\n查等各项工作。', []],
	])('%s', (_name, body, expected) => {
		expect(breaks(body)).toEqual(expected);
	});
});

describe('each join is tried on its own: what --fix will do, and the check says so', () => {
	const fixes = (body: string) => printBreaks(parseMdx(body), body).map(({ index, fix }) => [index, fix]);
	test.each([
		[
			'a join that would make code of two backticks is left; the next cut is still joined',
			'信息报送和`督导检\n\n查等`各项工作和\n\n协调推进。',
			[[0, 'by-hand'], [1, 'join']],
		],
		[
			'joins are tried on the paragraphs joined so far: the third makes code with the first',
			'甲`乙和\n\n丙丁和\n\n戊`己。',
			[[0, 'join'], [1, 'by-hand']],
		],
		[
			'a join past the line limit is left',
			`${'字'.repeat(6_000)}\n\n${'字'.repeat(6_000)}。`,
			[[0, 'by-hand']],
		],
		[
			'emphasis marks joined into a bold phrase are left',
			'甲**乙和\n\n丙**丁。',
			[[0, 'by-hand']],
		],
	])('%s', (_name, body, expected) => {
		expect(fixes(body)).toEqual(expected);
	});

	test(`at most ${LIMITS.printBreakRun} paragraphs are joined in a row; the next run of --fix joins on`, () => {
		const body = Array.from({ length: LIMITS.printBreakRun + 2 }, () => '甲乙').join('\n\n');
		const expected = Array.from({ length: LIMITS.printBreakRun + 1 }, (_, index) => [
			index,
			index === LIMITS.printBreakRun - 1 ? 'next-run' : 'join',
		]);
		expect(fixes(body)).toEqual(expected);
	});

	test('the check says for each cut what --fix will do with it', async () => {
		const body = '信息报送和`督导检\n\n查等`各项工作和\n\n协调推进。\n';
		expect(await verdict(article(body))).toEqual([
			'content/articles/test.mdx:8:10 error 段落在句子中间断开（排版分栏留下的断行） → 与下一段手动合并为一段，并检查格式（直接合并会改变正文格式或超出限制，例如两段里的反引号连成代码，--fix 不会自动合并）',
			BREAK('content/articles/test.mdx:10:9'),
		]);
		const run = Array.from({ length: LIMITS.printBreakRun + 1 }, () => '甲乙').join('\n\n');
		expect((await verdict(article(`${run}\n`))).at(-1)).toBe(
			`content/articles/test.mdx:${8 + 2 * (LIMITS.printBreakRun - 1)}:3 error 段落在句子中间断开（排版分栏留下的断行） → 与下一段合并为一段（--fix 一次最多连着合并 16 段，再运行一次即可）`,
		);
	});
});
