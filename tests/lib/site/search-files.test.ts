import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { filesUnder, openFilesOfChildren } from '../../../src/lib/files';
import { searchDocument, UNUSED_PAGEFIND_FILES, writePagefindFiles } from '../../../src/lib/site/search-index';
import { searchIndexOf } from '../../helpers/search';

/** An index of a few pages, its files written by `write`; what was written, and how. */
async function indexWritten(openFiles?: typeof openFilesOfChildren) {
	const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
	for (let page = 0; page < 40; page++) {
		const html = `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>第${page}篇</h1><p>${'乌兰察布市召开会议。'.repeat(50)}编号${page}号。</p></article></body></html>`;
		await index!.addHTMLFile({ url: `/articles/${page}/`, content: searchDocument(html, 'zh-CN')! });
	}
	const getFiles = vi.spyOn(index!, 'getFiles');
	const writeFiles = vi.spyOn(index!, 'writeFiles');
	const root = mkdtempSync(join(tmpdir(), 'search-files-'));
	const errors = await writePagefindFiles(index!, join(root, 'pagefind'), openFiles);
	await pagefind.close();
	return {
		root,
		errors,
		files: filesUnder(join(root, 'pagefind')),
		tookInMemory: getFiles.mock.calls.length,
		wroteItself: writeFiles.mock.calls.length,
	};
}

afterEach(() => vi.restoreAllMocks());

describe('writing Pagefind’s files', () => {
	test('Pagefind writes them, the build waits until they have landed; none is cut short', async () => {
		const seen: (string[] | undefined)[] = [];
		const { root, errors, files, tookInMemory, wroteItself } = await indexWritten((command, dir) => {
			const open = openFilesOfChildren(command, dir);
			seen.push(open);
			return open;
		});
		expect(errors).toEqual([]);
		expect([tookInMemory, wroteItself]).toEqual([0, 1]);
		// Asked before writing and at least once after, and never unable to see.
		expect(seen.length).toBeGreaterThanOrEqual(2);
		expect(seen.every((open) => Array.isArray(open))).toBe(true);
		for (const unused of UNUSED_PAGEFIND_FILES) expect(files).not.toContain(unused);
		expect(files).toContain('pagefind.js');
		// Every compressed file whole (gzip checks its length and checksum), the entry file whole JSON.
		const compressed = files.filter((file) => /\.pf_|\.pagefind$/.test(file));
		expect(compressed.length).toBeGreaterThan(40);
		for (const file of compressed) expect(() => gunzipSync(readFileSync(join(root, 'pagefind', file)))).not.toThrow();
		expect(JSON.parse(readFileSync(join(root, 'pagefind/pagefind-entry.json'), 'utf8'))).toHaveProperty('languages');
		const search = await searchIndexOf(root);
		try {
			expect(await search.found('编号39号')).toEqual(['/articles/39/']);
		} finally {
			search.close();
		}
	});

	test('while a file is still open the build waits, and asks again', async () => {
		let asked = 0;
		const { errors, tookInMemory } = await indexWritten(() => (++asked <= 3 ? ['/still/open'] : []));
		expect(errors).toEqual([]);
		expect(tookInMemory).toBe(0);
		expect(asked).toBe(4);
	});

	test('where open files cannot be seen, the files are taken in memory and written here: the same files', async () => {
		const itself = await indexWritten();
		const inMemory = await indexWritten(() => undefined);
		expect([inMemory.tookInMemory, inMemory.wroteItself]).toEqual([1, 0]);
		expect(inMemory.files).toEqual(itself.files);
		for (const file of itself.files)
			expect(readFileSync(join(inMemory.root, 'pagefind', file)).equals(readFileSync(join(itself.root, 'pagefind', file)))).toBe(
				true,
			);
	});
});
