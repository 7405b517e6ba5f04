import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { editorLoader, forgivingEntryTypes, idFromFileName, schemaMessages } from '../../../src/lib/content/content-loader';

const dir = mkdtempSync(join(tmpdir(), 'content-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

type Props = Parameters<LoaderContext['parseData']>[0];

/** Astro's data store, as far as a loader uses it: a class, so its methods live on the prototype. */
class FakeStore {
	readonly entries = new Map<string, unknown>();
	/** A plain property, as a store may have besides its methods. */
	readonly collection = 'articles';
	readonly deleted: string[] = [];
	set(entry: { id: string; data: unknown }) {
		this.entries.set(entry.id, entry.data);
		return true;
	}
	delete(id: string) {
		this.deleted.push(id);
		this.entries.delete(id);
	}
	keys() {
		return [...this.entries.keys()];
	}
}

/**
 * Runs the loader as a dev server does: each entry parsed, then stored through the context's store,
 * with a watcher present and a logger that keeps what it is told. Returns the store, the warnings
 * and what the loader threw.
 */
async function loadInDev(entries: Props[], parse: (props: Props) => unknown) {
	const store = new FakeStore();
	const results: unknown[] = [];
	const warnings: string[] = [];
	const inner: Loader = {
		name: 'inner-loader',
		load: async (context) => {
			for (const entry of entries) {
				const data = await context.parseData(entry);
				results.push(context.store.set({ id: entry.id, data }));
			}
			// What a loader may call besides set: it reaches the store itself, bound to it; a plain property as it is.
			expect(context.store.keys()).toEqual([...store.entries.keys()]);
			expect((context.store as unknown as FakeStore).collection).toBe('articles');
		},
	};
	const context = {
		parseData: async (props: Props) => parse(props),
		store,
		watcher: {},
		logger: { warn: (message: string) => warnings.push(message) },
	} as unknown as LoaderContext;
	const error = await editorLoader(inner)
		.load(context)
		.then(
			() => undefined,
			(thrown: unknown) => thrown,
		);
	return { store, warnings, error, results };
}

/**
 * Runs `editorLoader` over a loader that hands Astro the given entries, with Astro's own
 * parseData replaced by `parse`; returns what parse was given, and what the loader threw.
 */
async function load(entries: Props[], parse: (props: Props) => unknown = (props) => props.data) {
	const given: Props[] = [];
	const inner: Loader = {
		name: 'inner-loader',
		load: async (context) => {
			for (const entry of entries) await context.parseData(entry);
		},
	};
	const context = {
		parseData: async (props: Props) => {
			given.push(props);
			return parse(props);
		},
		store: new FakeStore(),
	} as unknown as LoaderContext;
	const loader = editorLoader(inner);
	const error = await loader.load(context).then(
		() => undefined,
		(thrown: unknown) => thrown,
	);
	return { loader, given, error };
}

type EntryTypesForTest = Map<string, { getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<unknown> }>;

describe('idFromFileName: an entry’s id is its file name', () => {
	test.each([
		['saohei-zhengzhi-zhanwei.mdx', 'saohei-zhengzhi-zhanwei'],
		['jiangnan-study-tour.yaml', 'jiangnan-study-tour'],
		['archive.v2.yaml', 'archive.v2'],
		['no-extension', 'no-extension'],
		['dir.d/file', 'dir.d/file'],
	])('%s → %s', (entry, id) => {
		expect(idFromFileName({ entry })).toBe(id);
	});
});

describe('editorLoader: Astro reads the files the gate’s way', () => {
	test('keeps the loader’s name and hands Astro the gate’s YAML 1.2 reading of a file, not the YAML 1.1 one', async () => {
		const path = file('a.mdx', '---\ntitle: 标题\npubDate: 2019-07-01\n---\n正文\n');
		const { loader, given, error } = await load([{ id: 'a', data: { pubDate: new Date(Date.UTC(2019, 6, 1)) }, filePath: path }]);
		expect(error).toBeUndefined();
		expect(loader.name).toBe('inner-loader');
		expect(given).toEqual([{ id: 'a', data: { title: '标题', pubDate: '2019-07-01' }, filePath: path }]);
	});

	test('an entry of sections.yaml gets its own fields from the list, by id', async () => {
		const path = file('sections.yaml', '- id: politics-law\n  name: 政法\n- id: economy\n  name: 经济\n');
		const { given } = await load([
			{ id: 'economy', data: {}, filePath: path },
			{ id: 'politics-law', data: {}, filePath: path },
		]);
		expect(given.map((props) => props.data)).toEqual([
			{ id: 'economy', name: '经济' },
			{ id: 'politics-law', name: '政法' },
		]);
	});

	test('an entry without a file, or whose file reads as nothing, keeps the data Astro gave', async () => {
		const empty = file('empty.yaml', '');
		const { given } = await load([
			{ id: 'inline', data: { name: '内联' } },
			{ id: 'empty', data: { name: 'Astro 的' }, filePath: empty },
		]);
		expect(given.map((props) => props.data)).toEqual([{ name: '内联' }, { name: 'Astro 的' }]);
	});

	test('when Astro’s schema refuses entries, every entry is tried and all problems come out together, by file', async () => {
		const good = file('good.yaml', 'title: 好\n');
		const bad = file('bad.yaml', 'title: 坏\n');
		const worse = file('worse.yaml', 'title: 更坏\n');
		const { given, error } = await load(
			[
				{ id: 'bad', data: {}, filePath: bad },
				{ id: 'good', data: {}, filePath: good },
				{ id: 'worse', data: {}, filePath: worse },
				{ id: 'inline', data: {} },
			],
			(props) => {
				if (props.id === 'bad') throw new Error('title 太短');
				if (props.id === 'worse' || props.id === 'inline') throw `not an Error: ${props.id}`;
				return props.data;
			},
		);
		expect(given.map((props) => props.id)).toEqual(['bad', 'good', 'worse', 'inline']);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toBe(
			[
				'内容有 3 处错误，构建已停止：',
				`${relative(process.cwd(), bad)}: title 太短`,
				`${relative(process.cwd(), worse)}: not an Error: worse`,
				'inline: not an Error: inline',
			].join('\n'),
		);
	});
});

describe('editorLoader on a dev server: a refused entry is left out, never stored half-read', () => {
	test('a refused entry is not stored (and any earlier copy is deleted); the others are; nothing is thrown; each is said once, in Chinese', async () => {
		const good = file('dev-good.yaml', 'title: 好\n');
		const bad = file('dev-bad.yaml', 'title: 坏\n');
		const { store, warnings, error, results } = await loadInDev(
			[
				{ id: 'bad', data: {}, filePath: bad },
				{ id: 'good', data: {}, filePath: good },
			],
			(props) => {
				if (props.id === 'bad') throw new Error('**articles → bad** data does not match.\n\n  **pubDate**: 日期不对\n');
				return { parsed: props.id };
			},
		);
		expect(error).toBeUndefined();
		expect([...store.entries]).toEqual([['good', { parsed: 'good' }]]);
		expect(store.deleted).toEqual(['bad']);
		// The store says which entry it took: not the refused one.
		expect(results).toEqual([false, true]);
		expect(warnings).toEqual([`${relative(process.cwd(), bad)} 暂不显示，改正后自动恢复：pubDate：日期不对`]);
	});

	test('a file the gate cannot read is left out with the gate’s own words, never the schema’s about empty fields', async () => {
		const bad = file('dev-invisible.yaml', 'title: 坏\u0001\n');
		const { store, warnings, error } = await loadInDev([{ id: 'bad', data: {}, filePath: bad }], () => {
			throw new Error('the schema is never asked');
		});
		expect(error).toBeUndefined();
		expect([...store.entries]).toEqual([]);
		expect(warnings).toEqual([`${relative(process.cwd(), bad)} 暂不显示，改正后自动恢复：1:9 文件里有看不见的字符 U+0001`]);
	});

	test('once the same entry parses again (the file was fixed), it is stored', async () => {
		const path = file('dev-fixed.yaml', 'title: 好\n');
		let calls = 0;
		const { store } = await loadInDev(
			[
				{ id: 'a', data: {}, filePath: path },
				{ id: 'a', data: {}, filePath: path },
			],
			() => {
				calls++;
				if (calls === 1) throw new Error('日期不对');
				return { fixed: true };
			},
		);
		expect([...store.entries]).toEqual([['a', { fixed: true }]]);
		expect(store.deleted).toEqual(['a']);
	});
});

describe('schemaMessages: the schema’s own words out of Astro’s error', () => {
	test.each([
		['**articles → x** data does not match collection schema.\n\n  **pubDate**: 日期不对\n  **section**: 必填\n', 'pubDate：日期不对；section：必填'],
		['  **a: b**: c: d', 'a: b：c: d'],
		['**仅标题** 没有冒号', '**仅标题** 没有冒号'],
		['没有星号的消息', '没有星号的消息'],
		['', ''],
	])('%j → %j', (text, expected) => {
		expect(schemaMessages(text)).toBe(expected);
	});
});

describe('forgivingEntryTypes: on a dev server, a file Astro cannot parse is an entry with no fields, not a stopped server', () => {
	const params = { contents: '---\neditor： 王芳\n---\n', fileUrl: new URL('file:///x.mdx') };
	test('a reader that throws gives no fields and no body; one that reads passes its result on; every extension kept', async () => {
		const read = { getEntryInfo: async () => ({ data: { title: '好' }, body: '正文', slug: 'x', rawData: 'r' }) };
		const broken = { getEntryInfo: async () => Promise.reject(new Error('can not read a block mapping entry')) };
		const types = forgivingEntryTypes(new Map([['.mdx', broken], ['.yaml', read]]));
		expect([...types.keys()]).toEqual(['.mdx', '.yaml']);
		expect(await types.get('.mdx')!.getEntryInfo(params)).toEqual({ data: {}, body: '', slug: '', rawData: '' });
		expect(await types.get('.yaml')!.getEntryInfo(params)).toEqual({ data: { title: '好' }, body: '正文', slug: 'x', rawData: 'r' });
	});

	test('on a dev server a file is judged by the text Astro read, not by what is on disk a moment later', async () => {
		const path = file('half-written.mdx', '---\ntitle: 只写了一半\n');
		const whole = '---\ntitle: 写完了\n---\n\n正文。\n';
		const stored: unknown[] = [];
		const inner: Loader = {
			name: 'inner',
			load: async (context) => {
				const types = (context as unknown as { entryTypes: EntryTypesForTest }).entryTypes;
				// Astro reads the file whole, then asks for its fields; by then the editor's save has begun again.
				const info = (await types.get('.mdx')!.getEntryInfo({ contents: whole, fileUrl: pathToFileURL(path) })) as { data: unknown };
				stored.push(context.store.set({ id: 'a', data: await context.parseData({ id: 'a', data: info.data as Record<string, unknown>, filePath: path }) }));
			},
		};
		const reader = { getEntryInfo: async () => ({ data: { title: '写完了' }, body: '正文。', slug: 'a', rawData: '' }) };
		const warnings: string[] = [];
		const store = new FakeStore();
		await editorLoader(inner).load({
			parseData: async (props: Props) => props.data,
			store,
			watcher: {},
			logger: { warn: (message: string) => warnings.push(message) },
			entryTypes: new Map([['.mdx', reader]]),
		} as unknown as LoaderContext);
		expect(warnings).toEqual([]);
		expect([...store.entries]).toEqual([['a', { title: '写完了' }]]);
	});

	test('the loader hands its inner loader the forgiving readers on a dev server only', async () => {
		const seen: unknown[] = [];
		const inner: Loader = { name: 'inner', load: async (context) => void seen.push((context as unknown as { entryTypes?: unknown }).entryTypes) };
		const broken = { getEntryInfo: async () => Promise.reject(new Error('x')) };
		const entryTypes = new Map([['.mdx', broken]]);
		const base = { parseData: async () => ({}), store: new FakeStore(), logger: { warn: () => {} }, entryTypes };
		await editorLoader(inner).load({ ...base } as unknown as LoaderContext);
		await editorLoader(inner).load({ ...base, watcher: {} } as unknown as LoaderContext);
		await editorLoader(inner).load({ parseData: base.parseData, store: base.store, watcher: {} } as unknown as LoaderContext);
		expect(seen[0]).toBe(entryTypes);
		const forgiving = seen[1] as Map<string, { getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<unknown> }>;
		expect(forgiving).not.toBe(entryTypes);
		expect(await forgiving.get('.mdx')!.getEntryInfo({ contents: '', fileUrl: new URL('file:///x') })).toEqual({ data: {}, body: '', slug: '', rawData: '' });
		expect(seen[2]).toBeUndefined();
	});
});
