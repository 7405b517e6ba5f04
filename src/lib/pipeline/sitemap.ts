/**
 * @astrojs/sitemap, fed from the built pages themselves: a page that says `noindex` is left
 * out, as are the `exclude`d paths (search results are no landing page), and each entry's lastmod is the page's own og:updated_time. So the
 * sitemap never disagrees with the pages, and needs no list of its own.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readUntil } from '../files';

const NOINDEX = /<meta name="robots" content="[^"]*noindex/;
const UPDATED = /<meta property="og:updated_time" content="([^"]+)"/;

export function pageFacts(html: string): { indexable: boolean; lastmod?: string | undefined } {
	return { indexable: !NOINDEX.test(html), lastmod: UPDATED.exec(html)?.[1] };
}

/**
 * The sitemap's entry for a built page, or undefined to leave it out: an excluded path, or a
 * page that says noindex. A page's lastmod is its own og:updated_time.
 */
export function sitemapEntry(
	item: SitemapItem,
	outDir: URL,
	basePath: string,
	exclude: readonly string[],
): SitemapItem | undefined {
	const path = new URL(item.url).pathname.slice(basePath.length);
	if (exclude.includes(`/${path}`)) return undefined;
	const file = fileURLToPath(new URL(path.endsWith('/') || path === '' ? `${path}index.html` : path, outDir));
	if (!existsSync(file)) return item;
	// Only the page's <head>, where both facts are: at 10,000 articles, reading every page whole
	// left hundreds of megabytes of text behind at the end of the build, when memory is at its peak.
	const { indexable, lastmod } = pageFacts(readUntil(file, '</head>'));
	if (!indexable) return undefined;
	return lastmod ? { ...item, lastmod } : item;
}

/**
 * The two halves of the integration: `capture` learns the build folder when Astro's config is
 * done; `serialize` (@astrojs/sitemap's hook) judges each page from its file there.
 */
export function pageSerializer(basePath: string, exclude: readonly string[]) {
	let outDir: URL | undefined;
	const capture: AstroIntegration = {
		name: 'sitemap-out-dir',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
			},
		},
	};
	const serialize = (item: SitemapItem): SitemapItem | undefined => {
		if (!outDir) throw new Error('sitemap: the build folder is not known yet');
		return sitemapEntry(item, outDir, basePath, exclude);
	};
	return { capture, serialize };
}

export default function sitemapFromPages(basePath: string, exclude: readonly string[] = []): AstroIntegration[] {
	const { capture, serialize } = pageSerializer(basePath, exclude);
	return [capture, sitemap({ serialize })];
}
