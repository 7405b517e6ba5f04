/**
 * Turns a print page's text dump (like the seed) into a draft article and, where the page holds
 * an advertisement, a draft promo: headline split into series and part, `##` sections kept,
 * the trailing （来源） line made the source, stand-alone quotations set as <PullQuote>, print
 * breaks joined and half-width punctuation made full-width. Pure: text in, files' text out.
 */
import { parseYaml } from '../content/source';
import { fixPunctuationWidth, isPrintBreak } from './cjk-text';
import { phoneDigits } from '../phone';

export interface ImportOptions {
	section: string;
	/** Existing series, to find the id of the one the headline names. */
	series: readonly { id: string; title: string }[];
	/** Today in Beijing, YYYY-MM-DD: the draft's pubDate until an editor sets the real one. */
	today: string;
	promoId?: string | undefined;
}

export interface ImportedArticle {
	title: string;
	summary: string;
	series?: string | undefined;
	/** The series named by the headline when no series file has that title. */
	unknownSeries?: string | undefined;
	part?: string | undefined;
	source?: string | undefined;
	body: string;
}

export interface ImportedPromo {
	presenter?: string | undefined;
	title: string;
	subtitle?: string | undefined;
	qrCaption?: string | undefined;
	contacts?: { heading: string; wechatSameNumber: boolean; people: { name: string; phone: string }[] } | undefined;
	address?: { label: string; text: string } | undefined;
}

const SOURCE_LINE = /^[（(]\s*([^（）()]+?)\s*[）)]$/;
const SERIES_HEADLINE = /^(.+?系列述评)之(.+?篇)$/;
const STANDALONE_QUOTE = /^“[^“”]+”[。！？]?$/;
const PHONE_LINE = /^(?:(1[3-9]\d[\d\s-]{8,12})\s*(\S.*)|(\S.*?)\s*(1[3-9]\d[\d\s-]{8,12}))$/;
const ADDRESS_LINE = /^(.{0,12}地址)\s*[:：]\s*(.+)$/;
const AD_MARKERS = /扫描二维码|地址[:：]|1[3-9]\d{9}/;

function paragraphs(text: string): string[] {
	return text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter(Boolean);
}

/** Joins paragraphs cut mid-word by print breaks; headings are never joined. */
function joinBreaks(items: readonly string[]): string[] {
	const joined: string[] = [];
	for (const item of items) {
		const previous = joined.at(-1);
		if (previous !== undefined && isPrintBreak(previous, item)) {
			joined[joined.length - 1] = previous + item;
		} else joined.push(item);
	}
	return joined;
}

/** The first sentences of the text, up to `limit` characters. */
function summaryOf(text: string, limit = 120): string {
	let summary = '';
	for (const sentence of text.match(/[^。！？]+[。！？]/gu) ?? [text]) {
		if ([...(summary + sentence)].length > limit) break;
		summary += sentence;
	}
	return summary || [...text].slice(0, limit).join('');
}

export function splitPage(text: string): { article: string[]; source?: string | undefined; ad: string[] } {
	const items = paragraphs(text);
	// The last such line: one above it (a byline, a picture's credit) is part of the article.
	const sourceAt = items.findLastIndex((item) => SOURCE_LINE.test(item));
	if (sourceAt >= 0) {
		return {
			article: items.slice(0, sourceAt),
			source: SOURCE_LINE.exec(items[sourceAt] ?? '')?.[1],
			ad: items.slice(sourceAt + 1),
		};
	}
	const adAt = items.findIndex((item, index) => AD_MARKERS.test(item) && index > 0);
	return adAt >= 0 ? { article: items.slice(0, adAt), ad: items.slice(adAt) } : { article: items, ad: [] };
}

export function importArticle(text: string, options: ImportOptions): ImportedArticle {
	const { article, source } = splitPage(text);
	const [headline = '', ...rest] = article;
	const title = fixPunctuationWidth(headline.replace(/^#\s*/, '').trim());
	const body = joinBreaks(rest).map((item) => {
		const fixed = fixPunctuationWidth(item);
		return STANDALONE_QUOTE.test(fixed) ? `<PullQuote>${fixed}</PullQuote>` : fixed;
	});
	const named = SERIES_HEADLINE.exec(title);
	const series = named && options.series.find((entry) => entry.title === named[1]);
	const firstProse = body.find((item) => !item.startsWith('#') && !item.startsWith('<')) ?? title;
	return {
		title,
		summary: summaryOf(firstProse),
		series: series?.id,
		unknownSeries: named && !series ? named[1] : undefined,
		part: named && series ? named[2] : undefined,
		source: source && fixPunctuationWidth(source),
		body: `${body.join('\n\n')}\n`,
	};
}

export function importPromo(text: string): ImportedPromo | undefined {
	const ad = splitPage(text).ad.map(fixPunctuationWidth);
	if (!ad.some((item) => AD_MARKERS.test(item))) return undefined;
	const titleAt = ad.findIndex((item) => /^#\s/.test(item));
	const people: { name: string; phone: string }[] = [];
	let contacts: ImportedPromo['contacts'];
	let address: ImportedPromo['address'];
	let qrCaption: string | undefined;
	for (const item of ad) {
		const phone = PHONE_LINE.exec(item);
		const place = ADDRESS_LINE.exec(item);
		if (phone) people.push({ phone: phoneDigits(phone[1] ?? phone[4] ?? ''), name: (phone[2] ?? phone[3] ?? '').trim() });
		else if (place) address = { label: (place[1] ?? '').trim(), text: (place[2] ?? '').trim() };
		else if (item.includes('扫描二维码')) qrCaption = item;
		// The heading comes before the numbers: a closing line (欢迎来电咨询) is not one.
		else if (people.length === 0 && /报名|咨询|联系/.test(item) && !item.startsWith('#'))
			contacts = { heading: item, wechatSameNumber: item.includes('微信同号'), people };
	}
	// A heading without a number under it is no contacts block (a promo's needs at least one person).
	if (people.length === 0) contacts = undefined;
	else contacts ??= { heading: '联系方式', wechatSameNumber: false, people };
	return {
		presenter: titleAt > 0 ? ad.slice(0, titleAt).join(' ') : undefined,
		title: (ad[titleAt] ?? ad[0] ?? '').replace(/^#\s*/, ''),
		subtitle: ad.find((item) => /^##\s/.test(item))?.replace(/^##\s*/, ''),
		qrCaption,
		contacts,
		address,
	};
}

/** Plain where it is plain text and YAML reads it back as that text (as the content check reads it); else quoted. */
function yamlString(value: string): string {
	if (!/^[\w\u4e00-\u9fff（）《》“”，。！：、 -]+$/u.test(value)) return JSON.stringify(value);
	const read = parseYaml(value);
	return read.errors.length === 0 && read.toJS() === value ? value : JSON.stringify(value);
}

export function articleMdx(article: ImportedArticle, options: ImportOptions): string {
	const lines = [
		'---',
		`title: ${yamlString(article.title)}`,
		`summary: ${yamlString(article.summary)}`,
		'# 导入的草稿：请核对摘要和日期（pubDate 暂为导入当天），确认无误后删去 draft 一行。',
		`pubDate: ${options.today}`,
		`section: ${options.section}`,
		...(article.series ? [`series: ${article.series}`, `part: ${yamlString(article.part ?? '')}`] : []),
		...(article.unknownSeries ? [`# 标题中的系列「${article.unknownSeries}」还没有对应的 content/series/ 文件。`] : []),
		...(article.source ? [`source: ${yamlString(article.source)}`] : []),
		...(options.promoId ? ['promos:', `  - ${options.promoId}`] : []),
		'draft: true',
		'---',
		'',
		article.body,
	];
	return lines.join('\n');
}

export function promoYaml(promo: ImportedPromo): string {
	const lines = [
		'# 从印刷版导入的广告草稿：请核对内容、补上投放日期（validFrom/validThrough），确认后删去 draft 一行。',
		...(promo.presenter ? [`presenter: ${yamlString(promo.presenter)}`] : []),
		`title: ${yamlString(promo.title)}`,
		...(promo.subtitle ? [`subtitle: ${yamlString(promo.subtitle)}`] : []),
		...(promo.qrCaption
			? ['qr:', `  alt: ${yamlString(`${promo.title}的二维码`)}`, `  caption: ${yamlString(promo.qrCaption)}`]
			: []),
		...(promo.contacts
			? [
					'contacts:',
					`  heading: ${yamlString(promo.contacts.heading)}`,
					`  wechatSameNumber: ${promo.contacts.wechatSameNumber}`,
					'  people:',
					...promo.contacts.people.flatMap((person) => [
						`    - name: ${yamlString(person.name)}`,
						`      phone: '${person.phone}'`,
					]),
				]
			: []),
		...(promo.address
			? ['address:', `  label: ${yamlString(promo.address.label)}`, `  text: ${yamlString(promo.address.text)}`]
			: []),
		'draft: true',
		'',
	];
	return lines.join('\n');
}
