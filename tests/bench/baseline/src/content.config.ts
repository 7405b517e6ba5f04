import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
	loader: glob({ base: './content/articles', pattern: '**/*.mdx' }),
	schema: z.object({ title: z.string() }).passthrough(),
});

export const collections = { articles };
