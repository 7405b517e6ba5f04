import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, overflowProblems, SCHEMES, sitePages, slugOfPath, visit } from '../helpers/browser';
import { BROWSER_REPORTS } from '../helpers/paths';

const WIDTHS = [360, 768, 1280];
const SHOTS = join(BROWSER_REPORTS, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

afterAll(closeBrowser);

const cases = sitePages().flatMap((path) => WIDTHS.flatMap((width) => SCHEMES.map((scheme) => ({ path, width, scheme }))));

describe('layout', () => {
	test.each(cases)('$path at $width px, $scheme', async ({ path, width, scheme }) => {
		const { page, close } = await visit(path, { viewport: { width, height: 800 }, colorScheme: scheme });
		try {
			// Lazy images load only near the viewport: scroll through the page first.
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
					window.scrollTo(0, y);
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
				window.scrollTo(0, 0);
			});
			await page.waitForLoadState('networkidle');
			const problems = [
				...(await overflowProblems(page)),
				...(await page.evaluate(() => {
					const found: string[] = [];
					const describe = (el: Element) =>
						`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
					for (const el of document.body.querySelectorAll('*')) {
						const style = getComputedStyle(el);
						if (style.display === 'none' || el.closest('.visually-hidden')) continue;
						const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
						if (clips && el.scrollWidth > el.clientWidth + 1) found.push(`${describe(el)} clips its text`);
					}
					for (const img of document.images) {
						if (!img.getAttribute('width') || !img.getAttribute('height')) found.push(`img ${img.src} lacks width/height`);
						// A picture hidden at this width (display: none) is never fetched, by design.
						const rendered = img.getClientRects().length > 0;
						if (rendered && (!img.complete || img.naturalWidth === 0)) found.push(`img ${img.src} did not load`);
					}
					return found;
				})),
			];
			await page.screenshot({ path: join(SHOTS, `${slugOfPath(path)}-${width}-${scheme}.png`), fullPage: true });
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});
});
