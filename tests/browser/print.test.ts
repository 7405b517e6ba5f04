import { afterAll, expect, test } from 'vitest';
import { closeBrowser, visit } from '../helpers/browser';

afterAll(closeBrowser);

test('a printed article keeps headline, dateline, text, source and address, and drops navigation, ads, TOC and QR codes', async () => {
	const { page, close } = await visit('/articles/saohei-zhengzhi-zhanwei/');
	try {
		await page.emulateMedia({ media: 'print' });
		const shown = (selector: string) => page.locator(selector).first().isVisible();
		for (const selector of ['h1', '.dateline', '.prose', '.source-line', '.print-url'])
			expect(await shown(selector), selector).toBe(true);
		const dropped = [
			'body > header',
			'.kicker',
			'.editor-line',
			'.breadcrumbs',
			'.toc',
			'aside.promo',
			'.series-nav',
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
