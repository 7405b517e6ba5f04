/**
 * Turns a print page's text dump (like the seed) into a draft article and, where the page holds
 * an advertisement, a draft promo: a masthead (paper, printed date, page) read and left out, the
 * date made pubDate; headline split into series and part; a ——subtitle, a byline (本报记者 …
 * 通讯员 …) and 责任编辑 made fields; `##` sections kept; the trailing （来源） line made the
 * source; stand-alone quotations set as <PullQuote>; print breaks joined and half-width
 * punctuation made full-width; ad lines it does not know kept in the promo's details. Text it
 * cannot read as a page (markup, no headline) is refused with a Chinese explanation
 * (ImportProblem), never imported as garbage; an e-paper's HTML is made text by e-paper.ts
 * first. Pure: text in, files' text out.
 */
import { parseYaml } from '../content/source';
import { fixPunctuationWidth, isPrintBreak } from '../content/cjk-text';
import { isHtmlPage } from './e-paper';
import { phoneDigits } from '../phone';

export interface ImportOptions {
	section: string;
	/** Existing series, to find the id of the one the headline names. */
	series: readonly { id: string; title: string }[];
	/** Today in Beijing, YYYY-MM-DD: the draft's pubDate until an editor sets the real one. */
	today: string;
	promoId?: string | undefined;
}

/** A page that cannot be imported, and why, in words for the editor. */
export class ImportProblem extends Error {}

export interface ImportedArticle {
	title: string;
	subtitle?: string | undefined;
	/** The reporters of the byline, in its order. */
	authors: string[];
	/** 责任编辑. */
	editor?: string | undefined;
	/** The printed date (YYYY-MM-DD), from the masthead. */
	printed?: string | undefined;
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
	/** Every ad line the importer does not know, as printed, for the editor to sort (Markdown). */
	details?: string | undefined;
}

const SOURCE_LINE = /^[（(]\s*([^（）()]+?)\s*[）)]$/;
const SERIES_HEADLINE = /^(.+?系列述评)之(.+?篇)$/;
const STANDALONE_QUOTE = /^“[^“”]+”[。！？]?$/;
const PHONE_LINE = /^(?:(1[3-9]\d[\d\s-]{8,12})\s*(\S.*)|(\S.*?)\s*(1[3-9]\d[\d\s-]{8,12}))$/;
const ADDRESS_LINE = /^(.{0,12}地址)\s*[:：]\s*(.+)$/;
const AD_MARKERS = /扫描二维码|地址[:：]|1[3-9]\d{9}/;
/** A masthead's printed date: 2019年7月15日, with the weekday and page that may follow. */
const MASTHEAD_DATE =
	/^(\d{4})年(\d{1,2})月(\d{1,2})日(?:[ 　]*(?:星期|周)[一二三四五六日天])?(?:[ 　]*第?[ 　]*[A-Z]?\d{1,2}[ 　]*版.*)?$/u;
/** A masthead's other lines: the paper's name (…报), the page (第3版, A3版 要闻), an edition line. */
const MASTHEAD_LINE =
	/^(?:\S{2,8}报|第?[ 　]*[A-Z]?\d{1,2}[ 　]*版(?:[ 　]*\S{0,8})?|\S{0,8}版[ 　]*\S{0,8}|本版编辑[:：].*|[A-Z]?\d{1,2})$/u;
/** A byline: roles (本报记者, 通讯员, 实习生, 记者) each followed by names. */
const BYLINE = /^[□■◇◆]?[ 　]*(?:本报(?:记者|通讯员)|记者|通讯员|实习生)[ 　]/u;
const BYLINE_ROLES = /本报记者|本报通讯员|记者|通讯员|实习生/gu;
const EDITOR_LINE = /^责任编辑[ 　]*[:：][ 　]*(\S.*)$/u;
const SUBTITLE_LINE = /^[—－-]{1,2}[ 　]*(\S.*)$/u;
/** Text of the page quoted in a message: one line, no control character (a terminal or CI runner reads it). */
const quoted = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, ' ');

/** Longest headline the importer takes: a longer first paragraph is running text, not a title. */
export const MAX_HEADLINE = 80;

function paragraphs(text: string): string[] {
	return text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter(Boolean);
}

/**
 * The page's masthead, read off its first lines (the paper, the printed date, the page), and the
 * text after it. Refuses what is no page of text: a web page's HTML.
 */
export function readMasthead(text: string): { printed?: string | undefined; text: string } {
	// An e-paper's page is read by e-paper.ts first; markup that still reaches here is no page of text.
	if (isHtmlPage(text))
		throw new ImportProblem(
			'这是网页（HTML）文件，不是版面文字，没有导入。请在浏览器里打开这一页，把标题和正文复制到一个 .txt 文件里，再导入那个文件。',
		);
	const lines = text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n');
	let printed: string | undefined;
	let at = 0;
	for (; at < lines.length; at++) {
		const line = (lines[at] ?? '').trim();
		if (line === '') continue;
		const date = MASTHEAD_DATE.exec(line);
		if (date) printed = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
		else if (!MASTHEAD_LINE.test(line)) break;
	}
	return { printed, text: lines.slice(at).join('\n') };
}

/** Words of a byline that say what someone did, not who: 摄 (photographed), 文, 图. */
const CREDIT_WORDS = new Set(['摄', '摄影', '文', '图', '文/图', '图/文']);

/** The names in a byline, in order: 本报记者 张明 李华 通讯员 刘芳 → 张明, 李华, 刘芳; 本报记者 张明 摄 → 张明. */
export function bylineNames(line: string): string[] {
	return line
		.replace(/^[□■◇◆]/u, '')
		.replace(BYLINE_ROLES, ' ')
		.split(/[ 　、，,]+/u)
		.filter((name) => name !== '' && !CREDIT_WORDS.has(name));
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
			// （来源：新华社） names the source as 新华社.
			source: SOURCE_LINE.exec(items[sourceAt] ?? '')?.[1]?.replace(/^来源\s*[:：]\s*/u, ''),
			ad: items.slice(sourceAt + 1),
		};
	}
	const adAt = items.findIndex((item, index) => AD_MARKERS.test(item) && index > 0);
	return adAt >= 0 ? { article: items.slice(0, adAt), ad: items.slice(adAt) } : { article: items, ad: [] };
}

export function importArticle(text: string, options: ImportOptions): ImportedArticle {
	const masthead = readMasthead(text);
	const { article, source } = splitPage(masthead.text);
	const [headline = '', ...rest] = article;
	const title = fixPunctuationWidth(headline.replace(/^#\s*/, '').trim());
	if (title === '' || title.includes('\n') || [...title].length > MAX_HEADLINE)
		throw new ImportProblem(
			`没有找到标题，没有导入：第一段应是标题（一行，不超过 ${MAX_HEADLINE} 个字），它的下面空一行再接正文。现在的第一段是「${quoted([...title].slice(0, 30).join(''))}${[...title].length > 30 ? '…' : ''}」。`,
		);
	let subtitle: string | undefined;
	const authors: string[] = [];
	let editor: string | undefined;
	const kept: string[] = [];
	for (const [index, item] of rest.entries()) {
		const line = item.replace(/^#+\s*/, '');
		const dash = index === 0 ? SUBTITLE_LINE.exec(line) : null;
		const edited = EDITOR_LINE.exec(item);
		if (dash) subtitle = fixPunctuationWidth(dash[1]!.trim());
		else if (edited) editor = edited[1]!.trim();
		else if (BYLINE.test(item) && !/[。！？]/u.test(item) && authors.length === 0) authors.push(...bylineNames(item));
		else kept.push(item);
	}
	const body = joinBreaks(kept).map((item) => {
		const fixed = fixPunctuationWidth(item);
		return STANDALONE_QUOTE.test(fixed) ? `<PullQuote>${fixed}</PullQuote>` : fixed;
	});
	if (body.length === 0) throw new ImportProblem(`「${quoted(title)}」下面没有正文，没有导入：标题下空一行，再接正文的段落。`);
	const named = SERIES_HEADLINE.exec(title);
	const series = named && options.series.find((entry) => entry.title === named[1]);
	const firstProse = body.find((item) => !item.startsWith('#') && !item.startsWith('<')) ?? title;
	return {
		title,
		subtitle,
		authors,
		editor,
		printed: masthead.printed,
		summary: summaryOf(firstProse),
		series: series?.id,
		unknownSeries: named && !series ? named[1] : undefined,
		part: named && series ? named[2] : undefined,
		source: source && fixPunctuationWidth(source),
		body: `${body.join('\n\n')}\n`,
	};
}

export function importPromo(text: string): ImportedPromo | undefined {
	const ad = splitPage(readMasthead(text).text).ad.map(fixPunctuationWidth);
	if (!ad.some((item) => AD_MARKERS.test(item))) return undefined;
	const titleAt = ad.findIndex((item) => /^#\s/.test(item));
	const people: { name: string; phone: string }[] = [];
	let contacts: ImportedPromo['contacts'];
	let address: ImportedPromo['address'];
	let qrCaption: string | undefined;
	const details: string[] = [];
	const presenterLines = titleAt > 0 ? titleAt : 0;
	for (const [index, item] of ad.entries()) {
		const phone = PHONE_LINE.exec(item);
		const place = ADDRESS_LINE.exec(item);
		if (phone) people.push({ phone: phoneDigits(phone[1] ?? phone[4] ?? ''), name: (phone[2] ?? phone[3] ?? '').trim() });
		else if (place) address = { label: (place[1] ?? '').trim(), text: (place[2] ?? '').trim() };
		else if (item.includes('扫描二维码')) qrCaption = item;
		// The heading comes before the numbers: a closing line (欢迎来电咨询) is not one.
		else if (people.length === 0 && /报名|咨询|联系/.test(item) && !item.startsWith('#'))
			contacts = { heading: item, wechatSameNumber: item.includes('微信同号'), people };
		// The presenter, title and subtitle are fields; anything else the editor sorts, nothing is dropped.
		else if (index >= presenterLines && index !== titleAt && !/^##\s/.test(item) && !(titleAt < 0 && index === 0))
			details.push(item.replace(/^#+\s*/, ''));
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
		details: details.length > 0 ? details.join('\n\n') : undefined,
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
		...(article.subtitle ? [`subtitle: ${yamlString(article.subtitle)}`] : []),
		`summary: ${yamlString(article.summary)}`,
		article.printed
			? '# 导入的草稿：请核对摘要；pubDate 是版面上印的日期。确认无误后删去 draft 一行。'
			: '# 导入的草稿：请核对摘要和日期（版面上没有日期，pubDate 暂为导入当天），确认无误后删去 draft 一行。',
		`pubDate: ${article.printed ?? options.today}`,
		`section: ${options.section}`,
		...(article.series ? [`series: ${article.series}`, `part: ${yamlString(article.part ?? '')}`] : []),
		...(article.unknownSeries ? [`# 标题中的系列「${article.unknownSeries}」还没有对应的 content/series/ 文件。`] : []),
		...(article.source ? [`source: ${yamlString(article.source)}`] : []),
		...(article.authors.length > 0 ? ['authors:', ...article.authors.map((name) => `  - ${yamlString(name)}`)] : []),
		...(article.editor ? [`editor: ${yamlString(article.editor)}`] : []),
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
		...(promo.details
			? [
					'# 版面上导入工具不认识的广告文字，原样放在这里，请整理：',
					'details: |',
					...promo.details.split('\n').map((line) => (line ? `  ${line}` : '')),
				]
			: []),
		'draft: true',
		'',
	];
	return lines.join('\n');
}
