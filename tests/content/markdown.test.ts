import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';

/**
 * Astro 7's default Markdown processor (Sätteri) leaves `**重点。**后文` as literal asterisks,
 * because CommonMark's emphasis rules do not see CJK punctuation as a word boundary. The site
 * uses remark with remark-cjk-friendly instead; these cases fail if that setting is lost.
 */
describe('emphasis next to Chinese punctuation', async () => {
	const renderer = await config.markdown!.processor!.createRenderer({});
	// Without the span that keeps a paragraph's last characters together (line-breaks.ts): not the point here.
	const html = async (markdown: string) =>
		(await renderer.render(markdown)).code.replace(/<span class="para-end">([\s\S]*?)<\/span><\/p>/g, '$1</p>');

	test.each([
		['**重点。**后文', '<strong>重点。</strong>后文'],
		['前文**“引语”**后文', '前文<strong>“引语”</strong>后文'],
		['*强调，*后文', '<em>强调，</em>后文'],
	])('%s', async (markdown, expected) => {
		expect(await html(markdown)).toContain(expected);
	});

	test('Chinese quotation marks are left as written (no SmartyPants)', async () => {
		expect(await html('他说："好"。')).toContain('他说："好"。');
	});
});
