import { compile } from '@mdx-js/mdx';
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { remarkTrailingPromos, TRAILING_PROMOS } from '../../../src/lib/site/trailing-promos';

/** The body as MDX compiles it with the plugin, and what the plugin hands the page. */
async function compiled(body: string) {
	const file = new VFile({ value: body, data: { astro: { frontmatter: { title: '标题' } } } });
	const code = String(await compile(file, { remarkPlugins: [remarkTrailingPromos] }));
	return { code, frontmatter: (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter };
}

describe('remarkTrailingPromos: an ad never sits between the text and its source line', () => {
	test('the ads that end the body leave it, in their order, for the page to draw after the footer', async () => {
		const { code, frontmatter } = await compiled('正文第一段。\n\n正文最后一段。\n\n<Promo id="a" />\n\n<Promo id="b" />\n');
		expect(frontmatter).toEqual({ title: '标题', [TRAILING_PROMOS]: ['a', 'b'] });
		expect(code).toContain('正文最后一段。');
		expect(code).not.toContain('Promo');
	});

	test('an ad between paragraphs stays where the editor put it, and so does one followed by text', async () => {
		const body = '第一段。\n\n<Promo id="a" />\n\n第二段。\n\n<Promo id="b" />\n\n（察右后旗文旅局）\n';
		const { code, frontmatter } = await compiled(body);
		expect(frontmatter).toEqual({ title: '标题' });
		expect(code).toContain('id: "a"');
		expect(code).toContain('id: "b"');
	});

	test('a body without an ad is left alone and hands nothing on', async () => {
		const { frontmatter } = await compiled('只有一段。\n');
		expect(frontmatter).toEqual({ title: '标题' });
	});
});
