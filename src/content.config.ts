/**
 * The four collections. Field rules live in lib/content/schema.ts (shared with the content
 * check); ids come from file names only, and every file has passed the content check before
 * Astro reads it (lib/pipeline/gate-step.ts), so the loaders only read what is known to be good.
 * A build stores only the articles and ads published when it runs; a dev server stores drafts
 * too (content-loader.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { editorLoader, idFromFileName } from './lib/content/content-loader';
import { isPromoPublished, isPublished } from './lib/content/publication';
import { articleSchema, promoSchema, sectionSchema, seriesSchema } from './lib/content/schema';

const articles = defineCollection({
	loader: editorLoader(glob({ base: './content/articles', pattern: '*.mdx', generateId: idFromFileName }), {
		published: isPublished,
	}),
	schema: ({ image }) => articleSchema({ image, reference }),
});

const series = defineCollection({
	loader: editorLoader(glob({ base: './content/series', pattern: '*.yaml', generateId: idFromFileName })),
	schema: seriesSchema(),
});

const sections = defineCollection({
	loader: editorLoader(file('./content/sections.yaml')),
	schema: sectionSchema(),
});

const promos = defineCollection({
	loader: editorLoader(glob({ base: './content/promos', pattern: '*.yaml', generateId: idFromFileName }), {
		published: isPromoPublished,
	}),
	schema: ({ image }) => promoSchema({ image }),
});

export const collections = { articles, series, sections, promos };
