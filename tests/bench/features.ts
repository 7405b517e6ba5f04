/**
 * The site's features as the benchmark switches them off, one at a time, in its temporary copy of
 * the project (never in the project itself, and never as an option a user must know about). Each
 * switch is a few exact edits; an edit whose text is no longer there stops the benchmark, so a
 * switch cannot silently measure nothing after the code changes.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Edit {
	file: string;
	/** Replace this text (exactly, once)… */
	find?: string;
	/** …with this; or delete the file when both are absent. */
	replace?: string;
}

export interface Feature {
	id: string;
	/** What the row of the table says is off. */
	label: string;
	edits: Edit[];
}

const CONFIG = 'astro.config.mjs';
const ARTICLE_PAGE = 'src/pages/articles/[slug]/index.astro';

export const FEATURES: Feature[] = [
	{
		id: 'search',
		label: 'search indexing (Pagefind)',
		edits: [{ file: CONFIG, find: '\t\tpagefindIndex(SITE.basePath, SITE.lang),\n', replace: '' }],
	},
	{
		id: 'share-qr',
		label: 'share QR files (one SVG per article)',
		edits: [{ file: 'src/pages/articles/[slug]/qr.svg.ts' }],
	},
	{
		id: 'csp',
		label: 'CSP hashing',
		edits: [{ file: CONFIG, find: '\tsecurity: {\n\t\tcsp: {', replace: '\tsecurity: {\n\t\tcsp: false && {' }],
	},
	{
		id: 'related',
		label: 'related articles',
		edits: [
			{
				file: 'src/lib/site/site-data.ts',
				find: 'related: new Map(articles.map((article) => [article.id, relatedArticles(article, index)])),',
				replace: 'related: new Map(articles.map((article) => [article.id, [] as Article[]])),',
			},
		],
	},
	{
		id: 'toc',
		label: 'table of contents',
		edits: [{ file: ARTICLE_PAGE, find: 'const TOC_MIN_HEADINGS = 3;', replace: 'const TOC_MIN_HEADINGS = Infinity;' }],
	},
	{
		id: 'sitemap',
		label: 'sitemap',
		edits: [{ file: CONFIG, find: '\t\tsitemapFromPages(SITE.basePath, [ROUTES.search()]),\n', replace: '' }],
	},
	{
		id: 'feed',
		label: 'feed (newest 50, full text)',
		edits: [{ file: 'src/pages/rss.xml.ts' }],
	},
	{
		id: 'images',
		label: 'image processing (sharp)',
		edits: [
			{
				file: CONFIG,
				find: "import { defineConfig } from 'astro/config';",
				replace: "import { defineConfig, passthroughImageService } from 'astro/config';",
			},
			{ file: CONFIG, find: '\tsecurity: {', replace: '\timage: { service: passthroughImageService() },\n\tsecurity: {' },
		],
	},
	{
		id: 'gate',
		label: 'content checks at load (the gate)',
		edits: [{ file: CONFIG, find: '\t\tcontentGate(),\n', replace: '' }],
	},
	{
		id: 'line-breaks',
		label: 'Chinese line breaking (jieba, word spans)',
		edits: [
			{
				file: 'src/lib/site/line-breaks.ts',
				find: 'export function wordChunks(text: string): string[] {',
				replace: 'export function wordChunks(text: string): string[] {\n\treturn [text];',
			},
			{ file: CONFIG, find: 'rehypePlugins: [rehypeSafeLinks, rehypeLineBreaks],', replace: 'rehypePlugins: [rehypeSafeLinks],' },
		],
	},
	{
		id: 'remark',
		// Off means Sätteri, Astro's default: it loses CJK emphasis and the subset guard in the compiler.
		label: 'remark for Markdown (vs Sätteri)',
		edits: [
			{ file: CONFIG, find: '\t\tprocessor: unified({', replace: '\t\tprocessor: undefined && unified({' },
			// Without remark no plugin imports each Figure's picture: the component finds it among all of them.
			{
				file: 'src/components/Figure.astro',
				find: 'const { src, alt, caption, credit, picture } = Astro.props;',
				replace:
					"const { src, alt, caption, credit } = Astro.props;\nconst picture = (await import.meta.glob<{ default: ImageMetadata }>('/content/**/*.{jpg,jpeg,png,webp,avif,gif}')[`/${resolvePicture(src, ARTICLE_FOLDER)}`]?.())?.default;",
			},
		],
	},
	{
		id: 'caches',
		label: 'the warm-rebuild caches (pages, articles)',
		edits: [
			{ file: CONFIG, find: '\texperimental: { incrementalBuild: true },\n', replace: '' },
			{ file: CONFIG, find: '\t\tmdxCompileCache(),\n', replace: '' },
		],
	},
	{
		id: 'layout',
		label: 'the richer layout (head tags, masthead, footer)',
		edits: [
			{
				file: 'src/layouts/BaseLayout.astro',
				find: '<BaseHead {...Astro.props} />',
				replace: '<title>{Astro.props.title}</title>',
			},
			{
				file: 'src/layouts/BaseLayout.astro',
				find: '<SiteHeader sections={sections.map((section) => ({ id: section.id, name: section.data.name }))} currentPath={path} />',
				replace: '',
			},
			{ file: 'src/layouts/BaseLayout.astro', find: '<SiteFooter year={year} />', replace: '' },
		],
	},
];

/** Applies a feature's edits to the copy at `root`. */
export function switchOff(root: string, feature: Feature): void {
	for (const edit of feature.edits) {
		const path = join(root, edit.file);
		if (!existsSync(path)) throw new Error(`bench: ${feature.id}: ${edit.file} is not there`);
		if (edit.find === undefined) {
			rmSync(path);
			continue;
		}
		const text = readFileSync(path, 'utf8');
		if (text.split(edit.find).length !== 2)
			throw new Error(`bench: ${feature.id}: ${edit.file} no longer holds ${JSON.stringify(edit.find)} exactly once`);
		writeFileSync(path, text.replace(edit.find, edit.replace ?? ''));
	}
}
