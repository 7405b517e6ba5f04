/**
 * The only field rules for editors' files (SPEC §3): every field, type, default and constraint,
 * with messages for editors in Chinese naming what was expected. The build (content.config.ts,
 * with Astro's image() and reference()) and the content check (with plain stand-ins, see
 * gate.ts) both build their schemas from these factories, so both reach the same verdict.
 */
import { z } from 'astro/zod';
import { SITE } from '../../site.config';
import { CALENDAR_DATE_PATTERN, parseContentDate } from '../dates';
import { isValidPhone, PHONE_PATTERN } from '../phone';
import { ID_PATTERN, tagSlug } from '../slug';
import { didYouMean, nearest } from './nearest';

/** Longest summary, in characters as readers count them. */
export const SUMMARY_MAX = 120;

/** Character count as readers see it (a Chinese character is one, whatever its UTF-16 length). */
const charCount = (text: string) => [...text].length;

// Each field says what it is (`what`) in the JSON Schemas an editor's VS Code shows (editor/json-schemas.ts):
// the YAML files' fields. An article's fields are in MDX, which VS Code checks against no schema.
/**
 * Longest text of a field, in characters, unless the field says otherwise: no name, caption or
 * address the paper prints comes near it, and it keeps one field from making every page huge.
 */
export const TEXT_MAX = 500;
/** A headline in print rarely runs past 40 characters. */
export const TITLE_MAX = 80;
/** Tags per article, and characters per tag: a tag is a name (a place, a campaign), not a sentence. */
export const TAGS_MAX = 10;
export const TAG_MAX = 20;
/** An ad's itinerary, dates and fees (its details, Markdown). */
export const DETAILS_MAX = 5_000;
/** A QR code's address: a longer one makes a code too dense to scan from paper. */
export const QR_URL_MAX = 300;

/** A field's words without its name in brackets (摘要 for 摘要（summary）): the message's line names the field already. */
const plain = (what: string) => what.replace(/（[^）]*）$/, '');

const requiredText = (what: string, max = TEXT_MAX) =>
	z
		.string({ error: (issue) => (issue.input === undefined ? `必须填写${what}` : `${what}应为文字`) })
		.trim()
		.min(1, { error: `${what}不能为空` })
		.refine((text) => charCount(text) <= max, {
			error: (issue) => `${plain(what)}最多 ${max} 个字，现为 ${charCount(String(issue.input).trim())} 个`,
		})
		.describe(what);

const optionalText = (what: string, max = TEXT_MAX) => requiredText(what, max).optional();

const contentDate = (what: string, options: { endOfDay?: boolean } = {}) =>
	z
		.unknown()
		.transform((value, ctx) => {
		const date = parseContentDate(value, options);
		if (date) return date;
		ctx.addIssue({
			code: 'custom',
			message:
				value === undefined || value === null
					? `必须填写${what}，格式如 2019-07-01`
					: `${what}「${String(value)}」不是有效日期，应为 2019-07-01 或 2019-07-01T08:30:00+08:00`,
		});
		return z.NEVER;
		})
		.meta({
			type: 'string',
			pattern: CALENDAR_DATE_PATTERN.source,
			patternErrorMessage: `${what}应写成 2019-07-01（年-月-日，月和日都是两位），或 2019-07-01T08:30:00+08:00`,
			description: `${what}，如 2019-07-01`,
		});

const phone = z
	.string({ error: '电话应为文字，如 133 0474 3215' })
	.refine(isValidPhone, {
		error: (issue) => `「${String(issue.input)}」不是有效电话：应为 11 位手机号（1 开头，第二位 3–9）或带区号的固定电话`,
	})
	.meta({
		pattern: PHONE_PATTERN.source,
		patternErrorMessage: '不是有效电话：应为 11 位手机号（1 开头，第二位 3–9）或带区号的固定电话，如 133 0474 3215、0474-8312345',
		description: '电话（phone），手机号或带区号的固定电话，如 133 0474 3215',
	});

const urlField = (what: string, max = TEXT_MAX) =>
	z
		.url({ protocol: /^https?$/, error: `${what}应为以 http:// 或 https:// 开头的完整网址` })
		.max(max, { error: (issue) => `${plain(what)}最多 ${max} 个字符，现为 ${String(issue.input).length} 个` })
		.meta({
		pattern: '^[hH][tT][tT][pP][sS]?://\\S+$',
		patternErrorMessage: `${what}应为以 http:// 或 https:// 开头的完整网址`,
		description: `${what}，以 https:// 开头`,
	});

/**
 * What the schemas need from their caller: Astro's `image()` and `reference()` in the build,
 * path strings in the content check (which resolves and decodes pictures and references itself).
 */
export interface SchemaTools<Picture extends z.ZodType, Reference extends z.ZodType> {
	image: () => Picture;
	reference: (collection: 'sections' | 'series' | 'promos') => Reference;
}

/** Fields that would give an entry another id than its file name: a takeover, never allowed. */
export const ID_OVERRIDES = ['slug', 'id'] as const;

/**
 * An object that takes only the fields listed: a misspelt field is an error, not silently lost,
 * and `slug:` cannot rename an entry onto another one's address.
 */
// Stryker disable next-line ArrayDeclaration: the mutant's default names a field no editor writes ("Stryker was here")
function fields<Shape extends z.ZodRawShape>(shape: Shape, identity: readonly string[] = []) {
	const names = Object.keys(shape);
	const known = names.join('、');
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code !== 'unrecognized_keys') return undefined;
			const takeover = issue.keys.filter((key) => identity.includes(key));
			return takeover.length > 0
				? `不能用 ${takeover.join('、')} 指定编号或网址：编号只来自文件名`
				: `没有 ${issue.keys.join('、')} 这个字段${guessField(issue.keys, names) ?? `；可用的字段：${known}`}`;
		},
	});
}

const tag = requiredText('标签（tags）', TAG_MAX).refine((text) => tagSlug(text) !== '', {
	error: (issue) => `标签「${String(issue.input)}」里没有汉字、字母或数字，无法生成网址`,
});

/** "，是不是 summary？" for one misspelt field whose right name is near, else undefined. */
function guessField(keys: readonly string[], names: readonly string[]): string | undefined {
	const guess = keys.length === 1 ? nearest(keys[0]!, names) : undefined;
	return guess === undefined ? undefined : `，${didYouMean(guess)}`;
}

// sections.yaml names its entries by `id`, so only `slug` is an override there.
export const sectionSchema = () =>
	fields(
		{
			// Written as is (not trimmed): it is the section's address, as Astro's file() loader takes it.
			id: z
				.string({ error: '必须填写栏目编号（id），如 politics-law' })
				.regex(ID_PATTERN, { error: (issue) => `栏目编号（id）「${String(issue.input)}」应为小写英文字母、数字和连字符，如 politics-law` })
				.meta({
					patternErrorMessage: '栏目编号（id）应为小写英文字母、数字和连字符，如 politics-law',
					description: '栏目编号（id），用在网址里：小写英文字母、数字和连字符，如 politics-law',
				}),
			name: requiredText('栏目名称（name）'),
			description: optionalText('栏目简介（description）'),
		},
		['slug'],
	);

export const seriesSchema = () =>
	fields(
		{
			title: requiredText('系列标题（title）', TITLE_MAX),
			description: requiredText('系列简介（description）'),
			publication: optionalText('刊载媒体（publication）'),
		},
		ID_OVERRIDES,
	);

/** An article's fields around its cover, which depend on nothing of the entry's own. */
const articleFields = <R extends z.ZodType>(reference: SchemaTools<z.ZodType, R>['reference']) => ({
	before: {
		title: requiredText('标题（title）', TITLE_MAX),
		subtitle: optionalText('副标题（subtitle）', TITLE_MAX),
		summary: requiredText('摘要（summary）', SUMMARY_MAX),
		pubDate: contentDate('发布日期（pubDate）'),
		updatedDate: contentDate('更新日期（updatedDate）').optional(),
		section: reference('sections').describe('栏目（section）'),
		series: reference('series').describe('所属系列（series）').optional(),
		part: optionalText('系列篇名（part）'),
		seriesOrder: z
			.number({ error: '系列序号（seriesOrder）应为数字，如 1' })
			.int()
			.positive()
			.describe('系列序号（seriesOrder），第几篇，如 1')
			.optional(),
		source: optionalText('来源（source）'),
		authors: z.array(requiredText('作者（authors）')).describe('作者（authors），每行一位').default([]),
		editor: optionalText('责任编辑（editor）'),
		publication: requiredText('刊载媒体（publication）').default(SITE.publication),
		tags: z
			.array(tag)
			.max(TAGS_MAX, { error: `标签最多 ${TAGS_MAX} 个` })
			.describe(`标签（tags），每行一个，最多 ${TAGS_MAX} 个`)
			.default([]),
	},
	after: {
		coverAlt: optionalText('封面图说明（coverAlt）'),
		coverCaption: optionalText('封面图注（coverCaption）'),
		promos: z.array(reference('promos')).describe('本文配的广告（promos）').default([]),
		featured: z.boolean({ error: 'featured 应为 true 或 false' }).describe('头条（featured）：true 时在首页突出显示').default(false),
		draft: z.boolean({ error: 'draft 应为 true 或 false' }).describe('草稿（draft）：true 时不发布').default(false),
	},
});

/**
 * The fields made once per reference tool and shared: Astro calls an article's schema once per
 * entry, with that entry's own image(), and building every field anew cost about a millisecond an
 * article (a second at 1,000). The fields are immutable; only the cover and the object are new.
 */
const sharedFields = new WeakMap<object, unknown>();
function articleFieldsFor<R extends z.ZodType>(reference: SchemaTools<z.ZodType, R>['reference']) {
	const known = sharedFields.get(reference) as ReturnType<typeof articleFields<R>> | undefined;
	if (known) return known;
	const made = articleFields(reference);
	sharedFields.set(reference, made);
	return made;
}

export const articleSchema = <P extends z.ZodType, R extends z.ZodType>({ image, reference }: SchemaTools<P, R>) => {
	const { before, after } = articleFieldsFor(reference);
	return fields({ ...before, cover: image().describe('封面图（cover）').optional(), ...after }, ID_OVERRIDES).superRefine((data, ctx) => {
			for (const field of ['part', 'seriesOrder'] as const) {
				if (data[field] !== undefined && data.series === undefined) {
					ctx.addIssue({ code: 'custom', path: [field], message: `填写了 ${field} 就必须同时填写所属系列（series）` });
				}
			}
			if (data.cover !== undefined && data.coverAlt === undefined) {
				// Said at the cover's line: the field to add has no line of its own yet.
				ctx.addIssue({
					code: 'custom',
					path: ['cover'],
					message: '有封面图（cover）就必须填写图片说明（coverAlt），供读屏软件朗读',
				});
			}
			if (data.updatedDate && data.updatedDate < data.pubDate) {
				ctx.addIssue({ code: 'custom', path: ['updatedDate'], message: '更新日期（updatedDate）不能早于发布日期（pubDate）' });
			}
		});
};

/** A promo refers to nothing else, so it needs only the picture tool. */
export const promoSchema = <P extends z.ZodType>({ image }: Pick<SchemaTools<P, z.ZodType>, 'image'>) =>
	fields({
			label: requiredText('广告标识（label）').default('广告'),
			presenter: optionalText('主办方（presenter）'),
			title: requiredText('广告标题（title）', TITLE_MAX),
			subtitle: optionalText('广告副标题（subtitle）', TITLE_MAX),
			qr: fields({
					image: image().describe('二维码图片（qr.image），与广告放在同一文件夹').optional(),
					url: urlField('二维码网址（qr.url）', QR_URL_MAX).optional(),
					alt: requiredText('二维码图片说明（qr.alt）'),
					caption: requiredText('二维码说明文字（qr.caption）'),
				})
				.describe('二维码（qr）：放广告主的二维码图片，或写网址由网站生成')
				.optional(),
			contacts: fields({
					heading: requiredText('联系方式标题（contacts.heading）'),
					wechatSameNumber: z
						.boolean({ error: 'contacts.wechatSameNumber 应为 true 或 false' })
						.describe('微信同号（wechatSameNumber）：true 时电话后注明“微信同号”')
						.default(false),
					people: z
						.array(fields({ name: requiredText('联系人（name）'), phone }))
						.min(1, { error: '联系方式（contacts.people）至少要有一人' })
						.describe('联系人（people），每人写姓名和电话'),
				})
				.describe('联系方式（contacts）')
				.optional(),
			address: fields({ label: requiredText('地址标签（address.label）'), text: requiredText('地址（address.text）') })
				.describe('地址（address）')
				.optional(),
			link: urlField('广告链接（link）').optional(),
			// Markdown shown on the promo's own page only (itinerary, dates, fees); its rules: plain-markdown.ts.
			details: optionalText('广告详情（details）', DETAILS_MAX),
			// Drafts (an imported ad not yet checked) show in `astro dev` only.
			draft: z.boolean({ error: 'draft 应为 true 或 false' }).describe('草稿（draft）：true 时不发布').default(false),
			validFrom: contentDate('开始日期（validFrom）').optional(),
			// A bare day runs to its end: validThrough: 2019-08-31 includes the 31st.
			validThrough: contentDate('截止日期（validThrough）', { endOfDay: true }).optional(),
		}, ID_OVERRIDES)
		.superRefine((data, ctx) => {
			if (data.validFrom && data.validThrough && data.validThrough < data.validFrom) {
				ctx.addIssue({
					code: 'custom',
					path: ['validThrough'],
					message: '截止日期（validThrough）不能早于开始日期（validFrom）',
				});
			}
		});

