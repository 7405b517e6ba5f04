import { describe, expect, test } from 'vitest';
import { paragraphs } from '../../../../src/lib/content/rules/print-breaks';
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

describe('paragraphs: split at blank lines, in one pass', () => {
	test.each([
		['one paragraph', '甲乙', [['甲乙', 0]]],
		['two, the first keeping its line’s trailing spaces', '甲  \n\n乙', [['甲  ', 0], ['乙', 5]]],
		['a blank line of spaces and a tab, and CRLF', '甲\r\n \t\r\n乙\r\n', [['甲\r', 0], ['乙', 7]]],
		['indents and leading blank lines are not in the text', '\n\n  甲\n\n\u3000\u3000乙', [['甲', 4], ['乙', 9]]],
		['a line of other white space only is no paragraph', '甲\n\n\u3000\n\n乙', [['甲', 0], ['乙', 6]]],
		['a line wrapped inside a paragraph', '甲\n乙\n\n丙', [['甲\n乙', 0], ['丙', 5]]],
		['white space to the end ends it, blank lines or not', '甲\n乙 \n \n', [['甲\n乙', 0]]],
		['the body’s end: before its trailing white space', '甲\n乙 \u3000', [['甲\n乙', 0]]],
		['nothing', '', []],
		['white space only', ' \n\t\n', []],
	])('%s', (_name, body, expected) => {
		expect(paragraphs(body).map(({ text, start }) => [text, start])).toEqual(expected);
	});

	test('a paragraph of 400,000 spaces costs one pass, not one per space', () => {
		const body = `甲${' '.repeat(400_000)}乙\n\n${' '.repeat(400_000)}`;
		const started = performance.now();
		expect(paragraphs(body).map(({ text }) => text.length)).toEqual([400_002]);
		expect(performance.now() - started).toBeLessThan(1_000);
	});
});
