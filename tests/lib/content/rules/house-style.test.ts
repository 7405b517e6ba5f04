import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../../src/lib/content/gate';
import type { ContentFile } from '../../../../src/lib/content/source';
import { newArticleMdx } from '../../../../src/lib/editor/scaffold';
import { article, file, line, NOW, promo, SITE, verdict } from '../../../helpers/gate';

/** The gate's lines for the files, each named by its file name only. */
const lines = async (files: ContentFile[]) =>
	(await checkContent([...SITE, ...files], NOW)).diagnostics.map((d) => line(d, d.file.split('/').pop()));

const HALF_WIDTH = (place: string, mark: string, full: string) =>
	`${place} error 中文里用了半角标点「${mark}」 → 改为「${full}」（--fix 可自动改）`;

describe('the gate with the house style: an editor’s everyday mistakes, one run', () => {
	test('a draft fresh from npm run new has nothing to report (YAML’s own quotes are not Chinese text)', async () => {
		const draft = newArticleMdx({ title: '乌兰察布召开“推进会”', section: 'politics-law', now: NOW });
		expect(draft).toContain('title: "乌兰察布召开“推进会”"');
		expect((await checkContent([...SITE, file('content/articles/fresh.mdx', draft)], NOW)).diagnostics).toEqual([]);
	});

	test('the committed content is clean', async () => {
		expect((await checkContent(SITE, NOW)).diagnostics).toEqual([]);
	});

	test.each([
		['half-width comma between Chinese', article('前文,后文。\n'), 'test.mdx:8:3 error 中文里用了半角标点「,」'],
		[
			'a print break',
			article('信息报送和督导检\n\n查等各项工作。\n'),
			'test.mdx:8:9 error 段落在句子中间断开（排版分栏留下的断行）',
		],
		['straight quotes', article('他说"好"。\n'), 'test.mdx:8:3 warning 中文里用了英文直引号「"」'],
		[
			'a space between Chinese and digits',
			article('共 10 项任务。\n'),
			'test.mdx:8:2 warning 中文与英文字母或数字之间有空格（本报不加空格）「空格」',
		],
		[
			'a summary over 120 characters',
			file(
				'content/articles/test.mdx',
				`---\ntitle: 测试\nsummary: ${'字'.repeat(121)}\npubDate: 2019-07-01\nsection: politics-law\n---\n`,
			),
			'test.mdx:3:1 error summary：摘要最多 120 个字，现为 121 个',
		],
		[
			'a Figure without alt',
			article('<Figure src="articles/a.jpg" caption="图注" />\n'),
			'test.mdx:8:1 error <Figure alt>：<Figure> 缺少 alt',
		],
		[
			'a Figure without a caption',
			article('<Figure src="articles/a.jpg" alt="会场" />\n'),
			'test.mdx:8:1 warning <Figure caption>：<Figure> 没有图注',
		],
		[
			'an unknown section',
			article('正文。\n').bytes &&
				file('content/articles/test.mdx', '---\ntitle: 测试\nsummary: 摘要。\npubDate: 2019-07-01\nsection: sports\n---\n'),
			'test.mdx:5:1 error section：找不到栏目「sports」，应为以下之一：politics-law',
		],
		[
			'an id that is not kebab-case',
			file('content/articles/Test_1.mdx', '---\ntitle: 测试\nsummary: 摘要。\npubDate: 2019-07-01\nsection: politics-law\n---\n'),
			'Test_1.mdx:1:1 error 文件名：文件名「Test_1」不能作编号：应为小写英文字母、数字和连字符（如 saohei-chu-e），中文写在字段里',
		],
		[
			'a duplicate title',
			file(
				'content/articles/copy.mdx',
				readFileSync(new URL('../../../../content/articles/saohei-zhengzhi-zhanwei.mdx', import.meta.url), 'utf8'),
			),
			'copy.mdx:2:1 error title：标题与 content/articles/saohei-zhengzhi-zhanwei.mdx 重复：「全市扫黑除恶专项斗争系列述评之政治站位篇」',
		],
		[
			'a phone that fails validation',
			file(
				'content/promos/bad.yaml',
				"title: 广告\ncontacts:\n  heading: 报名\n  people:\n    - name: 某\n      phone: '133O4743215'\n",
			),
			'bad.yaml:6:7 error contacts.people.0.phone：「133O4743215」不是有效电话：应为 11 位手机号（1 开头，第二位 3–9）或带区号的固定电话',
		],
		[
			'an expired promo',
			file('content/promos/old.yaml', 'title: 广告\nvalidThrough: 2026-11-01\n'),
			'old.yaml:2:1 warning validThrough：广告已过期，不会再显示',
		],
		[
			'a promo ending within 14 days',
			file('content/promos/soon.yaml', 'title: 广告\nvalidThrough: 2026-12-05\n'),
			'soon.yaml:2:1 warning validThrough：广告将在 14 天内到期',
		],
		[
			'a file saved as GBK',
			{ path: 'content/articles/gbk.mdx', bytes: new Uint8Array([0xb1, 0xea, 0xcc, 0xe2]) },
			'gbk.mdx:1:1 error 文件不是 UTF-8 编码（可能存成了 GBK）',
		],
	])('%s', async (_name, input, expected) => {
		const found = await lines([input]);
		expect(found, found.join('\n')).toContain(expected);
	});
});

describe('the Chinese text rules, in YAML values and MDX prose', () => {
	test.each([
		['a YAML string in Chinese', promo('title: 研学,夏令营\n'), [HALF_WIDTH('content/promos/ad.yaml:1:10', ',', '，')]],
		[
			'a YAML string that mentions QQ: after its Chinese (only a value starting with a scheme is a URL)',
			promo('title: 报名请加微信,或QQ:123456\n'),
			[HALF_WIDTH('content/promos/ad.yaml:1:14', ',', '，')],
		],
		[
			'an https: link with Chinese in its path',
			promo('title: 研学夏令营\nlink: https://www.nmgcb.com.cn/专题/研学,夏令营\n'),
			[],
		],
		[
			'a mailto: address with Chinese in its subject',
			article('正文。\n', 'source: mailto:tougao@nmgcb.com.cn?subject=投稿:乌兰察布\n'),
			[],
		],
		[
			'an article’s frontmatter string, at its place in the file',
			article('正文。\n', 'subtitle: 扫黑除恶,专项斗争\n'),
			[HALF_WIDTH('content/articles/test.mdx:6:15', ',', '，')],
		],
		[
			'prose after a link, found where it is in the body (the link’s address is code)',
			article('[乌兰察布新闻网](https://www.wlcbnews.com/a,b) 报道,会议召开。\n'),
			[HALF_WIDTH('content/articles/test.mdx:8:43', ',', '，')],
		],
		[
			'prose after inline code (the code is not checked)',
			article('用 `甲,乙` 表示,列举。\n'),
			[HALF_WIDTH('content/articles/test.mdx:8:11', ',', '，')],
		],
		[
			'each kind of problem with its severity and suggestion',
			article('共 10 项任务,他说"好"。\n'),
			[
				'content/articles/test.mdx:8:2 warning 中文与英文字母或数字之间有空格（本报不加空格）「空格」 → 删去空格',
				'content/articles/test.mdx:8:5 warning 中文与英文字母或数字之间有空格（本报不加空格）「空格」 → 删去空格',
				HALF_WIDTH('content/articles/test.mdx:8:9', ',', '，'),
				'content/articles/test.mdx:8:12 warning 中文里用了英文直引号「"」 → 改为「“ 或 ”」（成对的，--fix 可自动改）',
				'content/articles/test.mdx:8:14 warning 中文里用了英文直引号「"」 → 改为「“ 或 ”」（成对的，--fix 可自动改）',
			],
		],
		[
			'a half-width mark with spaces around it, named without them',
			article('会议指出 ; 要持续推进。\n'),
			[HALF_WIDTH('content/articles/test.mdx:8:5', ';', '；')],
		],
	])('%s', async (_name, input, expected) => {
		expect(await verdict(input)).toEqual(expected);
	});
});
