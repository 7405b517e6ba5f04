import { afterAll, expect, test } from 'vitest';
import { closeBrowser, sitePages, visit } from '../helpers/browser';

afterAll(closeBrowser);

/**
 * WCAG 1.4.4: a reader who doubles the browser's default text size (or WeChat's 超大 font
 * setting) still gets every page whole at 375 px: sizes are in rem, so doubling the root size is
 * that setting. The CSP is bypassed only to inject the test's own rule.
 */
test.each(sitePages().filter((path) => !path.endsWith('.html') || path === '/404.html'))(
	'%s: text at double size, 375 px wide',
	async (path) => {
		const { page, close } = await visit(path, { viewport: { width: 375, height: 800 }, bypassCSP: true });
		try {
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			const problems = await page.evaluate(() => {
				const found: string[] = [];
				const viewport = document.documentElement.clientWidth;
				if (document.documentElement.scrollWidth > viewport)
					found.push(`page scrolls sideways: ${document.documentElement.scrollWidth}`);
				for (const el of document.body.querySelectorAll('*')) {
					if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
					const box = el.getBoundingClientRect();
					if (box.width === 0 && box.height === 0) continue;
					if (box.right > viewport + 1)
						found.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} ends at ${Math.round(box.right)}`);
				}
				return found;
			});
			expect(problems).toEqual([]);
			// The text really is larger: the root size doubled.
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
		} finally {
			await close();
		}
	},
);
