import { describe, expect, test } from 'vitest';
import { parseMdx } from '../../../src/lib/content/mdx-subset';
import { splitFrontmatter } from '../../../src/lib/content/source';
import { fixContent, fixProse } from '../../../src/lib/editor/doctor';
import { joinedShape, sameShape, treeShape } from '../../../src/lib/content/tree-shape';
import { article, frontmatter } from '../../helpers/gate';

/** The body --fix gives an article with `body`, or `body` itself when it changes nothing. */
const fixedBody = (body: string) => {
	const fix = fixContent(article(body));
	return fix ? splitFrontmatter(fix.text).body.slice(1) : body;
};
/** Blocks, code, addresses, tags and attributes of a body: everything but its text (tree-shape.ts). */
const shape = (body: string) => treeShape(parseMdx(body));

describe('--fix touches prose only, and never a block: each body parsed before and after', () => {
	test.each([
		[
			'a comma in a reference definition’s address and title',
			'见[报道,全文][甲]。\n\n[甲]: https://a.cn/甲,乙 "标题,说明"\n',
			'见[报道，全文][甲]。\n\n[甲]: https://a.cn/甲,乙 "标题,说明"\n',
		],
		[
			'a bare address and a www. address',
			'见 https://a.cn/甲,乙 与 www.b.cn/丙,丁 等,后文\n',
			'见 https://a.cn/甲,乙 与 www.b.cn/丙,丁 等，后文\n',
		],
		[
			'a link address holding parentheses: its closing ) stays',
			'[报道,全文](https://a.cn/(甲,乙))后,文\n',
			'[报道，全文](https://a.cn/(甲,乙))后，文\n',
		],
		['code fenced with tildes', '前文,后文\n\n~~~\n甲,乙(丙)\n~~~\n', '前文，后文\n\n~~~\n甲,乙(丙)\n~~~\n'],
		[
			'code spans of two and three backticks',
			'代码``甲`,`乙``与```丙,丁```之后,后文\n',
			'代码``甲`,`乙``与```丙,丁```之后，后文\n',
		],
		[
			'a tag’s attributes, but the text inside it',
			'<PullQuote cite="甲,乙(丙)">引语,后文</PullQuote>\n',
			'<PullQuote cite="甲,乙(丙)">引语，后文</PullQuote>\n',
		],
		['a backslash escape and a character reference', '甲\\,乙与丙&#44;丁\n', '甲\\,乙与丙&#44;丁\n'],
		[
			'a hard line break’s two spaces after a comma stay: they are the break, not text',
			'第一行,  \n第二行。\n',
			'第一行，  \n第二行。\n',
		],
		[
			'a paragraph cut before an underlined heading is not joined into it',
			'信息报送和督导检\n\n查等各项工作\n===\n',
			'信息报送和督导检\n\n查等各项工作\n===\n',
		],
		[
			'a paragraph cut before a table without outer pipes is not joined into it',
			'信息报送和督导检\n\n查等 | 各项工作\n--- | ---\n',
			'信息报送和督导检\n\n查等 | 各项工作\n--- | ---\n',
		],
		[
			'a cut paragraph whose join would make code of two backticks is not joined (the result is parsed again)',
			'信息报送和`督导检\n\n查等`各项工作。\n',
			'信息报送和`督导检\n\n查等`各项工作。\n',
		],
		[
			'two paragraphs cut by a print break are joined',
			'信息报送和督导检\n\n查等各项工作。\n',
			'信息报送和督导检查等各项工作。\n',
		],
	])('%s', (_name, body, expected) => {
		const after = fixedBody(body);
		expect(after).toBe(expected);
		const before = parseMdx(body);
		const joins = before.children.length - parseMdx(after).children.length;
		// Paragraphs joined, one for each join; nothing else of any block changed.
		expect(shape(after)).toEqual(joinedShape(shape(body), joins === 1 ? [0] : []));
	});

	test('a body that does not parse keeps its prose as it is; the fields are still fixed', () => {
		const fix = fixContent(article('正文,后文{', 'tags:\n  - ＡＩ\n'));
		expect(fix?.text).toBe(`${frontmatter('tags:\n  - AI\n')}\n正文,后文{`);
	});
});

describe('print breaks: each join made on its own', () => {
	test('a join that would make code is left to the editor; the other cut in the file is joined', () => {
		const body = '信息报送和`督导检\n\n查等`各项工作和\n\n协调推进。\n';
		expect(fixedBody(body)).toBe('信息报送和`督导检\n\n查等`各项工作和协调推进。\n');
		expect(fixContent(article(body))?.changes).toEqual([
			{ line: 10, before: '查等`各项工作和⏎…⏎协调推进。', after: '查等`各项工作和协调推进。' },
		]);
	});

	test('a join that the rest of the body reads otherwise (a reference defined further on) is not made', () => {
		// Alone, 见[报道全文][甲] is text; with [甲] defined, it is a link: the whole body is parsed again.
		const body = '见[报道\n\n全文][甲]。\n\n[甲]: https://a.cn/\n';
		expect(fixedBody(body)).toBe(body);
	});
});

describe('the prose fix changes prose only', () => {
	test('a change to the prose that would change a block is not made', () => {
		const body = '甲乙丙。\n';
		expect(fixProse(body, parseMdx(body), (text) => text.replace('乙', '`乙`'))).toBeUndefined();
		expect(fixProse(body, parseMdx(body), (text) => text.replace('乙', '*乙*'))).toBeUndefined();
		expect(fixProse(body, parseMdx(body), (text) => text.replace('乙', '丁'))?.body).toBe('甲丁丙。\n');
	});
});

describe('treeShape and joinedShape', () => {
	test('sameShape: token for token, block for block', () => {
		expect(sameShape(shape('甲\n\n乙'), shape('丙\n\n丁'))).toBe(true);
		expect(sameShape(shape('甲\n\n乙'), shape('丙'))).toBe(false);
		expect(sameShape(shape('甲'), shape('丙\n\n丁'))).toBe(false);
		expect(sameShape(shape('甲`乙`'), shape('甲'))).toBe(false);
		expect(sameShape(shape('甲'), shape('甲`乙`'))).toBe(false);
		expect(sameShape(shape('`甲`'), shape('`乙`'))).toBe(false);
		expect(sameShape(shape('甲\n\n`乙`'), shape('甲\n\n`丙`'))).toBe(false);
	});

	test('text is left out; code, addresses, a heading’s depth and a tag’s attributes are kept', () => {
		expect(shape('## 甲,乙')).toEqual([['heading{"depth":2}', '/']]);
		expect(shape('`甲`')).not.toEqual(shape('`乙`'));
		expect(shape('[甲](/a)')).not.toEqual(shape('[甲](/b)'));
		expect(shape('<A b="1" />')).not.toEqual(shape('<A b="2" />'));
		expect(shape('甲,乙')).toEqual(shape('丙，丁'));
		expect(shape('甲  \n乙')).not.toEqual(shape('甲\n乙'));
	});

	test('joined paragraphs are one, holding the first’s contents then the second’s; others stay', () => {
		const body = '甲**乙**\n\n丙`丁`\n\n戊\n\n## 己';
		expect(joinedShape(shape(body), [0, 1])).toEqual(shape('甲**乙**丙`丁`戊\n\n## 己'));
		expect(joinedShape(shape(body), [1])).toEqual(shape('甲**乙**\n\n丙`丁`戊\n\n## 己'));
		expect(joinedShape(shape(body), [])).toEqual(shape(body));
	});
});
