import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchDocument, writePagefindFiles } from '../../../src/lib/site/search-index';
import { type SearchIndex, searchIndexOf } from '../../helpers/search';

/**
 * Search over a real Pagefind index of pages cut as the build cuts them (searchDocument), queried
 * as the search page queries (exactMatches): a page is found exactly when it holds the query's
 * characters in a row, so the number found is the number there are.
 */
const PAGES: Record<string, { date: string; section: string; body: string }> = {
	a: {
		date: '2019-07-01',
		section: '政法',
		body: '<h1>扫黑除恶专项斗争</h1><p>全市扫黑除恶取得成效。咨询电话133 0474 3215。</p>',
	},
	b: { date: '2019-07-03', section: '政法', body: '<h1>另一篇</h1><p>扫黑工作，除恶务尽。政治站位要高。</p>' },
	c: { date: '2019-07-02', section: '经济', body: '<h1>第三篇</h1><p>5G网络覆盖乌兰察布，G6高速通车。</p>' },
	d: {
		date: '2019-07-04',
		section: '经济',
		body: '<h1>突出政治站位 及早谋划部署</h1><p>乌兰察布市<strong>扫黑</strong>除恶。</p>',
	},
};

const root = mkdtempSync(join(tmpdir(), 'search-exact-'));
let search: SearchIndex;
beforeAll(async () => {
	const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
	for (const [id, page] of Object.entries(PAGES)) {
		const html = `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body data-pagefind-sort="date:${page.date}"><span hidden data-pagefind-filter="栏目">${page.section}</span>${page.body}</article></body></html>`;
		await index!.addHTMLFile({ url: `/${id}/`, content: searchDocument(html, 'zh-CN')! });
	}
	expect(await writePagefindFiles(index!, join(root, 'pagefind'))).toEqual([]);
	await pagefind.close();
	search = await searchIndexOf(root);
});
afterAll(() => {
	search?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('exact search over the cut words', () => {
	test.each([
		// 扫黑 and 除恶 apart (b) is not 扫黑除恶; across an inline tag (d) it is; newest first.
		['扫黑除恶', ['/d/', '/a/']],
		['黑除', ['/d/', '/a/']],
		['除恶', ['/d/', '/b/', '/a/']],
		['政治站位', ['/d/', '/b/']],
		// A space of the page between Han characters parts them.
		['站位及早', []],
		['乌兰察布', ['/d/', '/c/']],
		['政治站稳', []],
		['G6高速', ['/c/']],
		['5g网络', ['/c/']],
		['133 0474', ['/a/']],
		// Numbers are whole words: not a page with a 1 in it.
		['1', []],
		// Every term, each anywhere.
		['乌兰察布 扫黑', ['/d/']],
		['乌兰察布 夏令营', []],
		// Punctuation parts the words of a page, and the terms of a query.
		['作除', []],
		['工作，除恶', ['/b/']],
		['扫黑，除恶', ['/d/', '/b/', '/a/']],
		['“乌兰察布”', ['/d/', '/c/']],
	])('%s → %j', async (query, pages) => {
		expect(await search.found(query)).toEqual(pages);
	});

	test('with a filter, only that section', async () => {
		expect(await search.found('乌兰察布', { 栏目: '经济' })).toEqual(['/d/', '/c/']);
		expect(await search.found('扫黑除恶', { 栏目: '政法' })).toEqual(['/a/']);
	});

	test('filters keep their values as written', async () => {
		expect(await search.filters()).toEqual({ 栏目: { 政法: 2, 经济: 2 } });
	});
});
