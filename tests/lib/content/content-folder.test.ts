import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readContentFolder } from '../../../src/lib/content/content-folder';
import { formatDiagnostic } from '../../../src/lib/content/diagnostics';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project folder holding `files`, and beside it a folder outside the project with a secret in it. */
function project(files: Record<string, string> = {}): { root: string; outside: string } {
	root = mkdtempSync(join(tmpdir(), 'content-folder-'));
	const outside = join(root, 'outside');
	mkdirSync(outside);
	writeFileSync(join(outside, 'secret.mdx'), '秘密');
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, 'project', path, '..'), { recursive: true });
		writeFileSync(join(root, 'project', path), text);
	}
	mkdirSync(join(root, 'project'), { recursive: true });
	return { root: join(root, 'project'), outside };
}

const read = (at: string) => {
	const { files, diagnostics } = readContentFolder(at);
	return { paths: files.map((file) => file.path), lines: diagnostics.map(formatDiagnostic) };
};

describe('readContentFolder', () => {
	test('every regular file, by path from the project, in name order', () => {
		const { root: at } = project({ 'content/sections.yaml': 'x', 'content/articles/b.mdx': 'b', 'content/articles/a.mdx': 'a' });
		expect(read(at)).toEqual({ paths: ['content/articles/a.mdx', 'content/articles/b.mdx', 'content/sections.yaml'], lines: [] });
	});

	test('a symbolic link inside is named, never followed', () => {
		const { root: at, outside } = project({ 'content/sections.yaml': 'x' });
		mkdirSync(join(at, 'content/articles'));
		symlinkSync(join(outside, 'secret.mdx'), join(at, 'content/articles/link.mdx'));
		symlinkSync(outside, join(at, 'content/series'));
		expect(read(at)).toEqual({
			paths: ['content/sections.yaml'],
			lines: [
				'content/articles/link.mdx:1:1: 错误 是链接或特殊文件，不是普通文件，不会被读取 → 换成真正的文件',
				'content/series:1:1: 错误 是链接或特殊文件，不是普通文件，不会被读取 → 换成真正的文件',
			],
		});
	});

	test('content/ itself a symbolic link: nothing behind it is read', () => {
		const { root: at, outside } = project();
		symlinkSync(outside, join(at, 'content'));
		expect(read(at)).toEqual({
			paths: [],
			lines: ['content:1:1: 错误 content 本身是链接或文件，不是文件夹，不会被读取 → 换成真正的文件夹，把内容放进去'],
		});
	});

	test('no content/ at all: said in one line', () => {
		const { root: at } = project();
		expect(read(at)).toEqual({
			paths: [],
			lines: ['content:1:1: 错误 找不到 content 文件夹 → 在项目文件夹里新建 content/，放入 sections.yaml 和 articles/'],
		});
	});
});
