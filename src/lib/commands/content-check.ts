/**
 * npm run content:check [-- --fix] [-- --format github]
 * The same check the build runs, with the house-style rules on top: prints
 * `file:line:column: 错误 field：problem → suggestion` a problem and exits 1 when there are errors.
 * With --fix, applies the safe fixes first and shows what changed. With --format github (a pull
 * request's check), prints each problem as a workflow annotation instead, and writes the table of
 * them into the job summary (the file GITHUB_STEP_SUMMARY names).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFolder } from '../content/content-folder';
import { formatDiagnostic } from '../content/diagnostics';
import { doctorContent, fixContent } from '../editor/doctor';
import { githubAnnotation, githubSummary } from '../editor/github-report';
import { type Command, fail } from './command';

const FORMATS = ['text', 'github'];

export const contentCheck: Command = async (argv, { root, env, now, log }) => {
	const format = argv.includes('--format') ? argv[argv.indexOf('--format') + 1] : 'text';
	if (!format || !FORMATS.includes(format)) fail(`--format 应为 ${FORMATS.join(' 或 ')}，收到的是 ${format ?? '（空）'}`);

	let { files, diagnostics: unreadable } = readContentFolder(root);
	if (argv.includes('--fix')) {
		for (const file of files) {
			const fix = fixContent(file);
			if (!fix) continue;
			writeFileSync(join(root, file.path), fix.text);
			for (const change of fix.changes) log(`已修改 ${file.path}:${change.line}\n  原：${change.before}\n  新：${change.after}`);
		}
		({ files, diagnostics: unreadable } = readContentFolder(root));
	}

	const diagnostics = [...unreadable, ...(await doctorContent(files, now))];
	for (const d of diagnostics) log(format === 'github' ? githubAnnotation(d) : formatDiagnostic(d));
	const summary = env['GITHUB_STEP_SUMMARY'];
	if (format === 'github' && summary) appendFileSync(summary, githubSummary(diagnostics, files.length));
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	log(diagnostics.length === 0 ? `内容检查通过（${files.length} 个文件）。` : `${errors} 个错误，${warnings} 个提醒。`);
	return errors > 0 ? 1 : 0;
};
