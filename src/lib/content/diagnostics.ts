/**
 * What the content check says about a file, and the one line it prints for each problem:
 *   content/articles/x.mdx:3:10: 错误 summary：摘要最多 120 个字，现为 131 个 → 删减到 120 个字以内
 * Lines and columns count from 1; a column counts characters as editors see them (code points),
 * so a line of Chinese puts the column where their editor's cursor would be.
 */
export interface Diagnostic {
	/** Path from the project root, e.g. content/articles/x.mdx. */
	file: string;
	line: number;
	column: number;
	severity: 'error' | 'warning';
	/** The field, tag or attribute concerned, e.g. summary, contacts.people.0.phone, <a href>. */
	field: string;
	problem: string;
	/** What to do about it; may be empty when the problem already says what is expected. */
	suggestion: string;
}

export const SEVERITY_WORDS = { error: '错误', warning: '提醒' } as const;

export function formatDiagnostic(d: Diagnostic): string {
	const field = d.field ? `${d.field}：` : '';
	const suggestion = d.suggestion ? ` → ${d.suggestion}` : '';
	return `${d.file}:${d.line}:${d.column}: ${SEVERITY_WORDS[d.severity]} ${field}${d.problem}${suggestion}`;
}

/** 1-based line and column (in code points) of a UTF-16 offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
	const lineStart = before.lastIndexOf('\n') + 1;
	let line = 1;
	for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
	return { line, column: [...before.slice(lineStart)].length + 1 };
}

/** Errors first by file, then by place, so a report reads top to bottom like the files. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
	return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Thrown when content has errors: the message is every error line, so any log shows them all. */
export class ContentError extends Error {
	constructor(readonly diagnostics: readonly Diagnostic[]) {
		const errors = diagnostics.filter((d) => d.severity === 'error');
		super(`内容有 ${errors.length} 处错误，构建已停止：\n${errors.map(formatDiagnostic).join('\n')}`);
		this.name = 'ContentError';
	}
}
