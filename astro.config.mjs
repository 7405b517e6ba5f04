// @ts-check
import './src/lib/pipeline/require-supported-node.ts';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import atomicOutDir from './src/lib/pipeline/atomic-out-dir.ts';
import { onBuildWarning } from './src/lib/pipeline/build-log.ts';
import contentGate from './src/lib/pipeline/gate-step.ts';
import mdxCompileCache from './src/lib/pipeline/mdx-cache.ts';
import pagefindIndex from './src/lib/pipeline/pagefind.ts';
import sitemapFromPages from './src/lib/pipeline/sitemap.ts';
import dropUnlinkedPictures from './src/lib/pipeline/unlinked-pictures.ts';
import webEditor from './src/lib/pipeline/web-editor.ts';
import { remarkMdxSubset } from './src/lib/content/mdx-subset.ts';
import { remarkFigurePictures } from './src/lib/content/remark-figure-pictures.ts';
import rehypeSafeLinks from './src/lib/content/rehype-safe-links.ts';
import { rehypeLineBreaks } from './src/lib/site/line-breaks.ts';
import { remarkTrailingPromos } from './src/lib/site/trailing-promos.ts';
import { ROUTES } from './src/lib/site/urls.ts';
import { SITE, SITE_URL_UNSET_WARNING } from './src/site.config.ts';

if (SITE_URL_UNSET_WARNING && process.argv.includes('build')) console.warn(`\u26a0 ${SITE_URL_UNSET_WARNING}`);

export default defineConfig({
	site: SITE.url,
	base: SITE.basePath,
	trailingSlash: 'always',
	// Parsed content and optimised images, kept between builds outside node_modules (which `npm ci`
	// deletes), so CI can restore it (deploy workflow); tests/helpers/build.ts knows the same path.
	cacheDir: './.cache/astro',
	// A page from getStaticPaths() whose key (src/lib/site/cache-key.ts), code and content are what
	// they were in the last build is copied from cacheDir instead of rendered (tests/slow/warm-build.test.ts).
	experimental: { incrementalBuild: true },
	// compressHTML keeps Astro 7's default, 'jsx': whitespace spanning a line break is dropped, which
	// suits Chinese (no stray spaces between lines of markup); a wanted space is written as {' '}.
	build: { format: 'directory', inlineStylesheets: 'always' },
	// No per-article warning about Astro's own MDX directive in the build log (build-log.ts).
	vite: { build: { rollupOptions: { onwarn: onBuildWarning } } },
	markdown: {
		// No code in a newspaper's articles; Shiki's inline styles would also need CSP exceptions.
		syntaxHighlight: false,
		// Sätteri, the default, leaves **重点。**后文 as literal asterisks; remark with
		// remark-cjk-friendly applies CommonMark emphasis correctly next to CJK punctuation.
		// remarkMdxSubset refuses, inside the compiler, any file outside the articles' MDX subset (the
		// content gate has refused it before the build; this holds for a dev server's later edits).
		// After it, each <Figure> gets its picture as an import of the article's own module.
		processor: unified({
			remarkPlugins: [
				remarkMdxSubset,
				remarkCjkFriendly,
				[remarkFigurePictures, { root: fileURLToPath(new URL('.', import.meta.url)) }],
				// An ad that ends the body is drawn after the article's source and editor lines.
				remarkTrailingPromos,
			],
			// Headings break between words, paragraphs keep their last characters together.
			rehypePlugins: [rehypeSafeLinks, rehypeLineBreaks],
			smartypants: false,
		}),
	},
	// A Content-Security-Policy <meta> on every page, with hashes of the page's own inline styles
	// and scripts; nothing inline runs unless Astro hashed it. The search page adds WebAssembly.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"font-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	// The content gate first: it checks content/ before Astro reads any of it.
	integrations: [
		contentGate(),
		// Each article's static HTML (paragraphs, headings with their word spans) is compiled into its
		// module as strings rather than one call per element: the same page, and a module Vite parses
		// and holds in memory at a fraction of the size (tests/content/compiled-article.test.ts).
		mdx({ optimize: true }),
		mdxCompileCache(),
		sitemapFromPages(SITE.basePath, [ROUTES.search()]),
		pagefindIndex(SITE.basePath, SITE.lang),
		// The web editor at /admin/: its own files, no page of the site.
		webEditor(SITE.basePath),
		// Picture originals no page links (an article cover's, with its EXIF) are deleted.
		dropUnlinkedPictures(),
		atomicOutDir(),
	],
});
