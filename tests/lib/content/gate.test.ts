import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/gate';
import type { ContentFile } from '../../../src/lib/content/source';
import { formatDiagnostic } from '../../../src/lib/content/diagnostics';

const encode = (text: string) => new TextEncoder().encode(text);
const real = (path: string): ContentFile => ({ path: `content/${path}`, bytes: readFileSync(new URL(`../../../content/${path}`, import.meta.url)) });
const SITE = [
	real('sections.yaml'),
	real('series/saohei-chu-e.yaml'),
	real('promos/jiangnan-study-tour.yaml'),
	real('articles/saohei-zhengzhi-zhanwei.mdx'),
];
const file = (path: string, text: string | Uint8Array): ContentFile => ({ path, bytes: typeof text === 'string' ? encode(text) : text });
const article = (name: string, fields: string, body = '正文。\n') =>
	file(`content/articles/${name}.mdx`, `---\ntitle: ${name}标题\nsummary: 摘要。\npubDate: 2019-07-01\nsection: politics-law\n${fields}---\n\n${body}`);
/** The committed content with `files` added, or replacing the committed file of the same path. */
const lines = async (...files: ContentFile[]) => {
	const paths = new Set(files.map((f) => f.path));
	return (await checkContent([...SITE.filter((f) => !paths.has(f.path)), ...files])).diagnostics.map(formatDiagnostic);
};
const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#a33' } }).jpeg().toBuffer();

describe('checkContent: the gate’s verdict on the whole of content/', () => {
	test('the committed content passes', async () => {
		expect(await lines()).toEqual([]);
	});

	test.each([
		[
			'a slug that would take over another article',
			[article('takeover', 'slug: saohei-zhengzhi-zhanwei\n')],
			'content/articles/takeover.mdx:6:1: 错误 slug：不能用 slug 指定编号或网址：编号只来自文件名',
		],
		[
			'an id field in a promo',
			[file('content/promos/p.yaml', 'title: 广告\nid: jiangnan-study-tour\n')],
			'content/promos/p.yaml:2:1: 错误 id：不能用 id 指定编号或网址：编号只来自文件名',
		],
		[
			'HTML in a promo’s details, found on its line inside the block',
			[file('content/promos/p.yaml', 'title: 广告\ndetails: |\n  ## 行程\n\n  第一天 <b onclick="x">杭州</b>\n')],
			'content/promos/p.yaml:5:7: 错误 details：详情里不能写 HTML 标签 → 用 Markdown：空一行分段，## 小标题，- 列表，**加粗**',
		],
		[
			'an entity-encoded javascript: link in a promo’s details',
			[file('content/promos/p.yaml', 'title: 广告\ndetails: |\n  报名请[点此](java&#x73;cript:alert(1))\n')],
			'content/promos/p.yaml:3:6: 错误 details：链接地址「javascript:alert(1)」不安全 → 只能用 https://、http://、mailto:、tel: 开头的地址或站内相对地址',
		],
		[
			'a picture and a top-level heading in a promo’s details',
			[file('content/promos/p.yaml', 'title: 广告\ndetails: |\n  # 行程\n  ![图](https://example.org/a.png)\n')],
			'content/promos/p.yaml:3:3: 错误 details：详情里的小标题最大用 ##（# 是广告标题） → 把 # 改为 ##',
		],
		[
			'a task list in quoted details falls back to the field',
			[file('content/promos/p.yaml', 'title: 广告\ndetails: "- [x] 已报名"\n')],
			'content/promos/p.yaml:2:1: 错误 details：详情里不能用任务列表（[ ] 和 [x] 会变成勾选框） → 删去方括号，写成普通列表',
		],
		[
			'a misspelt field',
			[article('typo', 'sumary: 摘要\n')],
			'content/articles/typo.mdx:6:1: 错误 sumary：没有 sumary 这个字段，是不是 summary？',
		],
		[
			'a duplicate id in sections.yaml',
			[file('content/sections.yaml', '- id: politics-law\n  name: 政法\n- id: politics-law\n  name: 时政\n')],
			'content/sections.yaml:3:3: 错误 1.id：栏目编号「politics-law」重复（第 1 项已用过） → 每个栏目的编号应不同',
		],
		[
			'an emoji-only tag',
			[article('emoji', 'tags:\n  - 🎉\n')],
			'content/articles/emoji.mdx:7:5: 错误 tags.0：标签「🎉」里没有汉字、字母或数字，无法生成网址',
		],
		[
			'an unknown series',
			[article('no-series', 'series: nope\n')],
			'content/articles/no-series.mdx:6:1: 错误 series：找不到系列「nope」，应为以下之一：saohei-chu-e',
		],
		[
			'an unknown promo in the frontmatter',
			[article('no-promo', 'promos:\n  - nope\n')],
			'content/articles/no-promo.mdx:7:5: 错误 promos.0：找不到广告「nope」，应为以下之一：jiangnan-study-tour',
		],
		[
			'an unknown promo in the body',
			[article('no-promo-body', '', '<Promo id="nope" />\n')],
			'content/articles/no-promo-body.mdx:8:1: 错误 <Promo id>：找不到广告「nope」，应为以下之一：jiangnan-study-tour',
		],
		[
			'a promo placed twice',
			[article('twice', 'promos:\n  - jiangnan-study-tour\n', '<Promo id="jiangnan-study-tour" />\n')],
			'content/articles/twice.mdx:10:1: 错误 <Promo id>：广告「jiangnan-study-tour」在本文中已经出现过 → 同一广告每篇只放一次',
		],
		[
			'a cover that is not there',
			[article('no-cover', 'cover: ./images/none.jpg\ncoverAlt: 会场\n')],
			'content/articles/no-cover.mdx:6:1: 错误 cover：找不到图片 content/articles/images/none.jpg → 图片路径从引用它的文件所在的文件夹算起：文章里写 ./images/图片.jpg（图片放在 content/articles/images/），广告里写 ./图片.png（图片与广告的 .yaml 放在一起）',
		],
		[
			'a cover that does not decode',
			[article('bad-cover', 'cover: ./images/bad.jpg\ncoverAlt: 会场\n'), file('content/articles/images/bad.jpg', jpeg.subarray(0, 200))],
			'content/articles/bad-cover.mdx:6:1: 错误 cover：图片 content/articles/images/bad.jpg 不能用：图片文件无法读取（文件损坏、不完整或不是图片）；请重新导出后再放入 → 用看图软件打开确认，重新导出为 .jpg 或 .png',
		],
		[
			'a cover read with a Vite query',
			[article('raw-cover', 'cover: ../../package.json?raw\ncoverAlt: x\n')],
			'content/articles/raw-cover.mdx:6:1: 错误 cover：图片路径「../../package.json?raw」不能带 ? 或 # → 图片路径从引用它的文件所在的文件夹算起：文章里写 ./images/图片.jpg（图片放在 content/articles/images/），广告里写 ./图片.png（图片与广告的 .yaml 放在一起）',
		],
		[
			'an SVG as the QR picture',
			[file('content/promos/svg-qr.yaml', 'title: 广告\nqr:\n  image: ./images/qr.svg\n  alt: 二维码\n  caption: 扫码\n')],
			'content/promos/svg-qr.yaml:3:3: 错误 qr.image：图片「./images/qr.svg」应为 .jpg、.jpeg、.png、.webp、.avif、.gif 文件 → 图片路径从引用它的文件所在的文件夹算起：文章里写 ./images/图片.jpg（图片放在 content/articles/images/），广告里写 ./图片.png（图片与广告的 .yaml 放在一起）',
		],
		[
			'a Figure outside content/',
			[article('outside', '', '<Figure src="../../src/site.config.ts" alt="x" />\n')],
			'content/articles/outside.mdx:8:1: 错误 <Figure src>：图片「../../src/site.config.ts」在 content/ 之外 → 图片路径从引用它的文件所在的文件夹算起：文章里写 ./images/图片.jpg（图片放在 content/articles/images/），广告里写 ./图片.png（图片与广告的 .yaml 放在一起）',
		],
		[
			'a picture nobody uses',
			[file('content/articles/images/spare.jpg', jpeg)],
			'content/articles/images/spare.jpg:1:1: 提醒 这张图片没有被任何文章或广告使用，不会被发布 → 在文章里用 <Figure> 或 cover 引用它，或删除',
		],
		[
			'broken MDX',
			[article('unclosed', '', '<PullQuote>引语\n\n后文。\n')],
			'content/articles/unclosed.mdx:8:1: 错误 MDX：正文写法有误（Expected a closing tag for `<PullQuote>` before the end of `paragraph`） → 检查标签是否成对闭合；正文里的 < 和 { 请写成全角 ＜ ｛',
		],
	])('%s', async (_name, files, expected) => {
		const found = await lines(...files);
		expect(found, found.join('\n')).toContain(expected);
	});

	test('a used picture that decodes passes', async () => {
		expect(await lines(article('pictured', '', '<Figure src="./images/ok.jpg" alt="会场" caption="图注" />\n'), file('content/articles/images/ok.jpg', jpeg))).toEqual([]);
	});

	describe('a section the site does not show yet: no article of it is published', () => {
		const sections = file(
			'content/sections.yaml',
			'- id: politics-law\n  name: 政法\n- id: wenlv\n  name: 文旅\n- id: minsheng\n  name: 民生\n',
		);
		const warning = (line: number, id: string, name: string) =>
			`content/sections.yaml:${line}:3: 提醒 ${line === 3 ? 1 : 2}.id：栏目「${name}」还没有已发布的文章，网站暂不显示它（导航、首页和栏目页都没有） → 发布一篇 section: ${id} 的文章后，它会自动出现`;
		const inSection = (name: string, id: string, fields = '') =>
			file(
				`content/articles/${name}.mdx`,
				`---\ntitle: ${name}标题\nsummary: 摘要。\npubDate: 2019-07-01\nsection: ${id}\n${fields}---\n\n正文。\n`,
			);

		test('a new section with no article: one warning each, at its id, no error', async () => {
			expect(await lines(sections)).toEqual([warning(3, 'wenlv', '文旅'), warning(5, 'minsheng', '民生')]);
		});

		test('a draft, or an article dated later, does not show a section; a published one does', async () => {
			expect(
				await lines(
					sections,
					inSection('draft', 'wenlv', 'draft: true\n'),
					file('content/articles/later.mdx', '---\ntitle: 以后\nsummary: 摘要。\npubDate: 2999-01-01\nsection: wenlv\n---\n\n正文。\n'),
					inSection('out', 'minsheng'),
				),
			).toEqual([warning(3, 'wenlv', '文旅')]);
		});

		test('a refused article shows no section; a duplicate id is told once, as a duplicate', async () => {
			expect(
				await lines(
					file('content/sections.yaml', '- id: politics-law\n  name: 政法\n- id: politics-law\n  name: 时政\n- id: wenlv\n  name: 文旅\n'),
					file('content/articles/refused.mdx', '---\ntitle: 错日期\nsummary: 摘要。\npubDate: 2019年7月1日\nsection: wenlv\n---\n\n正文。\n'),
				),
			).toEqual([
				expect.stringMatching(/^content\/articles\/refused\.mdx:4:1: 错误 pubDate：/),
				'content/sections.yaml:3:3: 错误 1.id：栏目编号「politics-law」重复（第 1 项已用过） → 每个栏目的编号应不同',
				warning(5, 'wenlv', '文旅'),
			]);
		});
	});

	test('without sections.yaml, the check says so', async () => {
		expect((await checkContent(SITE.slice(1))).diagnostics.map(formatDiagnostic)).toContain(
			'content/sections.yaml:1:1: 错误 缺少栏目文件 content/sections.yaml → 新建它，列出各栏目的 id 和 name',
		);
	});
});

describe('checkContent: each message as the editor reads it', () => {
	const promo = (name: string) => file(`content/promos/${name}.yaml`, `title: ${name}广告\n`);

	test.each([
		['a cover that is not a path', [article('c', 'cover: 123\n')], 'content/articles/c.mdx:6:1: 错误 cover：图片应写成路径，如 ./images/photo.jpg'],
		[
			'sections.yaml that is not a list',
			[file('content/sections.yaml', 'id: politics-law\nname: 政法\n')],
			'content/sections.yaml:1:1: 错误 sections.yaml 应为栏目列表，每项以 - id: 开头',
		],
	])('%s', async (_name, files, expected) => {
		expect(await lines(...files)).toContain(expected);
	});

	test('a section given as a number: what the field should be', async () => {
		const bad = file(
			'content/articles/s.mdx',
			'---\ntitle: s标题\nsummary: 摘要。\npubDate: 2019-07-01\nsection: 7\n---\n\n正文。\n',
		);
		expect(await lines(bad)).toContain('content/articles/s.mdx:5:1: 错误 section：应为编号，如 politics-law');
	});

	test('an unknown id lists the ones there are, or says there are none', async () => {
		const use = article('u', '', '<Promo id="nope" />\n');
		expect(await lines(use, promo('a'))).toContain(
			'content/articles/u.mdx:8:1: 错误 <Promo id>：找不到广告「nope」，应为以下之一：jiangnan-study-tour、a',
		);
		const all = await checkContent([real('sections.yaml'), real('series/saohei-chu-e.yaml'), use]);
		expect(all.diagnostics.map(formatDiagnostic)).toContain('content/articles/u.mdx:8:1: 错误 <Promo id>：找不到广告「nope」，应为以下之一：（暂无）');
	});

	test('the same ad twice in one article is reported at the second', async () => {
		const twice = article('t', '', '<Promo id="jiangnan-study-tour" />\n\n正文。\n\n<Promo id="jiangnan-study-tour" />\n');
		expect((await lines(twice)).filter((line) => line.includes('已经出现过'))).toEqual([
			'content/articles/t.mdx:12:1: 错误 <Promo id>：广告「jiangnan-study-tour」在本文中已经出现过 → 同一广告每篇只放一次',
		]);
	});

	test('broken MDX: the reason without MDX’s own places, at the place in the file', async () => {
		const body = `${'正文。\n\n'.repeat(6)}段落里有一个 <b>没有闭合的标签，在第十二行。\n`;
		expect(await lines(article('m', '', body))).toContain(
			'content/articles/m.mdx:20:1: 错误 MDX：正文写法有误（Expected a closing tag for `<b>` before the end of `paragraph`） → 检查标签是否成对闭合；正文里的 < 和 { 请写成全角 ＜ ｛',
		);
	});

	test('a title used three times names the other two on each', async () => {
		const same = (name: string) =>
			file(`content/articles/${name}.mdx`, '---\ntitle: 同一标题\nsummary: 摘要。\npubDate: 2019-07-01\nsection: politics-law\n---\n\n正文。\n');
		expect((await lines(same('a'), same('b'), same('c'))).filter((line) => line.includes('重复'))).toEqual([
			'content/articles/a.mdx:2:1: 错误 title：标题与 content/articles/b.mdx、content/articles/c.mdx 重复：「同一标题」 → 每篇文章的标题应不同',
			'content/articles/b.mdx:2:1: 错误 title：标题与 content/articles/a.mdx、content/articles/c.mdx 重复：「同一标题」 → 每篇文章的标题应不同',
			'content/articles/c.mdx:2:1: 错误 title：标题与 content/articles/a.mdx、content/articles/b.mdx 重复：「同一标题」 → 每篇文章的标题应不同',
		]);
	});

	test('spellings sharing a pinyin are no error: each gets its own address on the site', async () => {
		const tagged = (name: string, tag: string) => article(name, `tags:\n  - ${tag}\n`);
		expect(await lines(tagged('a', '政治'), tagged('c', '正直'), tagged('d', 'ＡＩ'))).toEqual([]);
	});

	test('an unreadable picture: reported on itself, whole, and on what uses it', async () => {
		const broken = file('content/articles/images/bad.jpg', jpeg.subarray(0, 40));
		const { diagnostics } = await checkContent([...SITE, broken]);
		expect(diagnostics.filter((d) => d.file === broken.path)).toEqual([
			{
				file: broken.path,
				line: 1,
				column: 1,
				severity: 'error',
				field: '',
				problem: '图片文件无法读取（文件损坏、不完整或不是图片）；请重新导出后再放入',
				suggestion: '用看图软件打开确认，重新导出为 .jpg 或 .png',
			},
		]);
	});
});

describe('checkContent: every problem in one run, and no false ones', () => {
	test('a wrong date does not hide the same file’s unknown section, series, ad and cover', async () => {
		const found = await lines(
			file(
				'content/articles/rounds.mdx',
				'---\ntitle: 一轮报完\nsummary: 摘要。\npubDate: 2019年7月1日\nsection: wenlv\nseries: huoshan\npromos:\n  - nope\n  - jiangnan-study-tour\ncover: ./images/none.jpg\ncoverAlt: 火山\n---\n\n正文。\n',
			),
		);
		expect(found.map((line) => line.split(': 错误 ')[0] + ' ' + line.split(': 错误 ')[1]?.split('：')[0])).toEqual([
			'content/articles/rounds.mdx:4:1 pubDate',
			'content/articles/rounds.mdx:5:1 section',
			'content/articles/rounds.mdx:6:1 series',
			'content/articles/rounds.mdx:8:5 promos.0',
			'content/articles/rounds.mdx:10:1 cover',
		]);
		expect(found[1]).toBe('content/articles/rounds.mdx:5:1: 错误 section：找不到栏目「wenlv」，应为以下之一：politics-law');
		expect(found[4]).toMatch(/^content\/articles\/rounds\.mdx:10:1: 错误 cover：找不到图片 content\/articles\/images\/none\.jpg/);
	});

	test('values of the wrong type are left to the schema’s own message, not reported twice', async () => {
		const found = await lines(
			file(
				'content/articles/types.mdx',
				'---\ntitle: 类型\nsummary: 摘要。\npubDate: 2019-07-01\nsection: 3\nseries: [a]\npromos: nope\ncover: 5\n---\n\n正文。\n',
			),
		);
		expect(found.map((line) => line.split(': 错误 ')[1]?.split('：')[0])).toEqual(['section', 'series', 'promos', 'cover']);
		expect(found.every((line) => !line.includes('找不到'))).toBe(true);
	});

	test('a body that does not parse: its references and cover are still checked; no picture is called unused', async () => {
		const found = await lines(
			file('content/articles/images/cover.jpg', jpeg),
			file('content/articles/images/spare.jpg', jpeg),
			file(
				'content/articles/broken.mdx',
				'---\ntitle: 坏正文\nsummary: 摘要。\npubDate: 2019-07-01\nsection: wenlv\ncover: ./images/cover.jpg\ncoverAlt: 封面\n---\n\n<PullQuote>没有结束\n\n<Figure src="./images/spare.jpg" alt="图" />\n',
			),
		);
		expect(found).toEqual([
			'content/articles/broken.mdx:5:1: 错误 section：找不到栏目「wenlv」，应为以下之一：politics-law',
			'content/articles/broken.mdx:10:1: 错误 MDX：正文写法有误（Expected a closing tag for `<PullQuote>` before the end of `paragraph`） → 检查标签是否成对闭合；正文里的 < 和 { 请写成全角 ＜ ｛',
		]);
	});

	test('a file whose YAML cannot be read may use any picture: none is called unused', async () => {
		const found = await lines(
			file('content/articles/images/spare.jpg', jpeg),
			file('content/promos/broken.yaml', 'title: [广告\n'),
		);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^content\/promos\/broken\.yaml:/);
	});

	test('a refused promo’s QR picture is still looked for', async () => {
		const found = await lines(file('content/promos/p.yaml', 'title: 1\nqr:\n  image: ./none.png\n'));
		expect(found.filter((line) => line.includes('qr.image'))).toEqual([
			expect.stringMatching(/^content\/promos\/p\.yaml:3:3: 错误 qr\.image：找不到图片 content\/promos\/none\.png/),
		]);
	});
});

describe('checkContent: “是不是 …？” for a name that misses', () => {
	const RULE =
		'图片路径从引用它的文件所在的文件夹算起：文章里写 ./images/图片.jpg（图片放在 content/articles/images/），广告里写 ./图片.png（图片与广告的 .yaml 放在一起）';
	test.each([
		['a series one letter short', article('s', 'series: saohei-chu\n'), 'content/articles/s.mdx:6:1: 错误 series：找不到系列「saohei-chu」，是不是 saohei-chu-e？'],
		['a section misspelt', file('content/articles/s.mdx', '---\ntitle: 栏目\nsummary: 摘要。\npubDate: 2019-07-01\nsection: politic-law\n---\n\n正文。\n'), 'content/articles/s.mdx:5:1: 错误 section：找不到栏目「politic-law」，是不是 politics-law？'],
		[
			'a section by its Chinese name',
			file('content/articles/s.mdx', '---\ntitle: 栏目\nsummary: 摘要。\npubDate: 2019-07-01\nsection: 政法\n---\n\n正文。\n'),
			'content/articles/s.mdx:5:1: 错误 section：栏目要写编号，不写名称：「政法」栏目的编号是 politics-law → 改为 section: politics-law（--fix 可自动改）',
		],
		['an ad in the body', article('p', '', '<Promo id="jiangnan-study" />\n'), 'content/articles/p.mdx:8:1: 错误 <Promo id>：找不到广告「jiangnan-study」，是不是 jiangnan-study-tour？'],
	])('%s', async (_, bad, line) => {
		expect(await lines(bad)).toContain(line);
	});

	test('a picture path written the old way (from content/) names the picture there is, as the article would write it', async () => {
		const found = await lines(
			file('content/articles/images/huichang.jpg', jpeg),
			article('f', '', '<Figure src="articles/images/huichang.jpg" alt="会场" caption="会场" />\n'),
		);
		expect(found).toEqual([
			`content/articles/f.mdx:8:1: 错误 <Figure src>：找不到图片 content/articles/articles/images/huichang.jpg → 是不是 ./images/huichang.jpg？${RULE}`,
			'content/articles/images/huichang.jpg:1:1: 提醒 这张图片没有被任何文章或广告使用，不会被发布 → 在文章里用 <Figure> 或 cover 引用它，或删除',
		]);
	});

	test('a misspelt picture name gets the nearest picture; two of the same name, the nearest path; none near, just the rule', async () => {
		const pictures = [
			file('content/articles/images/huichang.jpg', jpeg),
			file('content/promos/huichang.jpg', jpeg),
			file('content/promos/qr.png', jpeg),
		];
		const cover = (path: string) => article('c', `cover: ${path}\ncoverAlt: 会场\n`);
		expect((await lines(...pictures, cover('./images/huichan.jpg')))[0]).toBe(
			`content/articles/c.mdx:6:1: 错误 cover：找不到图片 content/articles/images/huichan.jpg → 是不是 ./images/huichang.jpg？${RULE}`,
		);
		expect((await lines(...pictures, cover('./huichang.jpg')))[0]).toBe(
			`content/articles/c.mdx:6:1: 错误 cover：找不到图片 content/articles/huichang.jpg → 是不是 ./images/huichang.jpg？${RULE}`,
		);
		expect((await lines(...pictures, cover('./images/dahai.jpg')))[0]).toBe(
			`content/articles/c.mdx:6:1: 错误 cover：找不到图片 content/articles/images/dahai.jpg → ${RULE}`,
		);
	});

	test('a promo’s QR picture is read from the promo’s folder, and a near miss named from there', async () => {
		const found = await lines(
			file('content/promos/images/qr.png', jpeg),
			file('content/promos/p.yaml', 'title: 广告\nqr:\n  image: ./image/qr.png\n  alt: 二维码\n  caption: 扫码\n'),
		);
		expect(found).toContain(`content/promos/p.yaml:3:3: 错误 qr.image：找不到图片 content/promos/image/qr.png → 是不是 ./images/qr.png？${RULE}`);
	});
});

test('a cover without its alt text is reported on the cover’s line', async () => {
	expect(await lines(file('content/articles/images/c.jpg', jpeg), article('alt', 'tags:\n  - 甲\ncover: ./images/c.jpg\n'))).toEqual([
		'content/articles/alt.mdx:8:1: 错误 cover：有封面图（cover）就必须填写图片说明（coverAlt），供读屏软件朗读',
	]);
});

test('a full-width colon does not hide the file’s other problems: seven errors and the house style’s warning, one run', async () => {
	const found = await lines(
		file(
			'content/articles/huoshan.mdx',
			'---\ntitle: 乌兰哈达火山群迎来游客高峰\nsummary: 察右后旗乌兰哈达火山群景区游客量创新高。\npubDate: 2019年7月1日\nsection: 文旅\nseries: huoshan-xilie\neditor： 王芳\ndraft: true\n---\n\n火山群{火山弹}很多。\n\n<Figure src="articles/images/huoshan.jpg" alt="" />\n',
		),
	);
	expect(found.map((line) => line.slice(0, line.indexOf('：'))).map((head) => head.replace(/ 错误 /, ' '))).toEqual([
		'content/articles/huoshan.mdx:4:1: pubDate',
		'content/articles/huoshan.mdx:5:1: section',
		'content/articles/huoshan.mdx:6:1: series',
		'content/articles/huoshan.mdx:7:1: editor',
		'content/articles/huoshan.mdx:11:4: {…}',
		'content/articles/huoshan.mdx:13:1: <Figure alt>',
		'content/articles/huoshan.mdx:13:1: <Figure src>',
		'content/articles/huoshan.mdx:13:1: 提醒 <Figure caption>',
	]);
});
