/**
 * Builds the Pagefind search index into <outDir>/pagefind/. Pages are indexed as they are
 * rendered (src/middleware.ts hands them over), so the work runs beside the build rather than
 * after it. Only article bodies are indexed (pages mark them with data-pagefind-body; ads and
 * navigation carry data-pagefind-ignore), so search finds news and never ad copy.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openSearchIndex, writeSearchIndex } from '../site/search-index';

export default function pagefindIndex(basePath: string): AstroIntegration {
	let started = 0;
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:start': async () => {
				started = performance.now();
				await openSearchIndex(basePath);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const finishing = performance.now();
				const pages = await writeSearchIndex(fileURLToPath(new URL('pagefind/', dir)));
				const now = performance.now();
				logger.info(
					`indexed ${pages} pages for search: ${Math.round(now - finishing)} ms after the last page (${Math.round(now - started)} ms alongside the build)`,
				);
			},
		},
	};
}
