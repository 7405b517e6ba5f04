import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distFile, pageGzipBytes, readerFiles, readerPages, readPage } from '../helpers/dist';

/** SPEC §6. Bytes are deterministic, so these are tests; times are measured by `npm run measure`. */
const FIRST_ROUND_TRIP = 14 * 1024;

const pages = readerPages();

describe('byte budgets', () => {
	test.each(pages.filter((page) => page.startsWith('articles/')))(
		'%s: HTML + CSS within the first round trip (≤ 14 KB gzip)',
		(page) => {
			expect(pageGzipBytes(page)).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
		},
	);

	test('no page but search loads JavaScript; the only script files are the search index’s', () => {
		const loading = pages.filter(
			(page) => readPage(page).querySelectorAll('script:not([type="application/ld+json"])').length > 0,
		);
		expect(loading).toEqual(['search/index.html']);
		expect(readerFiles().filter((file) => /\.m?js$/.test(file) && !file.startsWith('pagefind/'))).toEqual([]);
	});

	test('every QR image ≤ 3 KB', () => {
		const codes = readerFiles().filter((file) => file.endsWith('qr.svg'));
		expect(codes.length).toBeGreaterThan(0);
		for (const code of codes) expect(readFileSync(distFile(code)).length, code).toBeLessThanOrEqual(3 * 1024);
	});

	test.each(pages)('%s: every <img> has width and height and a modern format (WebP, AVIF, SVG)', (page) => {
		for (const img of readPage(page).querySelectorAll('img')) {
			expect(img.getAttribute('width'), img.toString()).toMatch(/^\d+$/);
			expect(img.getAttribute('height'), img.toString()).toMatch(/^\d+$/);
			const sources = [
				img.getAttribute('src') ?? '',
				...(img.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''),
			];
			for (const source of sources.filter(Boolean)) expect(source, page).toMatch(/\.(webp|avif|svg)(\?|$)/);
		}
	});

	test('no asset over 200 KB', () => {
		const large = readerFiles().filter((file) => readFileSync(distFile(file)).length > 200 * 1024);
		expect(large).toEqual([]);
	});
});
