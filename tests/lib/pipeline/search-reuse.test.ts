import { describe, expect, test } from 'vitest';
import { expectedUnchanged, type SearchState } from '../../../src/lib/pipeline/pagefind';
import type { IndexedPage } from '../../../src/lib/site/search-index';

const doc = (links: string[]) =>
	`<article data-pagefind-body>${links.map((href) => `<a href="${href}">链接</a>`).join('')}</article>`;
const pages: IndexedPage[] = [
	['/articles/a/', doc(['/series/s/', '/articles/b/'])],
	['/articles/b/', doc(['/series/s/', '/articles/a/'])],
	['/articles/c/', doc(['/sections/politics/'])],
	['/articles/d/', doc(['/series/t/'])],
];
const content = {
	'content/sections.yaml': 's1',
	'content/series/s.yaml': 'r1',
	'content/articles/a.mdx': 'a1',
	'content/articles/b.mdx': 'b1',
	'content/articles/c.mdx': 'c1',
	'content/articles/d.mdx': 'd1',
	'content/articles/images/p.jpg': 'p1',
};
const previous: SearchState = { fingerprint: 'code', content, pages };
const series: Record<string, string> = {
	'content/articles/a.mdx': 's',
	'content/articles/b.mdx': 's',
	'content/articles/d.mdx': 't',
	'content/articles/e.mdx': 't',
};
const seriesOf = (path: string) => series[path];
const kept = (now: Record<string, string>, state: SearchState | undefined = previous, fingerprint = 'code') =>
	expectedUnchanged(state, fingerprint, now, seriesOf).map(([url]) => url);

describe('expectedUnchanged: the pages of the last build handed to the search index at once', () => {
	test('nothing changed: every page', () => {
		expect(kept(content)).toEqual(['/articles/a/', '/articles/b/', '/articles/c/', '/articles/d/']);
	});

	test('no last build, or other code: none', () => {
		expect(expectedUnchanged(undefined, 'code', content, seriesOf)).toEqual([]);
		expect(kept(content, previous, 'other code')).toEqual([]);
	});

	test('a section, series or promo file changed (they show inside articles): none', () => {
		expect(kept({ ...content, 'content/sections.yaml': 's2' })).toEqual([]);
		expect(kept({ ...content, 'content/series/s.yaml': 'r2' })).toEqual([]);
		expect(kept({ ...content, 'content/promos/new.yaml': 'n' })).toEqual([]);
	});

	test('an article changed: all but it, the pages linking to it and its series', () => {
		expect(kept({ ...content, 'content/articles/c.mdx': 'c2' })).toEqual(['/articles/a/', '/articles/b/', '/articles/d/']);
		expect(kept({ ...content, 'content/articles/a.mdx': 'a2' })).toEqual(['/articles/c/', '/articles/d/']);
	});

	test('an article added to a series: all but that series’ installments (the last one gains a 下一篇)', () => {
		expect(kept({ ...content, 'content/articles/e.mdx': 'e1' })).toEqual(['/articles/a/', '/articles/b/', '/articles/c/']);
	});

	test('an article moved out of a series: neither series is kept', () => {
		series['content/articles/c.mdx'] = 't';
		expect(kept({ ...content, 'content/articles/c.mdx': 'c2' })).toEqual(['/articles/a/', '/articles/b/']);
		delete series['content/articles/c.mdx'];
		expect(kept({ ...content, 'content/articles/a.mdx': 'a2' }).includes('/articles/b/')).toBe(false);
	});

	test('an article removed: all but it and the pages linking to it', () => {
		const { 'content/articles/d.mdx': _removed, ...rest } = content;
		expect(kept(rest)).toEqual(['/articles/a/', '/articles/b/', '/articles/c/']);
	});

	test('a picture added or replaced: every page (the check at the end catches a page that shows it)', () => {
		expect(kept({ ...content, 'content/articles/images/p.jpg': 'p2', 'content/articles/images/q.png': 'q1' })).toHaveLength(4);
	});
});

describe('expectedUnchanged on a series of three and two other articles (only article pages are indexed)', () => {
	// Each installment links its series and its neighbours; 民生新闻 links 政治站位篇 as related reading.
	const site: IndexedPage[] = [
		['/articles/zhengzhi-zhanwei/', doc(['/series/saohei-chu-e/', '/articles/zuzhi-baozhang/'])],
		['/articles/zuzhi-baozhang/', doc(['/series/saohei-chu-e/', '/articles/zhengzhi-zhanwei/', '/articles/jiandu-zeren/'])],
		['/articles/jiandu-zeren/', doc(['/series/saohei-chu-e/', '/articles/zuzhi-baozhang/'])],
		['/articles/minsheng-xinwen/', doc(['/articles/zhengzhi-zhanwei/'])],
		['/articles/tianqi-yubao/', doc(['/sections/minsheng/'])],
	];
	const files = Object.fromEntries(site.map(([url], index) => [`content${url.slice(0, -1)}.mdx`, `v${index}`]));
	const inSeries = {
		'content/articles/zhengzhi-zhanwei.mdx': 'saohei-chu-e',
		'content/articles/zuzhi-baozhang.mdx': 'saohei-chu-e',
		'content/articles/jiandu-zeren.mdx': 'saohei-chu-e',
	};
	const last: SearchState = { fingerprint: 'code', content: files, pages: site };
	/** The series each article's file names now; reading a file that is gone is an error, as on disk. */
	const reuse = (now: Record<string, string>, seriesNow: Record<string, string> = inSeries) =>
		expectedUnchanged(last, 'code', now, (path) => {
			if (now[path] === undefined) throw new Error(`${path} is not there to read`);
			return seriesNow[path];
		}).map(([url]) => url);

	test('an installment changed: not it, its series, nor the article linking it as related reading', () => {
		expect(reuse({ ...files, 'content/articles/zhengzhi-zhanwei.mdx': 'changed' })).toEqual(['/articles/tianqi-yubao/']);
	});

	test('an installment moved out of its series: the series its last page linked is not kept either', () => {
		const { 'content/articles/zhengzhi-zhanwei.mdx': _out, ...stillIn } = inSeries;
		expect(reuse({ ...files, 'content/articles/zhengzhi-zhanwei.mdx': 'changed' }, stillIn)).toEqual(['/articles/tianqi-yubao/']);
	});

	test('an installment removed: its file is not read; the rest of its series is not kept', () => {
		const { 'content/articles/jiandu-zeren.mdx': _gone, ...rest } = files;
		expect(reuse(rest)).toEqual(['/articles/minsheng-xinwen/', '/articles/tianqi-yubao/']);
	});

	test('an article joining the series, named by its file: the series’ installments are not kept', () => {
		const joined = { ...inSeries, 'content/articles/saohei-xin-pian.mdx': 'saohei-chu-e' };
		expect(reuse({ ...files, 'content/articles/saohei-xin-pian.mdx': 'new' }, joined)).toEqual([
			'/articles/minsheng-xinwen/',
			'/articles/tianqi-yubao/',
		]);
	});
});
