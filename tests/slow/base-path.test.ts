import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy } from '../helpers/build';
import { readerPages } from '../helpers/dist';
import { decodeQr } from '../helpers/qr';

/** The whole site built to live under https://news.example.org/news/. */
const ORIGIN = 'https://news.example.org';
const BASE = '/news/';
const build = buildCopy({}, { SITE_URL: ORIGIN, BASE_PATH: BASE });
afterAll(() => build.remove());

const read = (file: string) => readFileSync(join(build.dist, file), 'utf8');

/** The file a URL of the deployed site would be served from, or undefined when it leaves the base path. */
function fileFor(url: string): string | undefined {
	const { origin, pathname } = new URL(url, `${ORIGIN}${BASE}`);
	if (origin !== ORIGIN || !pathname.startsWith(BASE)) return undefined;
	const path = decodeURIComponent(pathname.slice(BASE.length));
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

describe(`the site under BASE_PATH=${BASE}`, () => {
	test('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	test('every internal link, asset and canonical URL in every page resolves inside the base path', () => {
		const broken: string[] = [];
		for (const page of readerPages(build.dist)) {
			const dom = parse(read(page));
			const urls = [
				...dom.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href') ?? ''),
				...dom.querySelectorAll('img[src]').map((el) => el.getAttribute('src') ?? ''),
				...dom
					.querySelectorAll('meta[property="og:url"], meta[property="og:image"]')
					.map((el) => el.getAttribute('content') ?? ''),
				...dom.querySelectorAll('form[action]').map((el) => el.getAttribute('action') ?? ''),
			].filter((url) => !url.startsWith('#') && !url.startsWith('tel:') && !/^https?:\/\/(?!news\.example\.org)/.test(url));
			for (const url of urls) {
				const file = fileFor(url);
				if (!file || !existsSync(join(build.dist, file))) broken.push(`${page}: ${url}`);
			}
		}
		expect(broken).toEqual([]);
	});

	test('feed items, sitemap entries and robots.txt use the base path', () => {
		expect(read('rss.xml')).toContain(`<link>${ORIGIN}${BASE}articles/saohei-zhengzhi-zhanwei/</link>`);
		const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
		expect(locs.length).toBeGreaterThan(5);
		for (const loc of locs) expect(existsSync(join(build.dist, fileFor(loc) ?? 'missing')), loc).toBe(true);
		expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
	});

	test('the promo QR code leads to the promo page under the base path', async () => {
		expect(await decodeQr(readFileSync(join(build.dist, 'promos/jiangnan-study-tour/qr.svg')))).toBe(
			`${ORIGIN}${BASE}promos/jiangnan-study-tour/`,
		);
	});

	test('the article share QR code leads to the article under the base path', async () => {
		expect(await decodeQr(readFileSync(join(build.dist, 'articles/saohei-zhengzhi-zhanwei/qr.svg')))).toBe(
			`${ORIGIN}${BASE}articles/saohei-zhengzhi-zhanwei/`,
		);
	});

	test('JSON-LD and the feed’s article text use absolute URLs under the base path', () => {
		const ld =
			parse(read('articles/saohei-zhengzhi-zhanwei/index.html')).querySelector('script[type="application/ld+json"]')
				?.textContent ?? '{}';
		expect(JSON.parse(ld).mainEntityOfPage['@id']).toBe(`${ORIGIN}${BASE}articles/saohei-zhengzhi-zhanwei/`);
		expect(read('rss.xml')).not.toMatch(/(href|src)=&quot;\/(?!news\/)/);
	});

	test('search results point under the base path', () => {
		const form = parse(read('search/index.html')).querySelector('form.search');
		expect(form?.getAttribute('data-index')).toBe(`${BASE}pagefind/pagefind.js`);
		expect(form?.getAttribute('data-base')).toBe(BASE);
	});
});
