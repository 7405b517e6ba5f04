import { afterAll, expect, test } from 'vitest';
import { closeBrowser, sitePages, visit } from '../helpers/browser';

afterAll(closeBrowser);

/**
 * WCAG 2.5.5 / SPEC §6: on a phone every link and control is at least 44×44 CSS px, links inside
 * running text aside (a sentence cannot be spaced out for them). Measured at 375 px on every page.
 */
test.each(sitePages())('%s: touch targets at 375 px', async (path) => {
	const { page, close } = await visit(path, { viewport: { width: 375, height: 800 } });
	try {
		const small = await page.evaluate(() => {
			const inRunningText = (el: Element) => !!el.closest('.prose p, .prose li, .prose blockquote, .search__results p');
			return [...document.querySelectorAll('a[href], button, input, select, summary')]
				.filter((el) => el.checkVisibility() && !inRunningText(el) && !el.closest('.visually-hidden'))
				.map((el) => {
					const box = el.getBoundingClientRect();
					return {
						el: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 16)}”`,
						w: Math.round(box.width),
						h: Math.round(box.height),
					};
				})
				.filter((target) => target.w < 44 || target.h < 44)
				.map((target) => `${target.el} ${target.w}×${target.h}`);
		});
		expect(small).toEqual([]);
	} finally {
		await close();
	}
});
