import { afterAll, expect, test } from 'vitest';
import { closeBrowser, overflowProblems, sitePages, visit } from '../helpers/browser';

afterAll(closeBrowser);

/**
 * WCAG 1.4.4: a reader who doubles the browser's default text size (or WeChat's 超大 font
 * setting) still gets every page whole at 375 px: sizes are in rem, so doubling the root size is
 * that setting. The CSP is bypassed only to inject the test's own rule.
 */
test.each(sitePages())('%s: text at double size, 375 px wide', async (path) => {
	const { page, close } = await visit(path, { viewport: { width: 375, height: 800 }, bypassCSP: true });
	try {
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		const problems = await overflowProblems(page);
		expect(problems).toEqual([]);
		// The text really is larger: the root size doubled.
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
	} finally {
		await close();
	}
});
