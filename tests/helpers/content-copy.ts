import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { FixtureFile } from '../fixtures/bad-input/corpus';
import { PROJECT_ROOT } from './paths';

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A copy of content/ with a bad input's files in it, removed after the test file. */
export function contentWith(files: Record<string, FixtureFile>): string {
	const root = mkdtempSync(join(tmpdir(), 'content-copy-'));
	roots.push(root);
	cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, join(root, path));
		else writeFileSync(join(root, path), content);
	}
	return root;
}
