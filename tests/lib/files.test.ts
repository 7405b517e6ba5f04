import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/files';

function folder(paths: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'files-'));
	for (const path of paths) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), path);
	}
	return dir;
}

describe('filesUnder', () => {
	const dir = folder(['b.txt', 'a/z.mdx', 'a/images/p.jpg', 'a/b/c/d.yaml', 'c.txt']);
	mkdirSync(join(dir, 'empty'));

	test('every file, deep ones too, relative with / and sorted; folders are not files', () => {
		expect(filesUnder(dir)).toEqual(['a/b/c/d.yaml', 'a/images/p.jpg', 'a/z.mdx', 'b.txt', 'c.txt']);
	});

	test('under a prefix: the files of that folder, still named from the top', () => {
		expect(filesUnder(dir, 'a')).toEqual(['a/b/c/d.yaml', 'a/images/p.jpg', 'a/z.mdx']);
	});
});
