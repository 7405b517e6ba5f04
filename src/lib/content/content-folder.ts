/**
 * Reads content/ from disk for the gate: every file, as bytes. A symbolic link is never followed
 * (it could point at any file on the machine building the site); it is reported instead.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostics';
import type { ContentFile } from './source';

export const CONTENT_DIR = 'content';

export function readContentFolder(root: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
	const files: ContentFile[] = [];
	const diagnostics: Diagnostic[] = [];
	const walk = (relativeDir: string) => {
		// Stryker disable next-line MethodExpression: Node (libuv) already lists names sorted; sorted here so the order does not rest on it
		for (const name of readdirSync(join(root, relativeDir)).sort()) {
			const path = `${relativeDir}/${name}`;
			const stat = lstatSync(join(root, path));
			if (stat.isDirectory()) walk(path);
			else if (stat.isFile()) files.push({ path, bytes: readFileSync(join(root, path)) });
			else
				diagnostics.push({
					file: path,
					line: 1,
					column: 1,
					severity: 'error',
					field: '',
					problem: '是链接或特殊文件，不是普通文件，不会被读取',
					suggestion: '换成真正的文件',
				});
		}
	};
	walk(CONTENT_DIR);
	return { files, diagnostics };
}
