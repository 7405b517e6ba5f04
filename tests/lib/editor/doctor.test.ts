import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { type ContentFile, doctorContent, fixContent } from '../../../src/lib/editor/doctor';
import type { Diagnostic } from '../../../src/lib/content/diagnostics';
import { splitFrontmatter } from '../../../src/lib/content/source';
import { newArticleMdx } from '../../../src/lib/editor/scaffold';
import { SEED_ARTICLE } from '../../helpers/seed';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string): ContentFile => ({ path, bytes: encode(text) });
const real = (path: string) =>
	file(`content/${path}`, readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8'));
const site = [real('sections.yaml'), real('series/saohei-chu-e.yaml'), real('promos/jiangnan-study-tour.yaml')];
const now = new Date('2026-11-26T02:00:00Z');

const frontmatter = (fields = '') =>
	`---\ntitle: 测试\nsummary: 测试摘要。\npubDate: 2019-07-01\nsection: politics-law\n${fields}---\n`;
/** An article whose body follows a blank line after the frontmatter. */
const article = (body: string, fields = '') => file('content/articles/test.mdx', `${frontmatter(fields)}\n${body}`);
/** A diagnostic as a line: place, severity, field and problem. */
const line = (d: Diagnostic, path = d.file) =>
	`${path}:${d.line}:${d.column} ${d.severity} ${d.field ? `${d.field}：` : ''}${d.problem}`;
const report = async (files: ContentFile[]) =>
	(await doctorContent([...site, ...files], now)).map((d) => line(d, d.file.split('/').pop()));

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

/** Every diagnostic of the files, whole: place, severity, field, problem and suggestion. */
const doctor = async (...files: ContentFile[]) =>
	(await doctorContent([...site, ...files], now)).map((d) => `${line(d)} → ${d.suggestion}`);

const FRONTMATTER = frontmatter();
/** An article whose body starts straight after the frontmatter (article() puts a blank line first). */
const mdx = (body: string) => file('content/articles/test.mdx', FRONTMATTER + body);
const crlf = (body: string) => file('content/articles/test.mdx', (FRONTMATTER + body).replaceAll('\n', '\r\n'));
const promo = (yaml: string) => file('content/promos/ad.yaml', yaml);
const text = (input: ContentFile) => new TextDecoder().decode(input.bytes);
const jpeg = () =>
	sharp({ create: { width: 32, height: 24, channels: 3, background: '#a33' } })
		.jpeg()
		.toBuffer();

const FIX_NOTE = '（--fix 可自动改）';
const HALF_WIDTH = (place: string, mark: string, full: string) =>
	`${place} error 中文里用了半角标点「${mark}」 → 改为「${full}」${FIX_NOTE}`;
const BREAK = (place: string) =>
	`${place} error 段落在句子中间断开（排版分栏留下的断行） → 与下一段合并为一段（--fix 可自动合并）`;

describe('the doctor’s Chinese text rules', () => {
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
		expect(await doctor(input)).toEqual(expected);
	});
});

describe('print breaks: paragraphs as the doctor splits them', () => {
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
		expect(await doctor(input)).toEqual(places.map((place) => BREAK(`content/articles/test.mdx:${place}`)));
	});
});

describe('pictures and promos', () => {
	test.each([
		['a Figure with alt and caption', '<Figure src="./images/huichang.jpg" alt="会场" caption="会议现场。" />\n', []],
		[
			'a Figure without a caption',
			'<Figure src="./images/huichang.jpg" alt="会场" />\n',
			['content/articles/test.mdx:8:1 warning <Figure caption>：<Figure> 没有图注 → 加上 caption="图注"'],
		],
	])('%s', async (_name, body, expected) => {
		const picture = { path: 'content/articles/images/huichang.jpg', bytes: new Uint8Array(await jpeg()) };
		expect(await doctor(article(body), picture)).toEqual(expected);
	});

	const EXPIRED =
		'content/promos/ad.yaml:2:1 warning validThrough：广告已过期，不会再显示 → 续期就改 validThrough，不再投放可删除此文件';
	const SOON = 'content/promos/ad.yaml:2:1 warning validThrough：广告将在 14 天内到期 → 需要续期的话请改 validThrough';
	// now is 2026-11-26 10:00 Beijing time; a bare validThrough day runs to its end.
	test.each([
		['ended yesterday', '2026-11-25', [EXPIRED]],
		['ends today', '2026-11-26', [SOON]],
		['ends in 9 days', '2026-12-05', [SOON]],
		['ends a second short of 14 days from now', '2026-12-10T09:59:59+08:00', [SOON]],
		['ends exactly 14 days from now', '2026-12-10T10:00:00+08:00', []],
		['ends next year', '2027-06-30', []],
	])('a promo that %s', async (_name, validThrough, expected) => {
		expect(await doctor(promo(`title: 研学夏令营\nvalidThrough: ${validThrough}\n`))).toEqual(expected);
	});
});

describe('--fix', () => {
	test.each([
		[
			'joins a first paragraph straight after the frontmatter',
			mdx('信息报送和督导检\n\n查等各项工作。\n'),
			FRONTMATTER + '信息报送和督导检查等各项工作。\n',
			[{ line: 7, before: '信息报送和督导检⏎…⏎查等各项工作。\n', after: '信息报送和督导检查等各项工作。\n' }],
		],
		[
			'joins a last paragraph without a final newline',
			article('信息报送和督导检\n\n查等各项工作。'),
			text(article('信息报送和督导检查等各项工作。')),
			[{ line: 8, before: '\n信息报送和督导检⏎…⏎查等各项工作。', after: '\n信息报送和督导检查等各项工作。' }],
		],
		[
			'drops a line of spaces between the two halves',
			article('信息报送和督导检\n\n  \n\n查等各项工作。\n'),
			text(article('信息报送和督导检查等各项工作。\n')),
			[{ line: 8, before: '\n信息报送和督导检⏎…⏎查等各项工作。\n', after: '\n信息报送和督导检查等各项工作。\n' }],
		],
		[
			'drops the spaces a paragraph ends in',
			article('信息报送和督导检  \n\n查等各项工作。\n'),
			text(article('信息报送和督导检查等各项工作。\n')),
			[{ line: 8, before: '\n信息报送和督导检⏎…⏎查等各项工作。\n', after: '\n信息报送和督导检查等各项工作。\n' }],
		],
		[
			'drops a blank line holding spaces and a tab',
			article('信息报送和督导检\n \t \n查等各项工作。\n'),
			text(article('信息报送和督导检查等各项工作。\n')),
			[{ line: 8, before: '\n信息报送和督导检⏎…⏎查等各项工作。\n', after: '\n信息报送和督导检查等各项工作。\n' }],
		],
		[
			'joins across CRLF line endings, keeping them elsewhere',
			crlf('\n信息报送和督导检\n\n查等各项工作。\n'),
			text(crlf('\n信息报送和督导检查等各项工作。\n')),
			[{ line: 8, before: '\r\n信息报送和督导检⏎…⏎查等各项工作。\r\n', after: '\r\n信息报送和督导检查等各项工作。\r\n' }],
		],
		[
			'drops the indent of the second half, keeping the first’s',
			article('　　信息报送和督导检\n\n　　查等各项工作。'),
			text(article('　　信息报送和督导检查等各项工作。')),
			[{ line: 8, before: '\n　　信息报送和督导检⏎…⏎查等各项工作。', after: '\n　　信息报送和督导检查等各项工作。' }],
		],
		[
			'joins two breaks and re-punctuates a line between them, changes in line order',
			article(
				'全市政法系统强化信息报送和督导检\n\n查等各项工作。\n\n会议指出,要持续推进。\n\n各地区各部门要加强组织领\n\n导，确保取得实效。\n',
			),
			text(
				article(
					'全市政法系统强化信息报送和督导检查等各项工作。\n\n会议指出，要持续推进。\n\n各地区各部门要加强组织领导，确保取得实效。\n',
				),
			),
			[
				{
					line: 8,
					before: '系统强化信息报送和督导检⏎…⏎查等各项工作。\n\n会议指',
					after: '系统强化信息报送和督导检查等各项工作。\n\n会议指',
				},
				{ line: 12, before: '会议指出,要持续推进。', after: '会议指出，要持续推进。' },
				{
					line: 14,
					before: '各地区各部门要加强组织领⏎…⏎导，确保取得实效。\n',
					after: '各地区各部门要加强组织领导，确保取得实效。\n',
				},
			],
		],
		[
			'fixes YAML values written as they read, in any order of lengths, and leaves links and escapes alone',
			promo(
				'label: 广告\npresenter: 内蒙古晨报 , 绍兴日报\ntitle: 研学,夏令营\nsubtitle: "探寻\\"课本\\",记忆"\nlink: https://www.nmgcb.com.cn/专题/研学,夏令营\n',
			),
			'label: 广告\npresenter: 内蒙古晨报，绍兴日报\ntitle: 研学，夏令营\nsubtitle: "探寻\\"课本\\",记忆"\nlink: https://www.nmgcb.com.cn/专题/研学,夏令营\n',
			[
				{ line: 2, before: 'presenter: 内蒙古晨报 , 绍兴日报', after: 'presenter: 内蒙古晨报，绍兴日报' },
				{ line: 3, before: 'title: 研学,夏令营', after: 'title: 研学，夏令营' },
			],
		],
		[
			'fixes a Chinese string that mentions QQ: after its Chinese (it is not a link)',
			promo('title: 报名请加微信,或QQ:123456\n'),
			'title: 报名请加微信，或QQ:123456\n',
			[{ line: 1, before: 'title: 报名请加微信,或QQ:123456', after: 'title: 报名请加微信，或QQ:123456' }],
		],
	])('%s', (_name, input, fixed, changes) => {
		expect(fixContent(input)).toEqual({ text: fixed, changes });
	});

	test.each([
		['a clean article', article('信息报送和督导检查等各项工作。\n')],
		['one paragraph wrapped onto two lines', article('信息报送和督导检\n查等各项工作。\n')],
		[
			'a promo whose details has a blank line mid-sentence (only articles’ paragraphs are joined)',
			promo('title: 江南研学夏令营\ndetails: |\n  行程安排请咨询带队老\n\n  师，费用另行通知。\n'),
		],
		['a .yml file', file('content/promos/ad.yml', 'title: 研学,夏令营\n')],
		['an editor’s backup of a promo', file('content/promos/ad.yaml~', 'title: 研学,夏令营\n')],
		['a .yaml.bak file', file('content/promos/ad.yaml.bak', 'title: 研学,夏令营\n')],
	])('changes nothing in %s', (_name, input) => {
		expect(fixContent(input)).toBeUndefined();
	});
});

test('a problem inside a promo’s details block is placed on its own line and column', async () => {
	const promo = {
		path: 'content/promos/p.yaml',
		bytes: new TextEncoder().encode('title: 广告\ndetails: |\n  ## 行程\n\n  第一天 A 乌兰哈达火山,很美。\n'),
	};
	const found = (await doctorContent([promo]))
		.filter((d) => d.file === promo.path)
		.map((d) => `${d.line}:${d.column} ${d.problem}`);
	expect(found).toEqual([
		'5:6 中文与英文字母或数字之间有空格（本报不加空格）「空格」',
		'5:8 中文与英文字母或数字之间有空格（本报不加空格）「空格」',
		'5:15 中文里用了半角标点「,」',
	]);
});
