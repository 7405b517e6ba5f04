/**
 * An e-paper (数字报) article page, as Chinese papers publish them, turned into the print-page
 * text the importer reads (print-import.ts): the printed date, the headline, the 副题 as a
 * ——line, the byline, the paragraphs, 责任编辑. The common layouts are read: a headline in <h1>
 * (or <founder-title>, or an element of class title), a 引题 in <h3> before it and a 副题 in <h2>
 * after it, the byline in <founder-author> or an element of class author, the text in
 * <founder-content>, #ozoom or an element of class content (else every <p> of the page), the
 * date in a publishdate meta tag or the page's text. Nothing of the markup reaches the draft: only
 * text. A page without a headline or text is refused by the importer with its reason.
 */
import { type HTMLElement, parse } from 'node-html-parser';

const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const first = (root: HTMLElement, selectors: readonly string[]) =>
	selectors.map((selector) => root.querySelector(selector)).find((found) => found !== null && text(found) !== '');

const DATE = /(\d{4})\s*[年-]\s*(\d{1,2})\s*[月-]\s*(\d{1,2})\s*日?/;
const EDITOR = /责任编辑\s*[:：]\s*(\S+)/;

/** True when the text is a web page rather than a page of text. */
export const isHtmlPage = (page: string) => /<(?:!doctype|html|head|body|div|p|table|span|br)\b/i.test(page.slice(0, 4096));

/** The e-paper page as print-page text; '' when it has no headline or no paragraph of text. */
export function ePaperText(html: string): string {
	const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false } });
	const headline = first(root, ['founder-title', 'h1', '.title', '.article-title']);
	const body = first(root, ['founder-content', '#ozoom', '.content', '.article-content', 'article']) ?? root;
	const paragraphs = body
		.querySelectorAll('p')
		.map(text)
		.filter((line) => line !== '' && !EDITOR.test(line) && line !== text(headline));
	if (!headline || paragraphs.length === 0) return '';
	const subtitle = text(root.querySelector('h2') ?? root.querySelector('founder-subtitle'));
	const byline = text(first(root, ['founder-author', '.author', 'p.sec', '.byline']));
	const meta = root.querySelector('meta[name="publishdate"]')?.getAttribute('content') ?? '';
	const [, year, month, day] = DATE.exec(meta) ?? DATE.exec(text(root.querySelector('title'))) ?? DATE.exec(text(root)) ?? [];
	const editor = EDITOR.exec(text(root))?.[1];
	return [
		year ? `${year}年${Number(month)}月${Number(day)}日` : undefined,
		text(headline),
		subtitle ? `——${subtitle.replace(/^[—－-]+\s*/, '')}` : undefined,
		byline || undefined,
		...paragraphs.filter((line) => line !== byline),
		editor ? `责任编辑：${editor}` : undefined,
	]
		.filter((line): line is string => line !== undefined)
		.join('\n\n');
}
