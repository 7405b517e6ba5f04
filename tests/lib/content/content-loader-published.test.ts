import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { editorLoader } from '../../../src/lib/content/content-loader';

/** Astro's data store as the published filter uses it: entries, and delete. */
class Store {
	readonly entries_ = new Map<string, { id: string; data: Record<string, unknown> }>();
	constructor(entries: Record<string, Record<string, unknown>>) {
		for (const [id, data] of Object.entries(entries)) this.entries_.set(id, { id, data });
	}
	set(entry: { id: string; data: Record<string, unknown> }) {
		this.entries_.set(entry.id, entry);
		return true;
	}
	delete(id: string) {
		this.entries_.delete(id);
	}
	entries() {
		return [...this.entries_.entries()];
	}
}

/**
 * Runs editorLoader over a loader that stores `fresh` (as if just read) beside what the store held
 * before (`kept`, as entries unchanged since an earlier run are); returns the ids stored after and
 * the times the filter was asked with.
 */
async function run({ watcher, published }: { watcher: boolean; published?: (data: { draft: boolean }, now: Date) => boolean }) {
	const store = new Store({ kept: { draft: true }, old: { draft: false } });
	const inner: Loader = {
		name: 'inner',
		load: async (context) => {
			const data = await context.parseData({ id: 'fresh', data: { draft: true } });
			context.store.set({ id: 'fresh', data });
			context.store.set({ id: 'public', data: { draft: false } });
		},
	};
	const context = { parseData: async (props: { data: unknown }) => props.data, store, ...(watcher ? { watcher: {}, logger: { warn: () => {} } } : {}) };
	await editorLoader(inner, published ? { published } : {}).load(context as unknown as LoaderContext);
	return store.entries().map(([id]) => id).sort();
}

describe('editorLoader: a build stores only what is published', () => {
	test('a build leaves out every unpublished entry, the ones just read and the ones kept from an earlier run', async () => {
		const times: Date[] = [];
		const before = Date.now();
		const ids = await run({
			watcher: false,
			published: (data, now) => {
				times.push(now);
				return !data.draft;
			},
		});
		expect(ids).toEqual(['old', 'public']);
		// Asked once per entry, at the time the build runs.
		expect(times).toHaveLength(4);
		for (const now of times) expect(now.getTime()).toBeGreaterThanOrEqual(before);
		expect(new Set(times).size).toBe(1);
	});

	test('a dev server (with a watcher) keeps drafts: editors preview them', async () => {
		expect(await run({ watcher: true, published: (data) => !data.draft })).toEqual(['fresh', 'kept', 'old', 'public']);
	});

	test('a collection without the filter (sections, series) keeps every entry', async () => {
		expect(await run({ watcher: false })).toEqual(['fresh', 'kept', 'old', 'public']);
	});
});
