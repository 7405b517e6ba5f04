import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type ContentFile, doctorContent, fixContent } from '../../../src/lib/editor/doctor';
import { splitFrontmatter } from '../../../src/lib/content/source';
import { newArticleMdx } from '../../../src/lib/editor/scaffold';
import { SEED_ARTICLE } from '../../helpers/seed';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string): ContentFile => ({ path, bytes: encode(text) });
const real = (path: string) =>
	file(`content/${path}`, readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8'));
const site = [real('sections.yaml'), real('series/saohei-chu-e.yaml'), real('promos/jiangnan-study-tour.yaml')];
const now = new Date('2026-11-26T02:00:00Z');

const article = (body: string, fields = '') =>
	file(
		'content/articles/test.mdx',
		`---\ntitle: 测试\nsummary: 测试摘要。\npubDate: 2019-07-01\nsection: politics-law\n${fields}---\n\n${body}`,
	);
const report = async (files: ContentFile[]) =>
	(await doctorContent([...site, ...files], now)).map(
		(d) => `${d.file.split('/').pop()}:${d.line}:${d.column} ${d.severity} ${d.field ? `${d.field}：` : ''}${d.problem}`,
	);

describe('the content doctor', () => {
	test('a draft fresh from npm run new has nothing to report (YAML’s own quotes are not Chinese text)', async () => {
		const draft = newArticleMdx({ title: '乌兰察布召开“推进会”', section: 'politics-law', now });
		expect(draft).toContain('title: "乌兰察布召开“推进会”"');
		expect(await doctorContent([...site, file('content/articles/fresh.mdx', draft)], now)).toEqual([]);
	});

	test('the committed content is clean', async () => {
		expect(await doctorContent([...site, real('articles/saohei-zhengzhi-zhanwei.mdx')], now)).toEqual([]);
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
				readFileSync(new URL('../../../content/articles/saohei-zhengzhi-zhanwei.mdx', import.meta.url), 'utf8'),
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
		const found = await report([real('articles/saohei-zhengzhi-zhanwei.mdx'), input]);
		expect(found, found.join('\n')).toContain(expected);
	});

	test('--fix on the unrepaired seed gives SPEC §2’s repaired text, and touches nothing else', async () => {
		const raw = readFileSync(new URL('../../fixtures/unrepaired-seed-article.mdx', import.meta.url), 'utf8');
		const fix = fixContent(file('content/articles/seed.mdx', raw));
		const paragraphs = splitFrontmatter(fix?.text ?? '')
			.body.trim()
			.split(/\n\s*\n/);
		expect(paragraphs).toEqual(SEED_ARTICLE.slice(1));
		// 17 lines re-punctuated, 3 paragraphs joined.
		expect(fix?.changes.length).toBe(20);
		const after = await doctorContent([...site, file('content/articles/seed.mdx', fix?.text ?? '')], now);
		expect(after.filter((d) => d.severity === 'error')).toEqual([]);
	});

	test('--fix never touches code in MDX', () => {
		const mdx =
			'---\ntitle: 测试\nsummary: 摘要。\npubDate: 2019-07-01\nsection: politics-law\n---\n\nimport X from \'./a,b\';\n\n正文,后文{[\'甲,乙\']}<Figure src="a,b.jpg" alt="甲,乙" />\n';
		expect(fixContent(file('content/articles/t.mdx', mdx))?.text).toBe(mdx.replace('正文,后文', '正文，后文'));
	});
});
