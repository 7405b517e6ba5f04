import { describe, expect, test } from 'vitest';
import { attributeNames, searchDocument } from '../../../src/lib/site/search-index';
import { KEPT_SPACE, WORD_BREAK } from '../../../src/lib/site/search-words';

/** The invisible marks made visible: | a word break, _ a space of the page's own kept. */
const visible = (text: string | undefined) => text?.replaceAll(WORD_BREAK, '|').replaceAll(KEPT_SPACE, '_');

const page = (article: string) =>
	`<!doctype html><html lang="zh-CN"><head><style>body{}</style></head><body><header><a href="/">报</a></header><main>${article}<aside>相关文章</aside></main></body></html>`;
/** The document Pagefind is given for a page holding `article`, its marks made visible. */
const indexed = (article: string) => visible(searchDocument(page(article), 'zh-CN'));

describe('searchDocument: the part of a page Pagefind is given', () => {
	test('is the element marked data-pagefind-body, whole, in a bare document, its text cut into words', () => {
		const article =
			'<article class="article" data-pagefind-body data-pagefind-meta="date:2019年7月1日"><h1>标题</h1><p>正文</p></article>';
		expect(indexed(article)).toBe(
			'<!doctype html><html lang="zh-CN"><body><article class="article" data-pagefind-body data-pagefind-meta="date:2019年7月1日"><h1>标|题</h1><p>|正|文</p> __ </article></body></html>',
		);
	});

	test('ends each block of text (subtitle, caption, paragraph, list item) with a block break, once, so an excerpt sets them apart', () => {
		const article =
			'<article data-pagefind-body><p class="subtitle">副题</p><figure><img src="a.jpg" alt="火山"><figcaption>3号火山</figcaption></figure><ul><li><p>7月</p></li></ul></article>';
		expect(indexed(article)).toContain(
			'<p class="subtitle">副|题</p> __ <figure><img src="a.jpg" alt="火山"><figcaption>3|号|火|山</figcaption> __ </figure><ul><li><p>7|月</p> __ </li></ul>',
		);
	});

	test('cuts across inline tags, and keeps a space of the page between Han characters', () => {
		const article = '<article data-pagefind-body><h1>全市<wbr>扫黑</h1><p><strong>重点</strong> 后文</p></article>';
		expect(indexed(article)).toContain('<h1>全|市<wbr>|扫|黑</h1><p><strong>|重|点</strong>_ 后|文</p>');
	});

	test('leaves as written what Pagefind reads as a value or leaves out: filters, meta, sort keys, ignored parts', () => {
		const kept = [
			'<span data-pagefind-filter="栏目">政法</span>',
			'<a href="/sections/politics-law/" data-pagefind-filter="栏目">政<wbr>法</a>',
			'<p data-pagefind-ignore><span>系列</span>第一篇</p>',
			'<span data-pagefind-meta="author">杜学军</span>',
			'<time data-pagefind-sort="date">二〇一九年</time>',
		];
		for (const element of kept) {
			expect(indexed(`<article data-pagefind-body><p>正文</p>${element}<p>结尾</p></article>`)).toContain(
				`${element}<p>结|尾</p>`,
			);
		}
	});

	test('takes a > inside a quoted attribute value for part of the tag', () => {
		const article = '<article data-pagefind-body><img alt="甲>乙" src="a.jpg"><p title=\'丙>丁\'>正文</p></article>';
		expect(indexed(article)).toContain('<img alt="甲>乙" src="a.jpg"><p title=\'丙>丁\'>正|文</p>');
	});

	test('ends where the element ends, past elements of the same name inside it', () => {
		const article = '<article data-pagefind-body><h1>标题</h1><article><p>引文</p></article><p>结尾</p></article>';
		expect(indexed(article)).toContain(
			'<body><article data-pagefind-body><h1>标|题</h1><article><p>|引|文</p> __ </article><p>结|尾</p> __ </article></body>',
		);
	});

	test('is undefined for a page with nothing to index, or whose element never closes', () => {
		expect(searchDocument(page('<article><h1>目录</h1></article>'), 'zh-CN')).toBeUndefined();
		expect(searchDocument('<html><body><div data-pagefind-body-x>…</div></body></html>', 'zh-CN')).toBeUndefined();
		expect(searchDocument('<html><body><article data-pagefind-body><p>…</p></body></html>', 'zh-CN')).toBeUndefined();
	});
});

describe('an editor’s words cannot move what is indexed', () => {
	test('data-pagefind-body in a summary (a meta tag’s value) marks nothing; the article is indexed', () => {
		const html = `<!doctype html><html lang="zh-CN"><head><meta name="description" content="摘要 data-pagefind-body 结尾。"></head><body><main><article data-pagefind-body><p>正文</p></article></main></body></html>`;
		expect(visible(searchDocument(html, 'zh-CN'))).toBe(
			'<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><p>正|文</p> __ </article></body></html>',
		);
	});

	test('data-pagefind-ignore in a title attribute leaves the text to be cut into words', () => {
		expect(indexed('<article data-pagefind-body><abbr title="x data-pagefind-ignore y">全市</abbr></article>')).toContain(
			'<abbr title="x data-pagefind-ignore y">全|市</abbr>',
		);
	});

	test.each([
		['<p>', []],
		['<article data-pagefind-body>', ['data-pagefind-body']],
		['<meta name="description" content="a data-pagefind-body b">', ['name', 'content']],
		[`<a href='/x y' TITLE=z data-pagefind-filter="栏目">`, ['href', 'title', 'data-pagefind-filter']],
		['<input disabled value = "a > b">', ['disabled', 'value']],
		['<br/>', []],
		['</p>', []],
		['text', []],
	])('attributeNames(%s)', (tag, names) => {
		expect(attributeNames(tag)).toEqual(names);
	});
});
