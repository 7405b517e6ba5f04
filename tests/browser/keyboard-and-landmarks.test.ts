import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, sitePages, visit } from '../helpers/browser';

afterAll(closeBrowser);

const pages = sitePages();

describe('keyboard', () => {
	test.each(pages)('%s: the first Tab reaches the skip link, which moves focus to the main content', async (path) => {
		const { page, close } = await visit(path);
		try {
			await page.keyboard.press('Tab');
			const first = await page.evaluate(() => ({
				text: document.activeElement?.textContent,
				href: document.activeElement?.getAttribute('href'),
			}));
			expect(first).toEqual({ text: '跳到正文', href: '#main' });
			const shown = await page.evaluate(() => {
				const box = document.activeElement!.getBoundingClientRect();
				return box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0;
			});
			expect(shown).toBe(true);
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		} finally {
			await close();
		}
	});

	test.each(pages)('%s: every element Tab reaches shows a visible focus indicator', async (path) => {
		const { page, close } = await visit(path, { viewport: { width: 390, height: 844 } });
		try {
			const seen: string[] = [];
			for (let step = 0; step < 200; step++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					if (!el || el === document.body) return undefined;
					// Marked when first reached: Tab has gone round once it comes back to a marked element.
					const again = el.dataset['focusSeen'] === '1';
					el.dataset['focusSeen'] = '1';
					const style = getComputedStyle(el);
					return {
						again,
						id: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? ''} ${el.textContent?.trim().slice(0, 20)}`,
						visible: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
					};
				});
				if (!focus || focus.again) break;
				seen.push(focus.id);
				expect(focus.visible, `no focus indicator on ${focus.id}`).toBe(true);
			}
			expect(seen.length).toBeGreaterThan(2);
		} finally {
			await close();
		}
	});
});

describe('semantics', () => {
	test.each(pages)('%s: banner, navigation, main and contentinfo landmarks; every ad a labelled aside', async (path) => {
		const { page, close } = await visit(path);
		try {
			const landmarks = await page.evaluate(() => ({
				banner: document.querySelectorAll('body > header').length,
				navigation: document.querySelectorAll('header nav[aria-label]').length,
				main: document.querySelectorAll('main').length,
				contentinfo: document.querySelectorAll('body > footer').length,
				unlabelledAds: [...document.querySelectorAll('.promo')].filter(
					(ad) => ad.tagName !== 'ASIDE' || !ad.getAttribute('aria-labelledby'),
				).length,
			}));
			expect(landmarks).toEqual({ banner: 1, navigation: 1, main: 1, contentinfo: 1, unlabelledAds: 0 });
			const adNames = await page.locator('aside.promo').evaluateAll((ads) =>
				ads.map((ad) =>
					(ad.getAttribute('aria-labelledby') ?? '')
						.split(' ')
						.map((id) => document.getElementById(id)?.textContent)
						.join(' '),
				),
			);
			for (const name of adNames) expect(name).toMatch(/^广告 /);
		} finally {
			await close();
		}
	});

	test.each(pages)('%s: one h1, and no heading level skipped', async (path) => {
		const { page, close } = await visit(path);
		try {
			const levels = await page.evaluate(() =>
				[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
			);
			expect(levels[0]).toBe(1);
			expect(levels.filter((level) => level === 1)).toHaveLength(1);
			levels.forEach((level, index) => {
				if (index > 0) expect(level, `h${levels[index - 1]} then h${level}`).toBeLessThanOrEqual(levels[index - 1]! + 1);
			});
		} finally {
			await close();
		}
	});

	test.each(pages)('%s: requests nothing from any other origin, and logs no error (no CSP violation)', async (path) => {
		const { foreignRequests, consoleErrors, status, close } = await visit(path);
		try {
			expect(status).toBe(200);
			expect(foreignRequests).toEqual([]);
			expect(consoleErrors).toEqual([]);
		} finally {
			await close();
		}
	});
});
