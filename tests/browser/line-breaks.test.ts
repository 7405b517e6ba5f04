import { afterAll, expect, test } from 'vitest';
import { closeBrowser, sitePages, visit } from '../helpers/browser';
import { BY_WORDS, WHOLE_WORDS } from '../helpers/reader-checks';

afterAll(closeBrowser);

/** Words of the seed that a line must never split where text breaks only between words (SPEC §5): the reader checks' words, and three more of the ad's and the headline's. */
const WORDS = [...WHOLE_WORDS, '项斗争', '203室', '4号楼'];
const WIDTHS = [360, 375, 768, 1280];
/** Two marks side by side that set Chinese gives one em and a half, not two (clreq 3.1.6). */
const MARK_PAIRS = /^[”’」』）》，。、；：！？][“‘「『（《”’」』）》，。、；：！？]$/;

const cases = sitePages().flatMap((path) => WIDTHS.map((width) => ({ path, width })));

test.each(cases)('$path at $width px: words whole, no 1–2 character last line, marks compressed', async ({ path, width }) => {
	const { page, close } = await visit(path, { viewport: { width, height: 900 } });
	try {
		const found = await page.evaluate(
			({ words, pairs, byWords }) => {
				const problems: string[] = [];
				const pairPattern = new RegExp(pairs);
				/** Each character of an element's text with the line (top) it is drawn on. */
				const characters = (el: Element) => {
					const out: { char: string; top: number; left: number; right: number; size: number }[] = [];
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
						const size = parseFloat(getComputedStyle(node.parentElement!).fontSize);
						for (let i = 0; i < node.data.length; i++) {
							const range = document.createRange();
							range.setStart(node, i);
							range.setEnd(node, i + 1);
							const rect = range.getClientRects()[0];
							if (rect) out.push({ char: node.data[i]!, top: Math.round(rect.top), left: rect.left, right: rect.right, size });
						}
					}
					return out;
				};
				const visible = (el: Element) => el.checkVisibility() && !el.closest('.visually-hidden, [hidden]');

				for (const el of [...document.querySelectorAll(byWords)].filter(visible)) {
					const chars = characters(el);
					const text = chars.map((c) => c.char).join('');
					for (const word of words) {
						for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
							const tops = new Set(chars.slice(at, at + word.length).map((c) => c.top));
							if (tops.size > 1) problems.push(`「${word}」 split in 「${text}」`);
						}
					}
				}

				// The glued tail alone keeps the last line from one or two characters (no `text-wrap: pretty`).
				const paragraphs = [...document.querySelectorAll<HTMLElement>('.prose p, .promo__details p, figcaption')].filter(visible);
				for (const el of paragraphs) {
					const chars = characters(el).filter((c) => c.char.trim() !== '');
					const lastTop = chars.at(-1)?.top;
					const lines = new Set(chars.map((c) => c.top)).size;
					const last = chars.filter((c) => c.top === lastTop).length;
					if (lines > 1 && last <= 2)
						problems.push(
							`last line of ${last} in 「${chars
								.map((c) => c.char)
								.join('')
								.slice(0, 20)}…」`,
						);
				}

				for (const el of [...document.querySelectorAll('main, header, footer')].filter(visible)) {
					const chars = characters(el);
					for (let i = 0; i + 1 < chars.length; i++) {
						const pair = `${chars[i]!.char}${chars[i + 1]!.char}`;
						if (!pairPattern.test(pair) || chars[i]!.top !== chars[i + 1]!.top) continue;
						// Compressed, the first mark advances half an em (and what justification adds to its
						// gap); uncompressed, a whole em and more.
						const ems = (chars[i + 1]!.left - chars[i]!.left) / chars[i]!.size;
						if (ems > 0.8) problems.push(`「${pair}」: the first mark takes ${ems.toFixed(2)} em`);
					}
				}
				return problems;
			},
			{ words: WORDS, pairs: MARK_PAIRS.source, byWords: BY_WORDS },
		);
		expect(found).toEqual([]);
	} finally {
		await close();
	}
});
