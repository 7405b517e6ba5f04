import { describe, expect, test } from 'vitest';
import { fixPunctuationWidth } from '../../../src/lib/content/cjk-text';
import { splitFrontmatter } from '../../../src/lib/content/source';
import { codeRanges, mapProse, proseRanges } from '../../../src/lib/content/mdx-regions';

describe('mapProse touches prose and never code', () => {
	test.each([
		['import lines', "import X from './x,y';\n\n正文,后文", "import X from './x,y';\n\n正文，后文"],
		[
			'JSX attributes, but the text between tags',
			'<PullQuote cite="甲,乙">引语,后文</PullQuote>',
			'<PullQuote cite="甲,乙">引语，后文</PullQuote>',
		],
		['expressions', '数字{[1,2].join("甲,乙")}之后,后文', '数字{[1,2].join("甲,乙")}之后，后文'],
		['inline code', '代码`甲,乙`之后,后文', '代码`甲,乙`之后，后文'],
		['fenced code', '前文,后文\n\n```\n甲,乙\n```\n', '前文，后文\n\n```\n甲,乙\n```\n'],
		['link addresses', '[链接,文字](https://例子.cn/甲,乙)', '[链接，文字](https://例子.cn/甲,乙)'],
		['comments', '<!-- 甲,乙 -->正文,后文', '<!-- 甲,乙 -->正文，后文'],
	])('%s', (_name, body, fixed) => {
		expect(mapProse(body, fixPunctuationWidth)).toBe(fixed);
	});
});

test('splitFrontmatter finds the body, BOM and CRLF included', () => {
	const { frontmatter, body } = splitFrontmatter('\uFEFF---\r\ntitle: 标题\r\n---\r\n\r\n正文\r\n');
	expect(frontmatter).toBe('title: 标题');
	expect(body).toBe('\r\n正文\r\n');
});

describe('codeRanges: where code is, each range whole', () => {
	/** The code of a body, as the pieces it is cut into. */
	const code = (body: string) => codeRanges(body).map(([start, end]) => body.slice(start, end));

	test.each([
		['an import line, at a line’s start only', '正文\nimport X from "x";\n后文 import y', ['import X from "x";']],
		['export too, but not a word starting so', 'exports\nexport const a = 1;\n', ['export const a = 1;']],
		['an import on the last line', '正文\nimport X from "x"', ['import X from "x"']],
		['a fence and its closing line', '前\n```js\n甲,乙\n```\n后', ['```js\n甲,乙\n```']],
		['a fence never closed: to the end', '前\n```\n甲,乙', ['```\n甲,乙']],
		['a fence not at a line’s start is inline code', '前 ```甲``` 后', ['``', '`甲`', '``']],
		['a comment', '甲<!-- 注,释 -->乙', ['<!-- 注,释 -->']],
		['a comment never closed: to the end', '甲<!-- 注', ['<!-- 注']],
		['a fence closed on the last line', '前\n```\n甲,乙\n```', ['```\n甲,乙\n```']],
		['inline code never closed: to the end', '甲`乙,丙', ['`乙,丙']],
		[
			'a tag, its quoted > and its {expression} with a >',
			'<A b="x>y" c={a > b} d=\'>\'>文</A>',
			['<A b="x>y" c={a > b} d=\'>\'>', '</A>'],
		],
		['a tag with an attribute quote never closed', '<A b="x>文', ['<A b="x>文']],
		['a tag never closed', '<A b 文', ['<A b 文']],
		['a < that is no tag', '甲 < 乙, 1<2', []],
		['an expression, with braces and quotes inside', '甲{ {a: "}"} }乙{`}`}丙', ['{ {a: "}"} }', '{`}`}']],
		['an expression never closed', '甲{a', ['{a']],
		['an expression with a quote never closed', '甲{"a}', ['{"a}']],
		['a link’s address', '[甲](https://a.example/b,c) 乙', ['](https://a.example/b,c)']],
		[
			'a bare address, to the next space',
			'见 https://a.example/a,b 和 http://b.example/c',
			['https://a.example/a,b', 'http://b.example/c'],
		],
		['no code at all', '全市,扫黑除恶', []],
	])('%s', (_name, body, pieces) => {
		expect(code(body)).toEqual(pieces);
	});

	test('ranges in order, not overlapping, the prose between them', () => {
		const body = 'import A from "a";\n正文<A b={1}>文</A>,后文`x`';
		expect(codeRanges(body)).toEqual([
			[0, 18],
			[21, 30],
			[31, 35],
			[38, 41],
		]);
		expect(proseRanges(body)).toEqual([
			[18, 21],
			[30, 31],
			[35, 38],
		]);
		expect(proseRanges('<A/>')).toEqual([]);
		expect(proseRanges('')).toEqual([]);
	});
});
