/**
 * npm run content:check [-- --fix] [-- --format github]
 * The gate the build runs (lib/content/gate.ts), on the project's content/: prints
 * `file:line:column: 错误 field：problem → suggestion` a problem and exits 1 when there are errors.
 * With --fix, applies the safe fixes first and shows what changed. With --format github (a pull
 * request's check), prints each problem as a workflow annotation instead, and writes the table of
 * them into the job summary (the file GITHUB_STEP_SUMMARY names).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, readContentFolder } from '../content/content-folder';
import { readSource, type ContentFile } from '../content/source';
import { formatDiagnostic } from '../content/diagnostics';
import { fixContent } from '../editor/doctor';
import { githubAnnotation, githubSummary } from '../editor/github-report';
import { HANDBOOK } from '../editor/handbook';
import { contentVerdict } from '../pipeline/gate-step';
import { type Command, fail } from './command';

const FORMATS = ['text', 'github'];

/** The sections as sections.yaml lists them (what can be read of it), for --fix to turn a section's name into its id. */
function sectionsOf(files: readonly ContentFile[]): { id: string; name: string }[] {
	const file = files.find((f) => f.path === `${CONTENT_DIR}/sections.yaml`);
	const data = file && readSource(file).source?.yaml.data;
	return (Array.isArray(data) ? data : []).filter(
		(entry): entry is { id: string; name: string } => typeof entry?.id === 'string' && typeof entry?.name === 'string',
	);
}

export const contentCheck: Command = async (argv, { root, env, now, log }) => {
	const format = argv.includes('--format') ? argv[argv.indexOf('--format') + 1] : 'text';
	if (!format || !FORMATS.includes(format)) fail(`--format 应为 ${FORMATS.join(' 或 ')}，收到的是 ${format ?? '（空）'}`);

	if (argv.includes('--fix')) {
		const { files } = readContentFolder(root);
		const context = { sections: sectionsOf(files) };
		for (const file of files) {
			const fix = fixContent(file, context);
			if (!fix) continue;
			writeFileSync(join(root, file.path), fix.text);
			for (const change of fix.changes) log(`已修改 ${file.path}:${change.line}\n  原：${change.before}\n  新：${change.after}`);
		}
	}

	const { files, diagnostics } = await contentVerdict(root, now);
	for (const d of diagnostics) log(format === 'github' ? githubAnnotation(d) : formatDiagnostic(d));
	const summary = env['GITHUB_STEP_SUMMARY'];
	if (format === 'github' && summary) appendFileSync(summary, githubSummary(diagnostics, files));
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	log(diagnostics.length === 0 ? `内容检查通过（${files} 个文件）。` : `${errors} 个错误，${warnings} 个提醒。`);
	if (errors > 0) log(`每种错误怎么改，见编辑手册 ${HANDBOOK.path}「${HANDBOOK.errors}」。`);
	return errors > 0 ? 1 : 0;
};
