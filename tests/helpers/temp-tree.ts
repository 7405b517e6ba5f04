import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (path under the folder → text) into `root`, making folders as needed; returns `root`. */
export function writeTree(root: string, files: Record<string, string>): string {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** A new folder under the system's temporary folder holding `files` (writeTree). */
export const tempTree = (prefix: string, files: Record<string, string>): string =>
	writeTree(mkdtempSync(join(tmpdir(), prefix)), files);
