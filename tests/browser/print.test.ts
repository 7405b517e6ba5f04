import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser, visit } from '../helpers/browser';
import { decodeQr } from '../helpers/qr';

afterAll(closeBrowser);

const ARTICLE = '/articles/saohei-zhengzhi-zhanwei/';

test('a printed article keeps headline, dateline, text, source and address, and drops navigation, ads, TOC and links', async () => {
	const { page, close } = await visit(ARTICLE);
	try {
		await page.emulateMedia({ media: 'print' });
		const shown = (selector: string) => page.locator(selector).first().isVisible();
		for (const selector of ['.masthead__name', 'h1', '.dateline', '.prose', '.source-line', '.print-url', '.print-ref__qr'])
			expect(await shown(selector), selector).toBe(true);
		const dropped = [
			'.masthead nav',
			'.kicker',
			'.editor-line',
			'.breadcrumbs',
			'.toc',
			'aside.promo',
			'.series-nav',
			'.series-steps',
			'.related',
			'.tag-line',
			'.share-qr',
			'.site-footer',
			'.skip-link',
		];
		for (const selector of dropped) {
			// Not rendered at all (display: none on it or an ancestor): it has no boxes.
			const rendered = await page
				.locator(selector)
				.evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
			expect(rendered, selector).toBe(0);
		}
		expect(await page.locator('.print-url').textContent()).toMatch(/^本文网址：http.*\/articles\/saohei-zhengzhi-zhanwei\/$/);
	} finally {
		await close();
	}
});

/** The article printed to PDF as Chromium prints it, read back page by page with poppler. */
describe('the article as a PDF', () => {
	const dir = mkdtempSync(join(tmpdir(), 'print-'));
	const pdf = join(dir, 'article.pdf');
	let pages: string[] = [];
	let headings: string[] = [];
	let url = '';

	beforeAll(async () => {
		// Printed from a phone: the QR is never shown on its screen, and must still reach the paper.
		const { page, close } = await visit(ARTICLE, { viewport: { width: 375, height: 667 } });
		try {
			await page.emulateMedia({ media: 'print' });
			headings = await page.locator('.prose h2').allTextContents();
			// The site's public address (SITE_URL), as printed, not the test server's.
			url = ((await page.locator('.print-url').textContent()) ?? '').replace(/^本文网址：/, '');
			// The page's own @page rule decides the paper.
			writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
		} finally {
			await close();
		}
		const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
		pages = text.split('\f').filter((p) => p.trim() !== '');
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('is on A4', () => {
		expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
	});

	test('the first page names the paper, the headline and the date', () => {
		const first = (pages[0] ?? '').replace(/\s+/g, '');
		expect(first).toContain('内蒙古晨报·乌兰察布');
		expect(first).toContain('全市扫黑除恶专项斗争系列述评之政治站位篇');
		expect(first).toContain('2019年7月1日');
	});

	test('no page ends with a section heading', () => {
		expect(pages.length).toBeGreaterThan(1);
		expect(headings).toHaveLength(4);
		const endings = pages.slice(0, -1).map((p) => p.trim().split('\n').at(-1)?.replace(/\s+/g, '') ?? '');
		for (const heading of headings) expect(endings, heading).not.toContain(heading.replace(/\s+/g, ''));
	});

	test('nothing but the article is printed: no navigation, ad or related list', () => {
		const all = pages.join('').replace(/\s+/g, '');
		for (const absent of ['主导航', '系列报道归档搜索', '江南研学夏令营', '樊瑞老师', '相关文章', '目录', '回到顶部'])
			expect(all, absent).not.toContain(absent);
		expect(all).toContain('（乌兰察布市扫黑办）');
	});

	test('the last page gives the address and, beside it, a QR code that opens it', async () => {
		const last = pages.at(-1) ?? '';
		expect(last.replace(/\s+/g, '')).toContain(`本文网址：${url}`);
		const image = join(dir, 'last');
		execFileSync('pdftoppm', [
			'-png',
			'-r',
			'150',
			'-f',
			String(pages.length),
			'-l',
			String(pages.length),
			'-singlefile',
			pdf,
			image,
		]);
		expect(await decodeQr(readFileSync(`${image}.png`))).toBe(url);
	});
});
