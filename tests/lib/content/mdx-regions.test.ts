import { describe, expect, test } from 'vitest';
import { fixPunctuationWidth } from '../../../src/lib/content/cjk-text';
import { mapProse, proseRanges } from '../../../src/lib/content/mdx-regions';
import { parseMdx } from '../../../src/lib/content/mdx-subset';
import { splitFrontmatter } from '../../../src/lib/content/source';

const fix = (body: string) => mapProse(body, parseMdx(body), fixPunctuationWidth);
/** The prose of a body, as the pieces it is cut into. */
const prose = (body: string) => proseRanges(parseMdx(body), body).map(([start, end]) => body.slice(start, end));

describe('mapProse touches prose and never code, addresses or markup', () => {
	test.each([
		['import lines', "import X from './x,y';\n\n正文,后文", "import X from './x,y';\n\n正文，后文"],
		[
			'JSX attributes, but the text between tags',
			'<PullQuote cite="甲,乙">引语,后文</PullQuote>',
			'<PullQuote cite="甲,乙">引语，后文</PullQuote>',
		],
		['expressions', '数字{[1,2].join("甲,乙")}之后,后文', '数字{[1,2].join("甲,乙")}之后，后文'],
		['inline code', '代码`甲,乙`之后,后文', '代码`甲,乙`之后，后文'],
		['inline code of two backticks, a backtick inside', '代码``甲`,`乙``之后,后文', '代码``甲`,`乙``之后，后文'],
		['fenced code', '前文,后文\n\n```\n甲,乙\n```\n', '前文，后文\n\n```\n甲,乙\n```\n'],
		['code fenced with tildes', '前文,后文\n\n~~~\n甲,乙\n~~~\n', '前文，后文\n\n~~~\n甲,乙\n~~~\n'],
		['link addresses', '[链接,文字](https://例子.cn/甲,乙)', '[链接，文字](https://例子.cn/甲,乙)'],
		[
			'a link address holding parentheses, and its title',
			'[链接,文字](https://a.cn/(甲,乙) "标题,说明")后,文',
			'[链接，文字](https://a.cn/(甲,乙) "标题,说明")后，文',
		],
		[
			'a reference definition',
			'[链接,文字][甲]\n\n[甲]: https://a.cn/甲,乙 "标题,说明"',
			'[链接，文字][甲]\n\n[甲]: https://a.cn/甲,乙 "标题,说明"',
		],
		['a bare address', '见 https://a.cn/甲,乙 后,文', '见 https://a.cn/甲,乙 后，文'],
		['a www. address', '见 www.a.cn/甲,乙 后,文', '见 www.a.cn/甲,乙 后，文'],
		['a backslash escape and a character reference', '甲\\,乙 与 丙&#44;丁', '甲\\,乙 与 丙&#44;丁'],
		['parentheses around bold text are one pair', '会议(**2019**年)召开', '会议（**2019**年）召开'],
		['a quote, each line', '> 引用,文字\n> 第二行,续', '> 引用，文字\n> 第二行，续'],
		['headings and table cells', '## 标题,说明\n\n| 甲,乙 |\n| - |\n| 丙,丁 |', '## 标题，说明\n\n| 甲，乙 |\n| - |\n| 丙，丁 |'],
	])('%s', (_name, body, fixed) => {
		expect(fix(body)).toBe(fixed);
	});
});

describe('proseRanges: the text nodes, as written', () => {
	test.each([
		['plain text is one piece', '全市,扫黑除恶', ['全市,扫黑除恶']],
		['emphasis marks join pieces; a link’s address does not', '甲**乙**_丙_~~丁~~[戊](/x)己', ['甲**乙**_丙_~~丁', '戊', '己']],
		['an escape and a reference split a piece', '甲\\*乙&amp;丙&#x4E2D;丁', ['甲', '乙', '丙', '丁']],
		['escapes at the start and the end', '\\*甲\\*', ['甲']],
		['a tag, its attributes and an expression are not prose', '<A b="甲">乙</A>{丙}', ['乙']],
		['an address is not prose', 'https://a.cn/甲', []],
		['nothing', '', []],
	])('%s', (_name, body, pieces) => {
		expect(prose(body)).toEqual(pieces);
	});

	test('ranges in order, not overlapping, a link’s text between its brackets', () => {
		const body = '正文<A b={1}>文</A>,后文`x`\n\n[甲](/乙)';
		const ranges = proseRanges(parseMdx(body), body);
		expect(ranges).toEqual([
			[0, 2],
			[11, 12],
			[16, 19],
			[25, 26],
		]);
		expect(ranges.map(([start, end]) => body.slice(start, end))).toEqual(['正文', '文', ',后文', '甲']);
	});

	test('a paragraph nested 1,000 quotes deep is read without recursion', () => {
		const body = `${'> '.repeat(1_000)}甲,乙`;
		expect(prose(body)).toEqual(['甲,乙']);
	});
});

test('splitFrontmatter finds the body, BOM and CRLF included', () => {
	const { frontmatter, body } = splitFrontmatter('\uFEFF---\r\ntitle: 标题\r\n---\r\n\r\n正文\r\n');
	expect(frontmatter).toBe('title: 标题');
	expect(body).toBe('\r\n正文\r\n');
});
