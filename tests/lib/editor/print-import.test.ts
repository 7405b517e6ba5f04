import { readFileSync } from 'node:fs';
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/content/source';
import {
	articleMdx,
	type ImportedArticle,
	type ImportedPromo,
	type ImportOptions,
	importArticle,
	importPromo,
	promoYaml,
	splitPage,
	bylineNames,
	ImportProblem,
	readMasthead,
} from '../../../src/lib/editor/print-import';
import { SEED_RAW } from '../../helpers/seed';

/** The seed's section and series, as the committed article has them. */
const SEED_OPTIONS = {
	section: 'politics-law',
	series: [{ id: 'saohei-chu-e', title: '全市扫黑除恶专项斗争系列述评' }],
	today: '2026-11-26',
	promoId: 'jiangnan-study-tour',
};
const committed = (path: string) => readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8');
/** Frontmatter fields as written (strings), so dates compare as the editor typed them. */
const fields = (mdx: string) =>
	load(splitFrontmatter(mdx).frontmatter ?? '', { schema: FAILSAFE_SCHEMA }) as Record<string, unknown>;

/** Fields an editor sets by judgement, which an importer cannot know from the page. */
const EDITORIAL = ['summary', 'pubDate', 'seriesOrder', 'tags', 'draft'];
const omit = (data: Record<string, unknown>, keys: readonly string[]) =>
	Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));

describe('importing the seed print page', () => {
	const seedMdx = () => articleMdx(importArticle(SEED_RAW, SEED_OPTIONS), SEED_OPTIONS);

	test('gives the committed article: same fields (editorial ones aside) and the same text', () => {
		const mdx = seedMdx();
		const article = committed('articles/saohei-zhengzhi-zhanwei.mdx');
		expect(omit(fields(mdx), EDITORIAL)).toEqual(omit(fields(article), EDITORIAL));
		expect(splitFrontmatter(mdx).body).toBe(splitFrontmatter(article).body);
	});

	test('is a draft dated the day of import, with a summary within 120 characters', () => {
		const data = fields(seedMdx());
		expect(data['draft']).toBe('true');
		expect(data['pubDate']).toBe('2026-11-26');
		expect([...String(data['summary'])].length).toBeLessThanOrEqual(120);
	});

	test('gives the committed promo (the picture description and draft flag aside)', () => {
		const imported = load(promoYaml(importPromo(SEED_RAW)!)) as Record<string, Record<string, unknown>>;
		const promo = load(committed('promos/jiangnan-study-tour.yaml')) as Record<string, Record<string, unknown>>;
		expect(imported['draft']).toBe(true);
		const comparable = (data: Record<string, Record<string, unknown>>) => ({
			...omit(data, ['draft', 'label']),
			qr: omit(data['qr'] ?? {}, ['alt']),
		});
		expect(comparable(imported)).toEqual(comparable(promo));
	});

	test('a headline naming an unknown series leaves series and part for the editor', () => {
		const article = importArticle('# 全市环保督察系列述评之整改篇\n\n正文。\n', { ...SEED_OPTIONS, series: [] });
		expect([article.series, article.part, article.unknownSeries]).toEqual([undefined, undefined, '全市环保督察系列述评']);
	});

	test('a page without an ad gives no promo', () => {
		expect(importPromo('# 标题\n\n正文。\n\n(来源)\n')).toBeUndefined();
	});
});

/** Options for the small hand-written pages: the headline's series is the second one known. */
const OPTIONS: ImportOptions = {
	section: 'society',
	series: [
		{ id: 'huanbao-ducha', title: '全市环保督察系列述评' },
		{ id: 'saohei-chu-e', title: '全市扫黑除恶专项斗争系列述评' },
	],
	today: '2026-11-26',
};
/** A sentence of `length` characters, its full stop included. */
const sentence = (char: string, length: number) => `${char.repeat(length - 1)}。`;
/** A short article, its source line, then the ad's paragraphs. */
const adPage = (...ad: string[]) => ['# 标题', '正文。', '(本报讯)', ...ad].join('\n\n');

describe('splitPage: where the article ends and the ad begins', () => {
	test.each([
		[
			'the source line ends the article; what follows it is the ad',
			'# 标题\n\n正文。\n\n(新华社)\n\n# 江南研学\n\n扫描二维码 报名',
			{ article: ['# 标题', '正文。'], source: '新华社', ad: ['# 江南研学', '扫描二维码 报名'] },
		],
		['a source line first leaves no article', '（新华社）\n\n正文。', { article: [], source: '新华社', ad: ['正文。'] }],
		[
			'a byline under the headline stays in the article; the last such line is the source',
			'# 标题\n\n（本报记者 张三）\n\n正文。\n\n(新华社)\n\n扫描二维码 报名',
			{ article: ['# 标题', '（本报记者 张三）', '正文。'], source: '新华社', ad: ['扫描二维码 报名'] },
		],
		[
			'without a source line the ad begins at the first QR prompt',
			'# 标题\n\n第一段。\n\n第二段。\n\n扫描二维码 报名\n\n王老师 13304743215',
			{ article: ['# 标题', '第一段。', '第二段。'], ad: ['扫描二维码 报名', '王老师 13304743215'] },
		],
		[
			'… or the first address',
			'# 标题\n\n第一段。\n\n第二段。\n\n地址：乌兰察布市集宁区',
			{ article: ['# 标题', '第一段。', '第二段。'], ad: ['地址：乌兰察布市集宁区'] },
		],
		[
			'… or the first mobile number',
			'# 标题\n\n第一段。\n\n第二段。\n\n13304743215 王老师',
			{ article: ['# 标题', '第一段。', '第二段。'], ad: ['13304743215 王老师'] },
		],
		[
			'a marker in the headline starts no ad',
			'# 热线13304743215开通\n\n正文。',
			{ article: ['# 热线13304743215开通', '正文。'], ad: [] },
		],
		[
			'a page with neither is all article',
			'# 标题\n\n第一段。\n\n第二段。',
			{ article: ['# 标题', '第一段。', '第二段。'], ad: [] },
		],
		['an empty page', '', { article: [], ad: [] }],
		['a leading BOM and CRLF line ends', '\uFEFF# 标题\r\n\r\n正文。\r\n', { article: ['# 标题', '正文。'], ad: [] }],
		['a U+FEFF inside the text is no BOM and stays', '# 标题\n\n正\uFEFF文。', { article: ['# 标题', '正\uFEFF文。'], ad: [] }],
		['CR line ends', '# 标题\r\r正文。\r', { article: ['# 标题', '正文。'], ad: [] }],
		[
			'a blank line holding spaces separates paragraphs, and paragraphs are trimmed',
			'# 标题\n \t\n  正文。  \n\n第二段。',
			{ article: ['# 标题', '正文。', '第二段。'], ad: [] },
		],
	])('%s', (_name, text, expected) => {
		expect(splitPage(text)).toEqual(expected);
	});
});

describe('importArticle: small pages', () => {
	test.each<[string, string, ImportedArticle]>([
		[
			'a plain headline; half-width punctuation in the body made full-width',
			'# 乌兰察布召开会议\n\n会议指出,要压实责任。\n\n第二段。',
			{ authors: [], title: '乌兰察布召开会议', summary: '会议指出，要压实责任。', body: '会议指出，要压实责任。\n\n第二段。\n' },
		],
		[
			'a headline with no space after #',
			'#乌兰察布召开会议\n\n正文。',
			{ authors: [], title: '乌兰察布召开会议', summary: '正文。', body: '正文。\n' },
		],
		[
			'a headline without # keeps a # inside it',
			'C#语言进校园\n\n正文。',
			{ authors: [], title: 'C#语言进校园', summary: '正文。', body: '正文。\n' },
		],
		[
			'a series headline naming a known series gives its id and the part',
			'# 全市扫黑除恶专项斗争系列述评之政治站位篇\n\n正文。',
			{
				authors: [],
				title: '全市扫黑除恶专项斗争系列述评之政治站位篇',
				summary: '正文。',
				series: 'saohei-chu-e',
				part: '政治站位篇',
				body: '正文。\n',
			},
		],
		[
			'a series headline naming no known series leaves series and part unset',
			'# 全市营商环境系列述评之服务篇\n\n正文。',
			{
				authors: [],
				title: '全市营商环境系列述评之服务篇',
				summary: '正文。',
				unknownSeries: '全市营商环境系列述评',
				body: '正文。\n',
			},
		],
		[
			'headings and pull quotes are kept, print breaks joined, the summary taken from the first prose',
			'# 标题\n\n## 压实责任 狠抓落实\n\n“扫黑除恶,人人有责。”\n\n全市各级党组织强化督导检\n\n查等各项工作。第二句。',
			{
				authors: [],
				title: '标题',
				summary: '全市各级党组织强化督导检查等各项工作。第二句。',
				body: '## 压实责任 狠抓落实\n\n<PullQuote>“扫黑除恶，人人有责。”</PullQuote>\n\n全市各级党组织强化督导检查等各项工作。第二句。\n',
			},
		],
		[
			'a print break right after the headline is joined too',
			'# 标题\n\n全市强化督导检\n\n查。',
			{ authors: [], title: '标题', summary: '全市强化督导检查。', body: '全市强化督导检查。\n' },
		],
		[
			'with no prose the summary is the headline',
			'# 全市召开扫黑除恶推进会\n\n## 会议要求',
			{ authors: [], title: '全市召开扫黑除恶推进会', summary: '全市召开扫黑除恶推进会', body: '## 会议要求\n' },
		],
		[
			'the source line gives the source, with full-width punctuation; the ad after it is no part of the article',
			'# 标题\n\n正文。\n\n(新华社,呼和浩特)\n\n扫描二维码 报名',
			{ authors: [], title: '标题', summary: '正文。', source: '新华社，呼和浩特', body: '正文。\n' },
		],
	])('%s', (_name, text, expected) => {
		expect(importArticle(text, OPTIONS)).toEqual(expected);
	});

	test.each([
		['whole sentences, an unfinished tail left out', '第一句话。第二句！尾巴没有句号', '第一句话。第二句！'],
		[
			'sentences up to exactly 120 characters',
			sentence('甲', 50) + sentence('乙', 70) + sentence('丙', 10),
			sentence('甲', 50) + sentence('乙', 70),
		],
		[
			'a sentence that would pass 120 characters is left out',
			sentence('甲', 50) + sentence('乙', 60) + sentence('丙', 20),
			sentence('甲', 50) + sentence('乙', 60),
		],
		['a first sentence over 120 characters is cut at 120', sentence('丁', 130), '丁'.repeat(120)],
		['text with no sentence end is kept whole', '没有句号的一段话', '没有句号的一段话'],
	])('summary: %s', (_name, prose, summary) => {
		expect(importArticle(`# 标题\n\n${prose}`, OPTIONS).summary).toBe(summary);
	});
});

describe('importPromo: small ads', () => {
	test.each<[string, string, ImportedPromo | undefined]>([
		[
			'a full ad: presenter lines, title, subtitle, QR, heading, phones either side of the name, address',
			adPage(
				'《内蒙古晨报》携手',
				'《绍兴日报》全情打造!',
				'#  江南研学夏令营',
				'##  探寻课本里的记忆',
				'扫描二维码 了解详细行程',
				'报名方式 (微信同号)',
				'13304743215 樊瑞老师',
				'朱子辰老师 150-4848-6464',
				'记者站地址: 乌兰察布市创业孵化园4号楼203室',
				'名额有限，先到先得。',
			),
			{
				presenter: '《内蒙古晨报》携手 《绍兴日报》全情打造！',
				title: '江南研学夏令营',
				subtitle: '探寻课本里的记忆',
				qrCaption: '扫描二维码 了解详细行程',
				contacts: {
					heading: '报名方式（微信同号）',
					wechatSameNumber: true,
					people: [
						{ name: '樊瑞老师', phone: '13304743215' },
						{ name: '朱子辰老师', phone: '15048486464' },
					],
				},
				address: { label: '记者站地址', text: '乌兰察布市创业孵化园4号楼203室' },
				// A line the importer does not know is kept for the editor, not dropped.
				details: '名额有限，先到先得。',
			},
		],
		[
			'phones with no heading line are headed 联系方式; a headline saying 报名 is no heading',
			adPage('# 暑期研学火热报名中', '13304743215 樊老师'),
			{
				title: '暑期研学火热报名中',
				contacts: { heading: '联系方式', wechatSameNumber: false, people: [{ name: '樊老师', phone: '13304743215' }] },
			},
		],
		[
			'a 咨询 heading without 微信同号; a spaced number',
			adPage('# 暑期研学', '咨询电话', '樊老师 13304743215', '150 4848 6464 朱老师'),
			{
				title: '暑期研学',
				contacts: {
					heading: '咨询电话',
					wechatSameNumber: false,
					people: [
						{ name: '樊老师', phone: '13304743215' },
						{ name: '朱老师', phone: '15048486464' },
					],
				},
			},
		],
		[
			'with no # line the first line is the title, a # inside it kept; no phones, no contacts',
			adPage('微博话题#江南研学#', '扫描二维码 关注', '地址：乌兰察布市集宁区'),
			{
				title: '微博话题#江南研学#',
				qrCaption: '扫描二维码 关注',
				address: { label: '地址', text: '乌兰察布市集宁区' },
			},
		],
		[
			'a hashtag line before the title is the presenter, not the title nor the contacts heading',
			adPage('#江南研学# 火热报名中', '# 江南研学夏令营', '扫描二维码 了解详情'),
			{ presenter: '#江南研学# 火热报名中', title: '江南研学夏令营', qrCaption: '扫描二维码 了解详情' },
		],
		[
			'only a line beginning with ## is the subtitle',
			adPage('《晨报》 ## 《日报》', '# 江南研学夏令营', '扫描二维码 了解详情'),
			{ presenter: '《晨报》 ## 《日报》', title: '江南研学夏令营', qrCaption: '扫描二维码 了解详情' },
		],
		[
			'a closing line after the numbers (欢迎来电咨询) does not replace the heading above them',
			adPage('# 暑期研学', '报名方式（微信同号）', '13304743215 樊老师', '名额有限，欢迎来电咨询。'),
			{
				title: '暑期研学',
				contacts: { heading: '报名方式（微信同号）', wechatSameNumber: true, people: [{ name: '樊老师', phone: '13304743215' }] },
				details: '名额有限，欢迎来电咨询。',
			},
		],
		[
			'a heading-like line with no number under it gives no contacts (a promo’s need a person)',
			adPage('# 暑期研学', '扫描二维码 了解详情', '欢迎报名咨询。'),
			{ title: '暑期研学', qrCaption: '扫描二维码 了解详情' },
		],
		['an ad part with no QR, address or mobile is no ad', adPage('# 江南研学夏令营', '欢迎报名。'), undefined],
	])('%s', (_name, text, expected) => {
		expect(importPromo(text)).toEqual(expected);
	});

	test('the seed page gives the whole promo', () => {
		expect(importPromo(SEED_RAW)).toEqual({
			presenter: '《内蒙古晨报》携手《绍兴日报》全情打造！',
			title: '江南研学夏令营',
			subtitle: '探寻课本里的记忆',
			qrCaption: '扫描二维码 了解详细行程',
			contacts: {
				heading: '报名方式（微信同号）',
				wechatSameNumber: true,
				people: [
					{ name: '樊瑞老师', phone: '13304743215' },
					{ name: '朱子辰老师', phone: '15048486464' },
					{ name: '王译净老师', phone: '18647497122' },
					{ name: '王小花老师', phone: '15164706459' },
				],
			},
			address: { label: '记者站地址', text: '乌兰察布市创业孵化园4号楼203室' },
		});
	});
});

const ARTICLE_NOTE = '# 导入的草稿：请核对摘要和日期（版面上没有日期，pubDate 暂为导入当天），确认无误后删去 draft 一行。';
const PROMO_NOTE = '# 从印刷版导入的广告草稿：请核对内容、补上投放日期（validFrom/validThrough），确认后删去 draft 一行。';

describe('articleMdx: the whole file', () => {
	test.each<[string, ImportedArticle, ImportOptions, string[]]>([
		[
			'series, part, source and promo',
			{
				authors: [],
				title: '全市扫黑除恶专项斗争系列述评之政治站位篇',
				summary: '乌兰察布市把扫黑除恶专项斗争作为重大政治任务。',
				series: 'saohei-chu-e',
				part: '政治站位篇',
				source: '乌兰察布市扫黑办',
				body: '正文。\n\n第二段。\n',
			},
			{ ...OPTIONS, promoId: 'jiangnan-study-tour' },
			[
				'---',
				'title: 全市扫黑除恶专项斗争系列述评之政治站位篇',
				'summary: 乌兰察布市把扫黑除恶专项斗争作为重大政治任务。',
				ARTICLE_NOTE,
				'pubDate: 2026-11-26',
				'section: society',
				'series: saohei-chu-e',
				'part: 政治站位篇',
				'source: 乌兰察布市扫黑办',
				'promos:',
				'  - jiangnan-study-tour',
				'draft: true',
				'---',
				'',
				'正文。',
				'',
				'第二段。',
				'',
			],
		],
		[
			'an unknown series noted in a comment; no source, no promo; a summary starting with a year written plain',
			{
				authors: [],
				title: '全市营商环境系列述评之服务篇',
				summary: '2018年以来，全市优化营商环境。',
				unknownSeries: '全市营商环境系列述评',
				body: '正文。\n',
			},
			OPTIONS,
			[
				'---',
				'title: 全市营商环境系列述评之服务篇',
				'summary: 2018年以来，全市优化营商环境。',
				ARTICLE_NOTE,
				'pubDate: 2026-11-26',
				'section: society',
				'# 标题中的系列「全市营商环境系列述评」还没有对应的 content/series/ 文件。',
				'draft: true',
				'---',
				'',
				'正文。',
				'',
			],
		],
		[
			'a series with no part gets an empty part for the editor',
			{ authors: [], title: '标题', summary: '正文。', series: 'saohei-chu-e', body: '正文。\n' },
			OPTIONS,
			[
				'---',
				'title: 标题',
				'summary: 正文。',
				ARTICLE_NOTE,
				'pubDate: 2026-11-26',
				'section: society',
				'series: saohei-chu-e',
				'part: ""',
				'draft: true',
				'---',
				'',
				'正文。',
				'',
			],
		],
	])('%s', (_name, article, options, lines) => {
		expect(articleMdx(article, options)).toBe(lines.join('\n'));
	});

	test('a small page, imported and written', () => {
		const page = '# 全市扫黑除恶专项斗争系列述评之政治站位篇\n\n正文第一句。\n\n(乌兰察布市扫黑办)\n\n扫描二维码 报名';
		const options = { ...OPTIONS, promoId: 'jiangnan-study-tour' };
		expect(articleMdx(importArticle(page, options), options)).toBe(
			[
				'---',
				'title: 全市扫黑除恶专项斗争系列述评之政治站位篇',
				'summary: 正文第一句。',
				ARTICLE_NOTE,
				'pubDate: 2026-11-26',
				'section: society',
				'series: saohei-chu-e',
				'part: 政治站位篇',
				'source: 乌兰察布市扫黑办',
				'promos:',
				'  - jiangnan-study-tour',
				'draft: true',
				'---',
				'',
				'正文第一句。',
				'',
			].join('\n'),
		);
	});
});

describe('promoYaml: the whole file', () => {
	test.each<[string, ImportedPromo, string[]]>([
		[
			'every field',
			{
				presenter: '《内蒙古晨报》携手《绍兴日报》全情打造！',
				title: '江南研学夏令营',
				subtitle: '探寻课本里的记忆',
				qrCaption: '扫描二维码 了解详细行程',
				contacts: {
					heading: '报名方式（微信同号）',
					wechatSameNumber: true,
					people: [
						{ name: '樊瑞老师', phone: '13304743215' },
						{ name: '朱子辰老师', phone: '15048486464' },
					],
				},
				address: { label: '记者站地址', text: '乌兰察布市创业孵化园4号楼203室' },
			},
			[
				PROMO_NOTE,
				'presenter: 《内蒙古晨报》携手《绍兴日报》全情打造！',
				'title: 江南研学夏令营',
				'subtitle: 探寻课本里的记忆',
				'qr:',
				'  alt: 江南研学夏令营的二维码',
				'  caption: 扫描二维码 了解详细行程',
				'contacts:',
				'  heading: 报名方式（微信同号）',
				'  wechatSameNumber: true',
				'  people:',
				'    - name: 樊瑞老师',
				"      phone: '13304743215'",
				'    - name: 朱子辰老师',
				"      phone: '15048486464'",
				'address:',
				'  label: 记者站地址',
				'  text: 乌兰察布市创业孵化园4号楼203室',
				'draft: true',
				'',
			],
		],
		['a title only', { title: '江南研学夏令营' }, [PROMO_NOTE, 'title: 江南研学夏令营', 'draft: true', '']],
		[
			'contacts not on WeChat',
			{
				title: '暑期研学',
				contacts: { heading: '联系方式', wechatSameNumber: false, people: [{ name: '樊老师', phone: '13304743215' }] },
			},
			[
				PROMO_NOTE,
				'title: 暑期研学',
				'contacts:',
				'  heading: 联系方式',
				'  wechatSameNumber: false',
				'  people:',
				'    - name: 樊老师',
				"      phone: '13304743215'",
				'draft: true',
				'',
			],
		],
	])('%s', (_name, promo, lines) => {
		expect(promoYaml(promo)).toBe(lines.join('\n'));
	});

	test.each([
		['plain Chinese is written plain', '江南研学夏令营', '江南研学夏令营'],
		[
			'Latin letters, digits inside and the allowed marks are written plain',
			'AI研学2期（第一期）：《报名》“须知”，欢迎！、 - 好_',
			'AI研学2期（第一期）：《报名》“须知”，欢迎！、 - 好_',
		],
		['a value starting with a year that YAML reads as text is written plain', '2018年研学', '2018年研学'],
		// YAML would read these as a list, a boolean, null, numbers or a document marker.
		['a list item', '- 研学', '"- 研学"'],
		['true', 'true', '"true"'],
		['null', 'null', '"null"'],
		['a negative number', '-1', '"-1"'],
		['a year alone', '2018', '"2018"'],
		['a number in exponent form', '1e3', '"1e3"'],
		['a document marker', '---', '"---"'],
		['a value ending in another mark is quoted', '研学？', '"研学？"'],
		['a value starting with another mark is quoted', '【广告】研学', '"【广告】研学"'],
		['a value holding ": " is quoted', '报名: 樊老师', '"报名: 樊老师"'],
		['quotes and backslashes are escaped', '他说"好"\\', '"他说\\"好\\"\\\\"'],
		['an empty value is quoted', '', '""'],
	])('YAML strings: %s', (_name, title, written) => {
		const yaml = promoYaml({ title });
		expect(yaml).toBe([PROMO_NOTE, `title: ${written}`, 'draft: true', ''].join('\n'));
		expect((load(yaml) as Record<string, unknown>)['title']).toBe(title);
	});
});

describe('readMasthead: the paper, the printed date and the page, read off and left out', () => {
	test.each([
		['内蒙古晨报\n2019年7月15日 星期一\n第3版\n\n标题\n\n正文。', '2019-07-15', '标题\n\n正文。'],
		['2019年8月2日 星期五 第A5版 社会\n\n标题', '2019-08-02', '标题'],
		['乌兰察布日报\n2019年12月1日\nA3版 要闻\n标题', '2019-12-01', '标题'],
		['# 标题\n\n2019年7月1日，会议召开。', undefined, '# 标题\n\n2019年7月1日，会议召开。'],
		['标题\n\n正文', undefined, '标题\n\n正文'],
		['\uFEFF内蒙古晨报\r\n标题', undefined, '标题'],
	])('%j', (text, printed, rest) => {
		expect(readMasthead(text)).toEqual({ printed, text: rest });
	});

	test.each(['<!DOCTYPE html><html>', '<p>本报讯</p>', '\n<div class="t">标题</div>', '<BR>'])('HTML is refused: %j', (text) => {
		expect(() => readMasthead(text)).toThrow(ImportProblem);
	});
});

describe('bylineNames', () => {
	test.each([
		['本报记者 张明 通讯员 刘芳', ['张明', '刘芳']],
		['□本报记者 李华', ['李华']],
		['记者 张明、李华 实习生 王五', ['张明', '李华', '王五']],
		['本报通讯员　赵六', ['赵六']],
		['本报记者 张明 摄', ['张明']],
		['记者 李华 文/图', ['李华']],
	])('%s', (line, names) => {
		expect(bylineNames(line)).toEqual(names);
	});
});

describe('importArticle: what is refused', () => {
	test.each([
		['an empty page', ''],
		['a first paragraph too long for a headline', `${'很长的一段话'.repeat(14)}\n\n正文。`],
		['a headline of two lines', '第一行\n第二行\n\n正文。'],
	])('%s', (_name, text) => {
		expect(() => importArticle(text, OPTIONS)).toThrow(ImportProblem);
	});

	test('a headline with nothing under it', () => {
		expect(() => importArticle('# 标题', OPTIONS)).toThrow('「标题」下面没有正文，没有导入');
	});

	test('a byline line that is a sentence stays in the text; only the first byline is one', () => {
		const article = importArticle('# 标题\n\n记者 张明\n\n记者 李华采访了村民。\n\n记者 王五', OPTIONS);
		expect(article.authors).toEqual(['张明']);
		expect(article.body).toBe('记者 李华采访了村民。\n\n记者 王五\n');
	});
});

test('a refusal quotes the page on one line: its line breaks and control characters are spaces', () => {
	expect(() => importArticle('第一行\n::error::第二行\n\n正文。', OPTIONS)).toThrow('现在的第一段是「第一行 ::error::第二行」。');
	expect(() => importArticle('# 标题\u0007', OPTIONS)).toThrow('「标题 」下面没有正文');
});
