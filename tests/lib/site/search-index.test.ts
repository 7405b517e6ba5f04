import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	type IndexedPage,
	indexPage,
	openSearchIndex,
	searchDocument,
	UNUSED_PAGEFIND_FILES,
	writeSearchIndex,
} from '../../../src/lib/site/search-index';
import { searchIndexOf } from '../../helpers/search';

const LANG = 'zh-CN';
const page = (title: string, text: string) =>
	`<!doctype html><html lang="zh-CN"><body><nav>导航</nav><article data-pagefind-body data-pagefind-sort="date:2019-07-01"><h1>${title}</h1><p>${text}</p></article></body></html>`;
const PAGES = {
	a: page('甲篇', '扫黑除恶专项斗争。'),
	b: page('乙篇', '政治站位要高。'),
	c: page('丙篇', '乌兰察布市召开会议。'),
};
const documentOf = (html: string): string => searchDocument(html, LANG)!;

/** A built site whose copied-from-cache page is c (not rendered, so read from the output). */
function builtSite(): { dist: string; pagefind: string } {
	const dist = mkdtempSync(join(tmpdir(), 'search-index-'));
	mkdirSync(join(dist, 'articles/c'), { recursive: true });
	writeFileSync(join(dist, 'articles/c/index.html'), PAGES.c);
	writeFileSync(join(dist, 'rss.xml'), '<rss></rss>');
	// The build rendered the search page (without a body to index): its file is not read back.
	mkdirSync(join(dist, 'search'), { recursive: true });
	writeFileSync(join(dist, 'search/index.html'), page('搜索', '渲染过的页面不从输出再读。'));
	return { dist, pagefind: join(dist, 'pagefind') };
}

/** One build's indexing, as the integration and the middleware drive it, under base path /news/. */
async function build(early: readonly IndexedPage[]) {
	const site = builtSite();
	const log = join(site.dist, '..', `${site.dist.split('/').pop()}.log`);
	await openSearchIndex('/news/', LANG, early, { path: log, first: '{"first":"line"}' });
	indexPage('/news/articles/b/', PAGES.b);
	indexPage('/news/articles/a/', PAGES.a);
	indexPage('/news/articles/a/', page('甲篇', '第二次交来的不算。'));
	indexPage('/news/search/', '<!doctype html><html><body><p>没有 data-pagefind-body 的页面不进索引。</p></body></html>');
	const result = await writeSearchIndex(site.dist, site.pagefind);
	// What Pagefind was given, in order, as the page log has it after its first line.
	const [first, ...lines] = readFileSync(log, 'utf8').split('\n');
	expect(first).toBe('{"first":"line"}');
	expect(lines.pop()).toBe('');
	const written = { pages: lines.map((line) => JSON.parse(line) as IndexedPage), reused: result.reused };
	expect(result.pages).toBe(written.pages.length);
	const search = await searchIndexOf(site.dist);
	try {
		const found = async (query: string) => (await search.found(query)).sort();
		return {
			written,
			files: readdirSync(site.pagefind),
			found: {
				a: await found('扫黑除恶'),
				b: await found('政治站位'),
				c: await found('乌兰察布'),
				second: await found('第二次'),
				stale: await found('旧的文字'),
				unindexed: await found('没有'),
				readBack: await found('再读'),
			},
		};
	} finally {
		search.close();
	}
}

describe('the build’s search index, fed page by page', () => {
	test('a page handed over early that the build produced the same is kept, and its work reused', async () => {
		const { written, files, found } = await build([['/articles/a/', documentOf(PAGES.a)]]);
		expect(written).toEqual({
			pages: [
				['/articles/a/', documentOf(PAGES.a)],
				['/articles/b/', documentOf(PAGES.b)],
				['/articles/c/', documentOf(PAGES.c)],
			],
			reused: 1,
		});
		expect(found).toEqual({
			a: ['/articles/a/'],
			b: ['/articles/b/'],
			c: ['/articles/c/'],
			second: [],
			stale: [],
			unindexed: [],
			readBack: [],
		});
		expect(files).toContain('pagefind.js');
		for (const unused of UNUSED_PAGEFIND_FILES) expect(files).not.toContain(unused);
	});

	test('a page handed over early that came out otherwise: the index is made again from the produced pages', async () => {
		const { written, found } = await build([
			['/articles/a/', documentOf(page('甲篇', '旧的文字。'))],
			['/articles/gone/', documentOf(page('删掉的', '旧的文字。'))],
		]);
		expect(written).toEqual({
			pages: [
				['/articles/a/', documentOf(PAGES.a)],
				['/articles/b/', documentOf(PAGES.b)],
				['/articles/c/', documentOf(PAGES.c)],
			],
			reused: 0,
		});
		expect(found.a).toEqual(['/articles/a/']);
		expect(found.stale).toEqual([]);
	});

	test('a page handed over early that the build no longer produces is not kept', async () => {
		const { written, found } = await build([
			['/articles/a/', documentOf(PAGES.a)],
			['/articles/gone/', documentOf(page('删掉的', '旧的文字。'))],
		]);
		expect(written.reused).toBe(0);
		expect(written.pages.map(([url]) => url)).toEqual(['/articles/a/', '/articles/b/', '/articles/c/']);
		expect(found.stale).toEqual([]);
	});

	test('with no index open, a page is not indexed and writing refuses', async () => {
		expect(() => indexPage('/news/articles/a/', PAGES.a)).not.toThrow();
		const site = builtSite();
		await expect(writeSearchIndex(site.dist, site.pagefind)).rejects.toThrow(
			'writeSearchIndex: no search index was opened for this build',
		);
		expect(existsSync(site.pagefind)).toBe(false);
	});
});
