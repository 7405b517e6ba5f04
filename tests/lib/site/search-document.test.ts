import { describe, expect, test } from 'vitest';
import { searchDocument } from '../../../src/lib/site/search-index';

const page = (article: string) =>
	`<!doctype html><html lang="zh-CN"><head><style>body{}</style></head><body><header><a href="/">报</a></header><main>${article}<aside>相关文章</aside></main></body></html>`;

describe('searchDocument: the part of a page Pagefind is given', () => {
	test('is the element marked data-pagefind-body, whole, in a bare document', () => {
		const article =
			'<article class="article" data-pagefind-body data-pagefind-meta="date:2019年7月1日"><h1>标题</h1><p>正文</p></article>';
		expect(searchDocument(page(article), 'zh-CN')).toBe(`<!doctype html><html lang="zh-CN"><body>${article}</body></html>`);
	});

	test('ends where the element ends, past elements of the same name inside it', () => {
		const article = '<article data-pagefind-body><h1>标题</h1><article><p>引文</p></article><p>结尾</p></article>';
		expect(searchDocument(page(article), 'zh-CN')).toContain(`<body>${article}</body>`);
	});

	test('is undefined for a page with nothing to index, or whose element never closes', () => {
		expect(searchDocument(page('<article><h1>目录</h1></article>'), 'zh-CN')).toBeUndefined();
		expect(searchDocument('<html><body><div data-pagefind-body-x>…</div></body></html>', 'zh-CN')).toBeUndefined();
		expect(searchDocument('<html><body><article data-pagefind-body><p>…</p></body></html>', 'zh-CN')).toBeUndefined();
	});
});
