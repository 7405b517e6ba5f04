import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, visit } from '../helpers/browser';

afterAll(closeBrowser);

describe('the search page in Chromium', () => {
	test('typing 政治站位 lists the article with its section, date and a clean excerpt', async () => {
		const { page, consoleErrors, close } = await visit('/search/', { viewport: { width: 390, height: 844 } });
		try {
			await page.getByLabel('搜索文章').fill('政治站位');
			const first = page.locator('.search__results li h2 a').first();
			await first.waitFor();
			expect(await first.textContent()).toBe('全市扫黑除恶专项斗争系列述评之政治站位篇');
			expect(new URL((await first.getAttribute('href')) ?? '', 'http://x').pathname).toBe('/articles/saohei-zhengzhi-zhanwei/');
			expect(await page.locator('.search__status[role="status"]').textContent()).toBe('找到 1 篇与“政治站位”有关的文章');
			expect(await page.locator('.search__meta').textContent()).toBe('政法 · 2019年7月1日');
			const excerpt = (await page.locator('.search__excerpt').textContent()) ?? '';
			// Not the title again, no Latin ". " between heading and text, …… where it was cut.
			expect(excerpt).not.toContain('系列述评之政治站位篇');
			expect(excerpt).not.toMatch(/\. /);
			expect(excerpt).toMatch(/^……/);
			expect(excerpt).toMatch(/……$/);
			// The whole query is marked, every time.
			const marks = await page.locator('.search__excerpt mark').allTextContents();
			expect(marks.length).toBeGreaterThan(0);
			expect(new Set(marks)).toEqual(new Set(['政治站位']));
			expect(await page.locator('.search__more').isVisible()).toBe(false);
			// The policy lets Pagefind's WebAssembly run and blocks nothing it needs.
			expect(consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('an excerpt that reaches the next paragraph sets the two apart with an ideographic space', async () => {
		const { page, close } = await visit('/search/?q=' + encodeURIComponent('高位推进'), {
			viewport: { width: 390, height: 844 },
		});
		try {
			const excerpt = page.locator('.search__excerpt').first();
			await excerpt.waitFor();
			expect(await excerpt.textContent()).toContain('高位推进。\u30002018年1月25日');
		} finally {
			await close();
		}
	});

	test.each(['江南研学', '樊瑞', '夏令营', '13304743215', '政治站稳'])('%s (not in any article) finds nothing', async (term) => {
		const { page, close } = await visit(`/search/?q=${encodeURIComponent(term)}`);
		try {
			await page.locator('.search__status[role="status"]', { hasText: '没有找到' }).waitFor();
			expect(await page.locator('.search__results li').count()).toBe(0);
		} finally {
			await close();
		}
	});

	test('filters offer the sections and series, side by side and equal in width', async () => {
		const { page, close } = await visit('/search/', { viewport: { width: 375, height: 800 } });
		try {
			await page.locator('select[name="栏目"] option[value="政法"]').waitFor({ state: 'attached' });
			expect(await page.locator('select[name="系列"] option').allTextContents()).toEqual([
				'全部系列',
				'全市扫黑除恶专项斗争系列述评',
			]);
			const [a, b] = await Promise.all(['栏目', '系列'].map((name) => page.locator(`select[name="${name}"]`).boundingBox()));
			expect(a?.width).toBe(b?.width);
			expect(a?.y).toBe(b?.y);
		} finally {
			await close();
		}
	});
});

/**
 * Paging, with Pagefind's module replaced by one that finds 45 articles (the seed site has one),
 * and only when asked as the search page asks: the exact phrase of the query's words, newest first.
 */
describe('search beyond 20 results', () => {
	const FAKE_PAGEFIND = `
		const pages = Array.from({ length: 45 }, (_, i) => ({
			url: '/articles/a' + i + '/',
			content: '标 题' + i + '. 第' + i + '篇 讲 政 治 站 位。',
			meta: { title: '标 题' + i, date: '2019年7月' + ((i % 28) + 1) + '日' },
			filters: { 栏目: ['政法'] },
		}));
		export async function options() {}
		export async function init() {}
		export async function filters() { return {}; }
		export async function search(term, options) {
			const asked = term === '"政 治 站 位"' && options.sort.date === 'desc';
			return { results: asked ? pages.map((page, i) => ({ id: 'p' + i, data: async () => page })) : [] };
		}
	`;

	test('says how many there are, shows 20, and adds the next 20 with the focus on the first new one', async () => {
		const { page, close } = await visit('/search/');
		try {
			await page.route('**/pagefind/pagefind.js', (route) =>
				route.fulfill({ contentType: 'text/javascript', body: FAKE_PAGEFIND }),
			);
			await page.reload({ waitUntil: 'networkidle' });
			await page.getByLabel('搜索文章').fill('政治站位');
			const status = page.locator('.search__status[role="status"]');
			await status.filter({ hasText: '已显示' }).waitFor();
			expect(await status.textContent()).toBe('找到 45 篇与“政治站位”有关的文章，已显示 20 篇');
			expect(await page.locator('.search__results li').count()).toBe(20);
			expect(await page.locator('.search__results li h2 a').first().textContent()).toBe('标题0');

			await page.getByRole('button', { name: '更多结果' }).click();
			await status.filter({ hasText: '已显示 40 篇' }).waitFor();
			expect(await page.locator('.search__results li').count()).toBe(40);
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('标题20');

			await page.getByRole('button', { name: '更多结果' }).click();
			await status.filter({ hasText: /^找到 45 篇与“政治站位”有关的文章$/ }).waitFor();
			expect(await page.locator('.search__results li').count()).toBe(45);
			expect(await page.locator('.search__more').isVisible()).toBe(false);
		} finally {
			await close();
		}
	});
});
