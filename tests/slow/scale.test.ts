import { gzipSync } from 'node:zlib';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { FIGURES, SECTIONS, syntheticArticle, syntheticSections, syntheticSeries } from '../bench/synthetic';
import { buildCopy, runBuild } from '../helpers/build';
import { distFiles, fileHashes } from '../helpers/dist';
import { linkDepths } from '../helpers/links';
import { searchIndexOf } from '../helpers/search';

/**
 * A newspaper at scale: the benchmark's generator writes ARTICLES articles (five sections, ten
 * series, twenty tags, four a day) into a temporary copy, built twice. What only a large site
 * shows: no page grows past its bound, every article is a few clicks from the front page, and
 * the order of same-day stories does not change from one build to the next.
 */
const ARTICLES = 2000;
/** SPEC §4: no HTML page over 100 KB. */
const PAGE_LIMIT = 100 * 1024;
/** SPEC §6: the article page's budget, HTML and its inlined CSS gzipped; the front page keeps to it too. */
const FIRST_ROUND_TRIP = 14 * 1024;

const figure = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#567' } })
	.jpeg()
	.toBuffer();
const files: Record<string, string | Uint8Array> = {
	'content/sections.yaml': syntheticSections(),
	...Object.fromEntries(FIGURES.map((path) => [`content/articles/${path}`, figure])),
	...Object.fromEntries(syntheticSeries().map((series) => [series.path, series.text])),
	...Object.fromEntries(Array.from({ length: ARTICLES }, (_, index) => syntheticArticle(index)).map((a) => [a.path, a.text])),
};
const build = buildCopy(files);
afterAll(() => build.remove());

const read = (path: string) => parse(readFileSync(join(build.dist, path, 'index.html'), 'utf8'));
const isHtml = (path: string) => path.endsWith('.html');
const hashes = () => fileHashes(build.dist, isHtml);

describe(`${ARTICLES} generated articles`, () => {
	test('build', () => {
		expect(build.status, build.output).toBe(0);
	});

	test('no HTML page is over 100 KB', () => {
		const sizes = distFiles(build.dist)
			.filter(isHtml)
			.map((file) => ({ file, bytes: statSync(join(build.dist, file)).size }));
		const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
		console.info(`largest page: ${largest.file}, ${largest.bytes} bytes of ${sizes.length} pages`);
		expect(sizes.filter((page) => page.bytes > PAGE_LIMIT)).toEqual([]);
	});

	test('every article is within four clicks of the front page', { timeout: 120_000 }, () => {
		const depths = linkDepths((path) => read(path.replace(/^\//, '')));
		const articles = [...Array(ARTICLES).keys()].map((index) => `/articles/bench-${String(index + 1).padStart(5, '0')}/`);
		const far = articles.filter((path) => (depths.get(path) ?? Infinity) > 4);
		const deepest = Math.max(...articles.map((path) => depths.get(path) ?? Infinity));
		console.info(`deepest article: ${deepest} clicks from /`);
		expect(far).toEqual([]);
	});

	test('the front page, with a block for every section, stays within the article page’s 14 KB', () => {
		// The build inlines every stylesheet (astro.config.mjs), so the page is HTML and CSS in one.
		const home = readFileSync(join(build.dist, 'index.html'));
		expect(read('').querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
		expect(gzipSync(home, { level: 9 }).length).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
	});

	test('the front page links to every section’s newest article', () => {
		const home = read('');
		const linked = new Set(home.querySelectorAll('a[href]').map((a) => a.getAttribute('href')));
		for (const section of SECTIONS) {
			const newest = read(`sections/${section.id}`).querySelector('main article.card h2 a')?.getAttribute('href');
			expect(newest, section.id).toBeDefined();
			expect(linked.has(newest ?? ''), `${section.name}: ${newest}`).toBe(true);
		}
	});

	test('the front page has a block per section, and the navigation its link, in the order of sections.yaml', () => {
		const home = read('');
		const names = SECTIONS.map((section) => section.name);
		expect(home.querySelectorAll('main section[aria-labelledby^="section-"] h2').map((h) => h.text)).toEqual(names);
		expect(home.querySelectorAll('.masthead nav a').map((a) => a.text.trim())).toEqual([
			'首页',
			...names,
			'系列报道',
			'归档',
			'搜索',
		]);
	});

	test('search finds every article holding the query, and no other, newest first: its count is the true one', async () => {
		// The generated articles and the seed's own.
		const articles = distFiles(build.dist)
			.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file))
			.map((file) => `/${file.replace(/index\.html$/, '')}`)
			.sort();
		expect(articles.length).toBeGreaterThan(ARTICLES);
		/** An article's indexed text: its body, less what search leaves out. */
		const text = new Map(
			articles.map((path) => {
				const body = read(path.slice(1)).querySelector('[data-pagefind-body]')!;
				for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
				return [path, body.text];
			}),
		);
		/** The articles holding every term of the query (parted by spaces and punctuation). */
		const holding = (query: string) =>
			articles.filter((path) => query.split(/[\s\p{P}]+/u).every((term) => text.get(path)!.includes(term)));
		// One title; a figure caption (every fifth); two characters only across a comma (none); a
		// pasted sentence; every article; two terms.
		const queries = ['基准测试文章第123篇', '基准测试图片', '协调推动', '协调，推动', '第1部分', '基准测试文章第1999篇 乌兰察布'];
		const search = await searchIndexOf(build.dist);
		try {
			for (const query of queries) {
				const found = await search.found(query);
				const expected = holding(query);
				console.info(`search “${query}”: ${found.length} found, ${expected.length} hold it`);
				expect([...found].sort(), query).toEqual(expected);
				// Four articles a day, numbered in date order: newest first means falling numbers, day by day.
				const days = found
					.filter((path) => path.startsWith('/articles/bench-'))
					.map((path) => Math.floor((Number(/\d+/.exec(path)![0]) - 1) / 4));
				expect(days, query).toEqual([...days].sort((a, b) => b - a));
			}
		} finally {
			search.close();
		}
	});

	test('a second build puts every page, and so every same-day story, in the same order', { timeout: 300_000 }, () => {
		const first = hashes();
		const again = runBuild({ root: build.root });
		expect(again.status, again.output).toBe(0);
		const second = hashes();
		expect(second.size).toBe(first.size);
		expect([...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file)).toEqual([]);
	});
});
