/**
 * Builds the Pagefind search index over the finished site, into <outDir>/pagefind/. Only the
 * article bodies are indexed (pages mark them with data-pagefind-body; ads and navigation
 * carry data-pagefind-ignore), so search finds news and never ad copy.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: fileURLToPath(dir) });
				if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
				if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(`indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
