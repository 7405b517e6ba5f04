import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, visit } from '../helpers/browser';

afterAll(closeBrowser);

const ARTICLE = '/articles/saohei-zhengzhi-zhanwei/';

describe('the article on a phone’s first screen', () => {
	test.each([
		{ width: 375, height: 667 },
		{ width: 360, height: 640 },
	])('at $width×$height the first paragraph starts on the first screen', async (viewport) => {
		const { page, close } = await visit(ARTICLE, { viewport });
		try {
			const top = await page.evaluate(() => document.querySelector('.prose > p')?.getBoundingClientRect().top ?? Infinity);
			// 560 px leaves room for the bar an in-app browser (WeChat) adds above the page.
			expect(top).toBeLessThan(560);
		} finally {
			await close();
		}
	});

	test('on a phone the contents are closed and open with a tap on 目录; every entry then links to its section', async () => {
		const { page, close } = await visit(ARTICLE, { viewport: { width: 375, height: 667 } });
		try {
			const toc = page.locator('nav.toc');
			await expect(toc.locator('ol').isVisible()).resolves.toBe(false);
			const summary = toc.locator('summary');
			const box = await summary.boundingBox();
			expect(box?.height).toBeGreaterThanOrEqual(44);
			await summary.click();
			await expect(toc.locator('ol').isVisible()).resolves.toBe(true);
			expect(await toc.locator('li a').allTextContents()).toHaveLength(4);
		} finally {
			await close();
		}
	});

	test('on a wide screen the contents show open, without a click', async () => {
		const { page, close } = await visit(ARTICLE, { viewport: { width: 1280, height: 800 } });
		try {
			await expect(page.locator('nav.toc ol').isVisible()).resolves.toBe(true);
		} finally {
			await close();
		}
	});
});
