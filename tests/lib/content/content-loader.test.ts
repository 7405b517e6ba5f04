import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { editorLoader, idFromFileName } from '../../../src/lib/content/content-loader';

const dir = mkdtempSync(join(tmpdir(), 'content-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

type Props = Parameters<LoaderContext['parseData']>[0];

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
	} as unknown as LoaderContext;
	const loader = editorLoader(inner);
	const error = await loader.load(context).then(
		() => undefined,
		(thrown: unknown) => thrown,
	);
	return { loader, given, error };
}

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
