import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, visit } from '../helpers/browser';

afterAll(closeBrowser);

describe('the search page in Chromium', () => {
	test('typing 政治站位 lists the article first', async () => {
		const { page, consoleErrors, close } = await visit('/search/', { viewport: { width: 390, height: 844 } });
		try {
			await page.getByLabel('搜索文章').fill('政治站位');
			const first = page.locator('.search__results li h2 a').first();
			await first.waitFor();
			expect(await first.textContent()).toBe('全市扫黑除恶专项斗争系列述评之政治站位篇');
			expect(new URL((await first.getAttribute('href')) ?? '', 'http://x').pathname).toBe('/articles/saohei-zhengzhi-zhanwei/');
			expect(await page.locator('.search__status[role="status"]').textContent()).toBe('找到 1 篇与“政治站位”有关的文章');
			// The policy lets Pagefind's WebAssembly run and blocks nothing it needs.
			expect(consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('ad text finds no article', async () => {
		const { page, close } = await visit('/search/?q=江南研学');
		try {
			await page.locator('.search__status[role="status"]', { hasText: '没有找到' }).waitFor();
			expect(await page.locator('.search__results li').count()).toBe(0);
		} finally {
			await close();
		}
	});

	test('filters offer the sections and series', async () => {
		const { page, close } = await visit('/search/');
		try {
			await page.locator('select[name="栏目"] option[value="政法"]').waitFor({ state: 'attached' });
			expect(await page.locator('select[name="系列"] option').allTextContents()).toEqual([
				'全部系列',
				'全市扫黑除恶专项斗争系列述评',
			]);
		} finally {
			await close();
		}
	});
});
