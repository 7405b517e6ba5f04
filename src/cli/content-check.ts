/**
 * npm run content:check [-- --fix]
 * Checks every file under content/ and prints `file:line:column  problem  suggestion`; exits 1
 * when there are errors. With --fix, applies the safe fixes first and shows what changed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type ContentFile, fixContent } from '../lib/editor/doctor';

const CONTENT = 'content';

function readContent(dir: string = CONTENT): ContentFile[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? readContent(path) : [{ path: path.split('\\').join('/'), bytes: readFileSync(path) }];
	});
}

let files = readContent();
if (process.argv.includes('--fix')) {
	for (const file of files) {
		const fix = fixContent(file);
		if (!fix) continue;
		writeFileSync(file.path, fix.text);
		for (const change of fix.changes)
			console.log(`已修改 ${file.path}:${change.line}\n  原：${change.before}\n  新：${change.after}`);
	}
	files = readContent();
}

const diagnostics = checkContent(files);
for (const d of diagnostics)
	console.log(`${d.file}:${d.line}:${d.column}  ${d.severity === 'error' ? '错误' : '提醒'}：${d.problem}  ${d.suggestion}`);
const errors = diagnostics.filter((d) => d.severity === 'error').length;
const warnings = diagnostics.length - errors;
console.log(diagnostics.length === 0 ? `内容检查通过（${files.length} 个文件）。` : `${errors} 个错误，${warnings} 个提醒。`);
process.exitCode = errors > 0 ? 1 : 0;
