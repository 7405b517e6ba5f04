import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { articleSchema, promoSchema, sectionSchema, seriesSchema } from '../../src/lib/content/schema';

/** Stands in for Astro's image(): the real one needs a build; here only its presence matters. */
const image = () => z.object({ src: z.string(), width: z.number(), height: z.number(), format: z.string() });
/** Stands in for Astro's reference(): an id becomes { id, collection }, as in the build. */
const reference = (collection: string) => z.string().transform((id) => ({ id, collection }));
const context = { image, reference };
// Built in each test, not once at load: a test then runs the schema's own construction (its
// messages, limits and patterns), so a change to any of them fails the tests that name it.
const articles = () => articleSchema(context);
const promos = () => promoSchema(context);

const goodArticle = {
	title: '全市扫黑除恶专项斗争系列述评之政治站位篇',
	summary: '乌兰察布市把扫黑除恶专项斗争作为重大政治任务。',
	pubDate: '2019-07-01',
	section: 'politics-law',
	series: 'saohei-chu-e',
	part: '政治站位篇',
	source: '乌兰察布市扫黑办',
};

const goodPromo = {
	title: '江南研学夏令营',
	qr: { alt: '江南研学夏令营详细行程页面的二维码', caption: '扫描二维码 了解详细行程' },
	contacts: { heading: '报名方式（微信同号）', wechatSameNumber: true, people: [{ name: '樊瑞老师', phone: '13304743215' }] },
	address: { label: '记者站地址', text: '乌兰察布市创业孵化园4号楼203室' },
};

const cover = { src: '/cover.jpg', width: 1200, height: 800, format: 'jpg' };

/** Each problem as an editor reads it: `field: message`. */
function problems(schema: z.ZodType, data: unknown): string[] {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('articles', () => {
	test('the seed article parses, with the schema’s defaults filled in', () => {
		const data = articles().parse(goodArticle);
		expect(data).toMatchObject({
			publication: '内蒙古晨报',
			featured: false,
			draft: false,
			tags: [],
			authors: [],
			promos: [],
			section: { id: 'politics-law', collection: 'sections' },
			series: { id: 'saohei-chu-e', collection: 'series' },
		});
		expect(data.pubDate.toISOString()).toBe('2019-06-30T16:00:00.000Z');
	});

	test.each([
		['missing title', { title: undefined }, 'title: 必须填写标题（title）'],
		['empty title', { title: '  ' }, 'title: 标题（title）不能为空'],
		['title of the wrong type', { title: 42 }, 'title: 标题（title）应为文字'],
		['missing summary', { summary: undefined }, 'summary: 必须填写摘要（summary）'],
		['summary over 120 characters', { summary: '字'.repeat(121) }, 'summary: 摘要最多 120 个字，现为 121 个'],
		['missing date', { pubDate: undefined }, 'pubDate: 必须填写发布日期（pubDate），格式如 2019-07-01'],
		[
			'unparseable date',
			{ pubDate: '2019年7月1日' },
			'pubDate: 发布日期（pubDate）「2019年7月1日」不是有效日期，应为 2019-07-01 或 2019-07-01T08:30:00+08:00',
		],
		['impossible date', { pubDate: '2019-02-30' }, expect.stringMatching(/^pubDate: 发布日期（pubDate）「2019-02-30」不是有效日期/)],
		['part without series', { series: undefined }, 'part: 填写了 part 就必须同时填写所属系列（series）'],
		['seriesOrder without series', { series: undefined, part: undefined, seriesOrder: 2 }, 'seriesOrder: 填写了 seriesOrder 就必须同时填写所属系列（series）'],
		['cover without coverAlt', { cover }, 'cover: 有封面图（cover）就必须填写图片说明（coverAlt），供读屏软件朗读'],
		['updated before published', { updatedDate: '2019-06-30' }, 'updatedDate: 更新日期（updatedDate）不能早于发布日期（pubDate）'],
		['draft as text', { draft: 'yes' }, 'draft: draft 应为 true 或 false'],
	])('%s', (_name, change, message) => {
		expect(problems(articles(), { ...goodArticle, ...change })).toEqual([message]);
	});

	test('a summary of exactly 120 Chinese characters is allowed', () => {
		expect(problems(articles(), { ...goodArticle, summary: '字'.repeat(120) })).toEqual([]);
	});

	test('a cover with its alt text is accepted', () => {
		expect(problems(articles(), { ...goodArticle, cover, coverAlt: '乌兰察布市委大楼' })).toEqual([]);
	});
});

describe('promos', () => {
	test('the seed ad parses, the label defaulting to 广告', () => {
		const data = promos().parse(goodPromo);
		expect(data.label).toBe('广告');
		expect(data.contacts?.people[0]?.phone).toBe('13304743215');
	});

	test.each([
		['missing title', { title: undefined }, 'title: 必须填写广告标题（title）'],
		[
			'invalid phone',
			{ contacts: { ...goodPromo.contacts, people: [{ name: '樊瑞老师', phone: '1330474321O' }] } },
			'contacts.people.0.phone: 「1330474321O」不是有效电话：应为 11 位手机号（1 开头，第二位 3–9）或带区号的固定电话',
		],
		['QR without alt', { qr: { caption: '扫描二维码' } }, 'qr.alt: 必须填写二维码图片说明（qr.alt）'],
		['QR URL that is not a URL', { qr: { ...goodPromo.qr, url: 'jiangnan.example' } }, 'qr.url: 二维码网址（qr.url）应为以 http:// 或 https:// 开头的完整网址'],
		['javascript: link', { link: 'javascript:alert(1)' }, 'link: 广告链接（link）应为以 http:// 或 https:// 开头的完整网址'],
		[
			'validThrough before validFrom',
			{ validFrom: '2019-07-10', validThrough: '2019-07-01' },
			'validThrough: 截止日期（validThrough）不能早于开始日期（validFrom）',
		],
		['no contacts listed', { contacts: { ...goodPromo.contacts, people: [] } }, 'contacts.people: 联系方式（contacts.people）至少要有一人'],
	])('%s', (_name, change, message) => {
		expect(problems(promos(), { ...goodPromo, ...change })).toEqual([message]);
	});
});

describe('series and sections', () => {
	test('a series needs a title and a description', () => {
		expect(problems(seriesSchema(), { title: '全市扫黑除恶专项斗争系列述评' })).toEqual(['description: 必须填写系列简介（description）']);
	});

	test('a section needs an id and a name', () => {
		expect(problems(sectionSchema(), { id: 'politics-law' })).toEqual(['name: 必须填写栏目名称（name）']);
	});

	test.each(['politics-law/2', '../../../sections/politics-law', ' politics-law', 'Politics', '政法'])(
		'a section id is an address: %j is refused as it is written',
		(id) => {
			expect(problems(sectionSchema(), { id, name: '政法' })).toEqual([
				`id: 栏目编号（id）「${id}」应为小写英文字母、数字和连字符，如 politics-law`,
			]);
		},
	);

	test('a kebab-case section id passes', () => {
		expect(problems(sectionSchema(), { id: 'bench-economy-2', name: '经济' })).toEqual([]);
	});
});

describe('every field’s message names the field as editors know it', () => {
	test.each([
		['title', 1, 'title: 标题（title）应为文字'],
		['subtitle', 1, 'subtitle: 副标题（subtitle）应为文字'],
		['updatedDate', '2019-13-45', 'updatedDate: 更新日期（updatedDate）「2019-13-45」不是有效日期，应为 2019-07-01 或 2019-07-01T08:30:00+08:00'],
		['part', 1, 'part: 系列篇名（part）应为文字'],
		['seriesOrder', '一', 'seriesOrder: 系列序号（seriesOrder）应为数字，如 1'],
		['source', 1, 'source: 来源（source）应为文字'],
		['authors', [1], 'authors.0: 作者（authors）应为文字'],
		['editor', 1, 'editor: 责任编辑（editor）应为文字'],
		['publication', 1, 'publication: 刊载媒体（publication）应为文字'],
		['tags', [1], 'tags.0: 标签（tags）应为文字'],
		['coverAlt', 1, 'coverAlt: 封面图说明（coverAlt）应为文字'],
		['coverCaption', 1, 'coverCaption: 封面图注（coverCaption）应为文字'],
		['featured', 'yes', 'featured: featured 应为 true 或 false'],
		['draft', 'yes', 'draft: draft 应为 true 或 false'],
		['pubDate', null, 'pubDate: 必须填写发布日期（pubDate），格式如 2019-07-01'],
	])('an article’s %s: %j', (field, value, message) => {
		expect(problems(articles(), { ...goodArticle, [field]: value })).toEqual([message]);
	});

	test.each([
		['label', 1, 'label: 广告标识（label）应为文字'],
		['draft', 'no', 'draft: draft 应为 true 或 false'],
		['validFrom', '2019-02-30', 'validFrom: 开始日期（validFrom）「2019-02-30」不是有效日期，应为 2019-07-01 或 2019-07-01T08:30:00+08:00'],
		['link', 'ftp://example.org/', 'link: 广告链接（link）应为以 http:// 或 https:// 开头的完整网址'],
		['link', 'httpx://example.org/', 'link: 广告链接（link）应为以 http:// 或 https:// 开头的完整网址'],
		['link', 'xhttp://example.org/', 'link: 广告链接（link）应为以 http:// 或 https:// 开头的完整网址'],
		['contacts', { ...goodPromo.contacts, wechatSameNumber: '是' }, 'contacts.wechatSameNumber: contacts.wechatSameNumber 应为 true 或 false'],
		['contacts', { ...goodPromo.contacts, people: [{ name: '樊瑞老师', phone: 13304743215 }] }, 'contacts.people.0.phone: 电话应为文字，如 133 0474 3215'],
	])('a promo’s %s: %j', (field, value, message) => {
		expect(problems(promos(), { ...goodPromo, [field]: value })).toEqual([message]);
	});

	test.each(['http://example.org/', 'https://example.org/'])('a promo link may be %s', (link) => {
		expect(problems(promos(), { ...goodPromo, link })).toEqual([]);
	});

	test('a section id that is not text says what to write', () => {
		expect(problems(sectionSchema(), { id: 7, name: '政法' })).toEqual(['id: 必须填写栏目编号（id），如 politics-law']);
	});
});

describe('fields that take over an entry’s id, and fields that do not exist', () => {
	test('slug in an article, or in a section, is a takeover; a misspelt field gets its nearest name, or the list', () => {
		expect(problems(articles(), { ...goodArticle, slug: 'x' })).toEqual([': 不能用 slug 指定编号或网址：编号只来自文件名']);
		expect(problems(sectionSchema(), { id: 'politics-law', name: '政法', slug: 'x' })).toEqual([
			': 不能用 slug 指定编号或网址：编号只来自文件名',
		]);
		expect(problems(seriesSchema(), { title: '系列', description: '简介', titel: '错' })).toEqual([': 没有 titel 这个字段，是不是 title？']);
		expect(problems(seriesSchema(), { title: '系列', description: '简介', author: '错' })).toEqual([
			': 没有 author 这个字段；可用的字段：title、description、publication',
		]);
		// Several at once: named together.
		expect(problems(articles(), { ...goodArticle, slug: 'x', id: 'y' })).toEqual([': 不能用 slug、id 指定编号或网址：编号只来自文件名']);
		// Several at once: named together, with the list.
		expect(problems(seriesSchema(), { title: '系列', description: '简介', titel: '错', summery: '错' })).toEqual([
			': 没有 titel、summery 这个字段；可用的字段：title、description、publication',
		]);
	});
});

describe('dates that depend on each other', () => {
	test('an article updated the moment it was published is fine; a moment before is not', () => {
		const at = '2019-07-01T08:00:00+08:00';
		expect(problems(articles(), { ...goodArticle, pubDate: at, updatedDate: at })).toEqual([]);
		expect(problems(articles(), { ...goodArticle, pubDate: at, updatedDate: '2019-07-01T07:59:00+08:00' })).toEqual([
			'updatedDate: 更新日期（updatedDate）不能早于发布日期（pubDate）',
		]);
	});

	test('an ad may end the moment it starts; a bare last day runs to that day’s end in Beijing', () => {
		const at = '2019-08-01T09:00:00+08:00';
		expect(problems(promos(), { ...goodPromo, validFrom: at, validThrough: at })).toEqual([]);
		expect(problems(promos(), { ...goodPromo, validFrom: at, validThrough: '2019-08-01T08:00:00+08:00' })).toEqual([
			'validThrough: 截止日期（validThrough）不能早于开始日期（validFrom）',
		]);
		const parsed = promos().parse({ ...goodPromo, validThrough: '2019-08-31' });
		expect(parsed.validThrough?.toISOString()).toBe('2019-08-31T15:59:59.999Z');
	});
});
