import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentCheck } from '../../../src/lib/commands/content-check';
import { importPage } from '../../../src/lib/commands/import-page';
import { articleMdx, importArticle, importPromo, promoYaml } from '../../../src/lib/editor/print-import';
import { articleSlug } from '../../../src/lib/editor/scaffold';
import { projectWithContent, runIn } from '../../helpers/command';
import { PROJECT_ROOT } from '../../helpers/paths';

const SEED = join(PROJECT_ROOT, 'tests/fixtures/seed-page.txt');
const TEXT = readFileSync(SEED, 'utf8');
const SERIES = [{ id: 'saohei-chu-e', title: '全市扫黑除恶专项斗争系列述评' }];
const CHECK = '请运行 npm run content:check 检查，再用 npm run dev 预览。';

/** What the import writes for the seed page with these options: the files by path. */
function expected(options: { section: string; slug: string; promoId: string; series?: typeof SERIES }) {
	const importOptions = {
		section: options.section,
		series: options.series ?? SERIES,
		today: '2019-07-01',
		promoId: options.promoId,
	};
	return {
		[`content/articles/${options.slug}.mdx`]: articleMdx(importArticle(TEXT, importOptions), importOptions),
		[`content/promos/${options.promoId}.yaml`]: promoYaml(importPromo(TEXT)!),
	};
}
const read = (root: string, files: Record<string, string>) =>
	Object.fromEntries(Object.keys(files).map((path) => [path, readFileSync(join(root, path), 'utf8')]));

describe('npm run import', () => {
	test('the seed page: a draft article in the first section, its series found, and a draft promo, both under pinyin', async () => {
		const root = projectWithContent();
		const promo = importPromo(TEXT)!;
		const slug = articleSlug(importArticle(TEXT, { section: 'politics-law', series: SERIES, today: '2019-07-01' }).title);
		const files = expected({ section: 'politics-law', slug, promoId: articleSlug(promo.title) });
		const [articlePath, promoPath] = Object.keys(files);
		const result = await runIn(importPage, root, [SEED]);
		expect(result).toEqual({
			code: 0,
			lines: [`已导入文章草稿 ${articlePath}（栏目 politics-law，未指定时用第一个栏目）`, `已导入广告草稿 ${promoPath}`, CHECK],
		});
		expect(read(root, files)).toEqual(files);
		expect(files[articlePath!]).toContain('series: saohei-chu-e');
	});

	test('with the section, slugs and a relative file named', async () => {
		const root = projectWithContent();
		writeFileSync(join(root, 'page.txt'), TEXT);
		const files = expected({ section: 'politics-law', slug: 'imported-seed', promoId: 'imported-tour' });
		const result = await runIn(importPage, root, [
			'page.txt',
			'--section',
			'politics-law',
			'--slug',
			'imported-seed',
			'--promo-id',
			'imported-tour',
		]);
		expect(result).toEqual({
			code: 0,
			lines: [
				'已导入文章草稿 content/articles/imported-seed.mdx（栏目 politics-law）',
				'已导入广告草稿 content/promos/imported-tour.yaml',
				CHECK,
			],
		});
		expect(read(root, files)).toEqual(files);
	});

	test('a series the title names but content/ lacks is said, and left out', async () => {
		const root = projectWithContent();
		rmSync(join(root, 'content/series/saohei-chu-e.yaml'));
		const files = expected({ section: 'politics-law', slug: 'a', promoId: 'b', series: [] });
		const result = await runIn(importPage, root, [SEED, '--slug', 'a', '--promo-id', 'b']);
		expect(result.lines[1]).toBe(
			'注意：标题中的系列「全市扫黑除恶专项斗争系列述评」还没有对应的 content/series/ 文件，series 和 part 暂未填写。',
		);
		expect(read(root, files)).toEqual(files);
	});

	test('a page without an ad: the article only', async () => {
		const root = projectWithContent();
		writeFileSync(join(root, 'page.txt'), '# 乌兰察布召开推进会\n\n全市政法工作会议召开。\n');
		const result = await runIn(importPage, root, ['page.txt', '--slug', 'meeting']);
		expect(result).toEqual({
			code: 0,
			lines: ['已导入文章草稿 content/articles/meeting.mdx（栏目 politics-law，未指定时用第一个栏目）', CHECK],
		});
	});

	test.each([
		[[], '用法：npm run import -- 版面文字.txt [--section politics-law] [--slug 网址名] [--promo-id 广告网址名]'],
		[[SEED, '--section', 'sports'], '--section 应为以下之一：politics-law'],
		[[SEED, '--slug', 'Bad'], '网址名「Bad」应为小写英文字母、数字和连字符'],
		[[SEED, '--slug', 'ok', '--promo-id', 'no_good'], '网址名「no_good」应为小写英文字母、数字和连字符'],
	])('%j is refused: %s', async (argv, message) => {
		expect(await runIn(importPage, projectWithContent(), argv)).toEqual({ code: 1, lines: [], error: message });
	});

	test('no section in content/: the first is none, and the import is refused', async () => {
		const root = projectWithContent();
		writeFileSync(join(root, 'content/sections.yaml'), '[]\n');
		expect(await runIn(importPage, root, [SEED])).toEqual({ code: 1, lines: [], error: '--section 应为以下之一：' });
	});

	test('both or neither: an existing promo file stops the import before the article is written', async () => {
		const root = projectWithContent();
		writeFileSync(join(root, 'content/promos/taken.yaml'), '编辑写好的广告');
		const result = await runIn(importPage, root, [SEED, '--slug', 'fresh', '--promo-id', 'taken']);
		expect(result).toEqual({
			code: 1,
			lines: [],
			error: 'content/promos/taken.yaml 已存在，没有导入。换一个网址名（--slug / --promo-id）或先处理已有文件。',
		});
		expect(() => readFileSync(join(root, 'content/articles/fresh.mdx'))).toThrow(/ENOENT/);
		expect(readFileSync(join(root, 'content/promos/taken.yaml'), 'utf8')).toBe('编辑写好的广告');
	});

	test('an existing article file stops it too', async () => {
		const root = projectWithContent();
		writeFileSync(join(root, 'content/articles/taken.mdx'), '稿');
		expect((await runIn(importPage, root, [SEED, '--slug', 'taken', '--promo-id', 'fresh'])).error).toBe(
			'content/articles/taken.mdx 已存在，没有导入。换一个网址名（--slug / --promo-id）或先处理已有文件。',
		);
		expect(() => readFileSync(join(root, 'content/promos/fresh.yaml'))).toThrow(/ENOENT/);
	});
});

describe('npm run import: pages as editors have them', () => {
	const page = (name: string) => join(PROJECT_ROOT, 'tests/fixtures/print-pages', name);
	const imported = async (name: string, argv: string[] = []) => {
		const root = projectWithContent();
		const result = await runIn(importPage, root, [page(name), ...argv]);
		return { root, result, file: (path: string) => readFileSync(join(root, path), 'utf8') };
	};

	test('a masthead, a subtitle, a byline, a 本报讯 lead, a quotation and 责任编辑: each where it belongs, and the draft passes the check', async () => {
		const { root, result, file } = await imported('masthead-byline.txt', ['--slug', 'huoshan']);
		expect(result.code).toBe(0);
		expect(file('content/articles/huoshan.mdx')).toBe(
			[
				'---',
				'title: 乌兰哈达火山群迎来游客高峰',
				'subtitle: 察右后旗全域旅游见闻',
				'summary: 本报讯 暑期以来，察右后旗乌兰哈达火山群景区游客量持续攀升，7月以来日均接待游客超过3000人次。',
				'# 导入的草稿：请核对摘要；pubDate 是版面上印的日期。确认无误后删去 draft 一行。',
				'pubDate: 2019-07-15',
				'section: politics-law',
				'authors:',
				'  - 张明',
				'  - 刘芳',
				'editor: 王芳',
				'draft: true',
				'---',
				'',
				'本报讯 暑期以来，察右后旗乌兰哈达火山群景区游客量持续攀升，7月以来日均接待游客超过3000人次。',
				'',
				'景区负责人介绍，今年新修了环火山步道和观景台，游客可以近距离观察3号火山的火山口。',
				'',
				'<PullQuote>“火山就像一本打开的地质教科书。”</PullQuote>',
				'',
				'当地还推出了火山研学线路，吸引了不少中小学生。',
				'',
			].join('\n'),
		);
		expect((await runIn(contentCheck, root, [])).code).toBe(0);
	});

	test('a masthead on one line (date, weekday, page, page name) and a □ byline', async () => {
		const { root, result, file } = await imported('one-line-masthead.txt', ['--slug', 'gaizao']);
		expect(result.code).toBe(0);
		const draft = file('content/articles/gaizao.mdx');
		expect(draft).toContain('title: 集宁区老旧小区改造全面启动\n');
		expect(draft).toContain('pubDate: 2019-08-02\n');
		expect(draft).toContain('authors:\n  - 李华\neditor: 赵磊\n');
		expect(draft).not.toMatch(/星期|第A5版|□|责任编辑/);
		expect((await runIn(contentCheck, root, [])).code).toBe(0);
	});

	test('an ad with an itinerary, fees and a landline: what the importer does not know goes into details, nothing dropped', async () => {
		const { root, result, file } = await imported('study-tour-ad.txt', ['--slug', 'yanxue', '--promo-id', 'saiwai-yanxue']);
		expect(result.code).toBe(0);
		const promo = file('content/promos/saiwai-yanxue.yaml');
		expect(promo).toContain('title: 塞外研学夏令营\nsubtitle: 走进草原课堂\n');
		expect(promo).toContain(
			[
				'details: |',
				'  第一天：乌兰察布—辉腾锡勒草原，观看那达慕表演。',
				'',
				'  第二天：岱海，湿地科普课堂。',
				'',
				'  费用：每人1980元（含食宿、保险）。',
				'',
				'  固定电话：0474-8312345',
			].join('\n'),
		);
		expect(file('content/articles/yanxue.mdx')).toContain('source: 乌兰察布市教育局\n');
		expect((await runIn(contentCheck, root, [])).code).toBe(0);
	});

	test('an e-paper page (HTML): the headline, 副题, byline, paragraphs, 责任编辑 and the date, as text only', async () => {
		const { root, result, file } = await imported('e-paper.html', ['--slug', 'fangxun']);
		expect(result.code).toBe(0);
		expect(file('content/articles/fangxun.mdx')).toBe(
			[
				'---',
				'title: 全市召开防汛工作会议',
				'subtitle: 部署今年主汛期各项工作',
				'summary: 本报讯 7月10日，全市防汛工作会议召开，安排部署主汛期防汛工作。',
				'# 导入的草稿：请核对摘要；pubDate 是版面上印的日期。确认无误后删去 draft 一行。',
				'pubDate: 2019-07-10',
				'section: politics-law',
				'authors:',
				'  - 王强',
				'  - 孙丽',
				'editor: 周敏',
				'draft: true',
				'---',
				'',
				'本报讯 7月10日，全市防汛工作会议召开，安排部署主汛期防汛工作。',
				'',
				'会议要求，各旗县市区要落实防汛责任制，加强雨情、水情监测预警，做好人员转移避险准备。',
				'',
				'<PullQuote>“宁可十防九空，不可失防万一。”</PullQuote>',
				'',
				'会议还对山洪灾害防御和城区排涝作了安排。',
				'',
			].join('\n'),
		);
		expect((await runIn(contentCheck, root, [])).code).toBe(0);
	});

	test('an e-paper page of the founder-tag layout: its date from the page title', async () => {
		const { root, result, file } = await imported('founder-e-paper.html', ['--slug', 'gongyuan']);
		expect(result.code).toBe(0);
		const draft = file('content/articles/gongyuan.mdx');
		expect(draft).toContain('title: 集宁区新增十处口袋公园\n');
		expect(draft).toContain('pubDate: 2019-08-20\n');
		expect(draft).toContain('authors:\n  - 陈晨\neditor: 郭涛\n');
		expect(draft).toContain('\n8月19日，记者从集宁区住建局了解到，今年城区新建的十处口袋公园已全部向市民开放。\n');
		expect(draft).not.toMatch(/<(?!\/?PullQuote)|founder|ozoom/);
		expect((await runIn(contentCheck, root, [])).code).toBe(0);
	});

	test.each([
		['empty-e-paper.html', '这是网页（HTML）文件，但没有找到文章的标题和正文，没有导入。'],
		['no-headline.txt', '没有找到标题，没有导入：第一段应是标题（一行，不超过 80 个字）'],
	])('%s is refused in Chinese, exit 1, nothing written', async (name, words) => {
		const { root, result } = await imported(name);
		expect(result.code).toBe(1);
		expect(result.error).toContain(words);
		expect(result.error).toMatch(/（docs\/editor-handbook\.md「导入报纸版面」）$/);
		expect(result.lines).toEqual([]);
		const fresh = projectWithContent();
		expect(readdirSync(join(root, 'content/articles'))).toEqual(readdirSync(join(fresh, 'content/articles')));
		expect(readdirSync(join(root, 'content/promos'))).toEqual(readdirSync(join(fresh, 'content/promos')));
	});
});

describe('npm run import: the rest of the corpus, each draft passing the check', () => {
	const page = (name: string) => join(PROJECT_ROOT, 'tests/fixtures/print-pages', name);
	test.each([
		[
			'ocr-column-breaks.txt',
			[
				'title: 丰镇市秋收工作有序推进\n',
				'pubDate: 2019-09-03\n',
				'authors:\n  - 高远\neditor: 马宁\n',
				'指导农户科学储藏，减少损耗。\n',
			],
		],
		[
			'series-installment.txt',
			[
				'series: saohei-chu-e\npart: 组织保障篇\n',
				'source: 乌兰察布市扫黑办\n',
				'## 强化组织领导\n',
				'<PullQuote>“一级抓一级，层层抓落实。”</PullQuote>\n',
			],
		],
		['photo-news.txt', ['title: 国庆假期首日 火山景区游人如织\n', 'pubDate: 2019-10-01\n', 'authors:\n  - 张明\neditor: 王芳\n']],
		[
			'xinhua-reprint.txt',
			['pubDate: 2019-11-12\n', 'source: 新华社\n', '\n新华社呼和浩特11月11日电（记者 刘伟）记者从内蒙古自治区农牧厅获悉'],
		],
		['ad-with-fees.txt', ['source: 集宁区文旅局\n', 'promos:\n  - lao-hu-shan-bing-xue-le-yuan\n']],
	])('%s', async (name, parts) => {
		const root = projectWithContent();
		const result = await runIn(importPage, root, [page(name), '--slug', 'draft']);
		expect(result.code, result.error).toBe(0);
		const draft = readFileSync(join(root, 'content/articles/draft.mdx'), 'utf8');
		for (const part of parts) expect(draft).toContain(part);
		expect(draft).not.toMatch(/内蒙古晨报\n|星期|第\d版|责任编辑/);
		const check = await runIn(contentCheck, root, []);
		expect(
			check.lines.filter((line) => line.includes(' 错误 ')),
			check.lines.join('\n'),
		).toEqual([]);
		expect(check.code).toBe(0);
	});

	test('the ad’s opening hours and fees go into details, its mobile into contacts', async () => {
		const root = projectWithContent();
		await runIn(importPage, root, [page('ad-with-fees.txt'), '--slug', 'draft']);
		const promo = readFileSync(join(root, 'content/promos/lao-hu-shan-bing-xue-le-yuan.yaml'), 'utf8');
		expect(promo).toContain('details: |\n  开放时间：每天9:00—21:00\n\n  门票：成人60元，儿童30元，1.2米以下免费。');
		expect(promo).toContain(
			"heading: 咨询电话\n  wechatSameNumber: false\n  people:\n    - name: 李经理\n      phone: '13947412345'",
		);
		expect(promo).toContain('address:\n  label: 地址\n  text: 乌兰察布市集宁区老虎山公园南门');
	});
});
