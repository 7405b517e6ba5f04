// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { assertSupportedNode } from './src/lib/runtime.ts';
import { SITE } from './src/site.config.ts';

assertSupportedNode();

export default defineConfig({
	site: SITE.url,
	base: SITE.basePath,
	trailingSlash: 'always',
	// Lossless whitespace removal: the default 'jsx' mode drops spaces between inline elements.
	compressHTML: true,
	build: { format: 'directory', inlineStylesheets: 'always' },
	markdown: {
		// Sätteri, the default, leaves **重点。**后文 as literal asterisks; remark with
		// remark-cjk-friendly applies CommonMark emphasis correctly next to CJK punctuation.
		processor: unified({ remarkPlugins: [remarkCjkFriendly], smartypants: false }),
	},
	integrations: [mdx()],
});
