/**
 * The content check as a pull request shows it (`npm run content:check -- --format github`, run
 * by .github/workflows/check.yml): each problem a workflow annotation, which GitHub puts on the
 * line of the file in the pull request's diff, and one table of them all in the job's summary.
 * Words are the editors' Chinese, as in the terminal.
 */
import { type Diagnostic, SEVERITY_WORDS } from '../content/diagnostics';

/** A workflow command's message: %, CR and LF escaped (GitHub's toCommandValue). */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A workflow command's property value: also : and , (toCommandProperties). */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

const message = (d: Diagnostic) => (d.suggestion ? `${d.problem} → ${d.suggestion}` : d.problem);

/** `::error file=content/articles/x.mdx,line=3,col=10,title=summary::摘要最多 120 个字… → 删减…` */
export function githubAnnotation(d: Diagnostic): string {
	const title = `内容检查${SEVERITY_WORDS[d.severity]}${d.field ? `：${d.field}` : ''}`;
	const properties = Object.entries({ file: d.file, line: d.line, col: d.column, title })
		.map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
		.join(',');
	return `::${d.severity} ${properties}::${escapeData(message(d))}`;
}

/**
 * A Markdown table cell that is only text, whatever an editor wrote: HTML's & < > as entities (so
 * <Figure> shows as written and no tag is made), Markdown's own marks escaped (so no image, link or
 * emphasis is made: a bare address may still be linked, but only ever as itself), pipes escaped,
 * lines joined.
 */
export const cell = (text: string) =>
	text
		.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
		.replace(/[\\|[\]()!*_`~#]/g, (c) => `\\${c}`)
		.replace(/\r?\n/g, ' ');

/** The job summary: a verdict, then every problem in a table, file by file. */
export function githubSummary(diagnostics: readonly Diagnostic[], fileCount: number): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	if (diagnostics.length === 0) return `## 内容检查通过\n\n${fileCount} 个文件，没有发现问题。\n`;
	const verdict = errors > 0 ? `## 内容检查：${errors} 个错误，${warnings} 个提醒` : `## 内容检查通过，有 ${warnings} 个提醒`;
	const rows = diagnostics.map(
		(d) =>
			`| ${cell(d.file)} | ${d.line} | ${d.column} | ${SEVERITY_WORDS[d.severity]} | ${cell(d.field)} | ${cell(d.problem)} | ${cell(d.suggestion)} |`,
	);
	return [
		verdict,
		'',
		errors > 0 ? '有错误时网站不会发布。改正后再推送一次，这里会重新检查。' : '提醒不妨碍发布，但请看一下。',
		'',
		'| 文件 | 行 | 列 | 级别 | 字段 | 问题 | 怎么改 |',
		'| --- | ---: | ---: | --- | --- | --- | --- |',
		...rows,
		'',
	].join('\n');
}
