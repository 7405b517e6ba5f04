import { z } from 'astro/zod';
import { describe, expect, test, vi } from 'vitest';
import { idFromFileName } from '../../src/lib/content/content-loader';

/** Astro's collection helpers, standing in: what content.config.ts asks of each is recorded. */
const loaded: { parseData: unknown }[] = [];
vi.mock('astro:content', async () => {
	const { z } = await import('astro/zod');
	return { defineCollection: <T>(config: T) => config, reference: () => z.string() };
});
vi.mock('astro/loaders', () => {
	const load = async (context: { parseData: unknown }) => void loaded.push(context);
	return {
		glob: (options: object) => ({ name: 'glob', options, load }),
		file: (path: string) => ({ name: 'file', options: { path }, load }),
	};
});
const { collections } = await import('../../src/content.config');

interface Collection {
	loader: { name: string; options: Record<string, unknown>; load: unknown };
	schema: unknown;
}

describe('the collections: where each kind of content file is read from', () => {
	test('four collections, each from its own place under content/, with the file name as id', () => {
		const where = Object.fromEntries(
			Object.entries(collections as unknown as Record<string, Collection>).map(([name, { loader }]) => [
				name,
				[loader.name, loader.options],
			]),
		);
		expect(where).toEqual({
			articles: ['glob', { base: './content/articles', pattern: '*.mdx', generateId: idFromFileName }],
			series: ['glob', { base: './content/series', pattern: '*.yaml', generateId: idFromFileName }],
			sections: ['file', { path: './content/sections.yaml' }],
			promos: ['glob', { base: './content/promos', pattern: '*.yaml', generateId: idFromFileName }],
		});
	});

	test('every loader reads the gate’s way: Astro’s loader is handed editorLoader’s parseData, not its own', async () => {
		for (const { loader } of Object.values(collections as unknown as Record<string, Collection>)) {
			const parseData = async () => ({});
			await (loader.load as (context: object) => Promise<void>)({ parseData, store: { entries: () => [] } });
			expect(typeof loaded.at(-1)?.parseData).toBe('function');
			expect(loaded.at(-1)?.parseData).not.toBe(parseData);
		}
		expect(loaded).toHaveLength(4);
	});

	test('a build keeps a draft article, an article dated later and a draft ad out; series and sections are kept whole', async () => {
		const later = new Date(Date.now() + 60_000);
		const earlier = new Date(Date.now() - 60_000);
		const entries: Record<string, [string, { data: Record<string, unknown> }][]> = {
			articles: [
				['draft', { data: { draft: true, pubDate: earlier } }],
				['later', { data: { draft: false, pubDate: later } }],
				['public', { data: { draft: false, pubDate: earlier } }],
			],
			promos: [
				['draft', { data: { draft: true } }],
				['later', { data: { draft: false, validFrom: later } }],
				['public', { data: { draft: false } }],
			],
			series: [['draft', { data: { draft: true } }]],
			sections: [['draft', { data: { draft: true } }]],
		};
		const kept: Record<string, string[]> = {};
		for (const [name, { loader }] of Object.entries(collections as unknown as Record<string, Collection>)) {
			const stored = new Map(entries[name]);
			const store = { entries: () => [...stored], delete: (id: string) => stored.delete(id) };
			await (loader.load as (context: object) => Promise<void>)({ parseData: async () => ({}), store });
			kept[name] = [...stored.keys()];
		}
		expect(kept).toEqual({ articles: ['public'], promos: ['public'], series: ['draft'], sections: ['draft'] });
	});

	test('articles and promos are schemas made with Astro’s image() helper; series and sections are schemas as they are', () => {
		const image = () => z.string();
		const { articles, promos, series, sections } = collections as unknown as Record<string, Collection>;
		for (const withImages of [articles, promos]) {
			const schema = (withImages!.schema as (helpers: { image: typeof image }) => { safeParse: unknown })({ image });
			expect(typeof schema.safeParse).toBe('function');
		}
		for (const plain of [series, sections]) expect(typeof (plain!.schema as { safeParse: unknown }).safeParse).toBe('function');
	});
});
