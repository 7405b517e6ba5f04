/**
 * Reads content/ from disk for the gate: every file, as bytes. A symbolic link is never followed
 * (it could point at any file on the machine building the site); it is reported instead, and so
 * is content/ itself when it is one: nothing is then read, published or rewritten by --fix.
 */
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostics';
import type { ContentFile } from './source';

export const CONTENT_DIR = 'content';

export function readContentFolder(root: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
	const files: ContentFile[] = [];
	const diagnostics: Diagnostic[] = [];
	const refuse = (file: string, problem: string, suggestion: string) =>
		diagnostics.push({ file, line: 1, column: 1, severity: 'error', field: '', problem, suggestion });
	let folder: Stats | undefined;
	try {
		folder = lstatSync(join(root, CONTENT_DIR));
	} catch {
		refuse(CONTENT_DIR, '找不到 content 文件夹', '在项目文件夹里新建 content/，放入 sections.yaml 和 articles/');
		return { files, diagnostics };
	}
	if (!folder.isDirectory()) {
		refuse(CONTENT_DIR, 'content 本身是链接或文件，不是文件夹，不会被读取', '换成真正的文件夹，把内容放进去');
		return { files, diagnostics };
	}
	const walk = (relativeDir: string) => {
		// Stryker disable next-line MethodExpression: Node (libuv) already lists names sorted; sorted here so the order does not rest on it
		for (const name of readdirSync(join(root, relativeDir)).sort()) {
			const path = `${relativeDir}/${name}`;
			const stat = lstatSync(join(root, path));
			if (stat.isDirectory()) walk(path);
			else if (stat.isFile()) files.push({ path, bytes: readFileSync(join(root, path)) });
			else refuse(path, '是链接或特殊文件，不是普通文件，不会被读取', '换成真正的文件');
		}
	};
	walk(CONTENT_DIR);
	return { files, diagnostics };
}
