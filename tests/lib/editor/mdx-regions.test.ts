import { describe, expect, test } from 'vitest';
import { fixPunctuationWidth } from '../../../src/lib/editor/cjk-text';
import { splitFrontmatter } from '../../../src/lib/content/source';
import { mapProse } from '../../../src/lib/editor/mdx-regions';

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
