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

/** Line breaks and control characters (C0, DEL, C1, the Unicode line and paragraph separators). */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;
const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text as one visible line: each line break or control character written as its escape (`\n`,
 * `\u0001`). Editor text quoted in a message is data: with this, no printed line can start with
 * anything but the file's name (a CI runner reads a line starting `::` as a command of its own).
 */
export const oneLine = (text: string): string =>
	text.replace(UNPRINTABLE, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The one line printed for a problem (plain output, the build's log): every part on it escaped by oneLine. */
export function formatDiagnostic(d: Diagnostic): string {
	const field = d.field ? `${d.field}：` : '';
	const suggestion = d.suggestion ? ` → ${d.suggestion}` : '';
	return oneLine(`${d.file}:${d.line}:${d.column}: ${SEVERITY_WORDS[d.severity]} ${field}${d.problem}${suggestion}`);
}

/** Where each line of a text starts: one pass over the text. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** The 0-based line of an offset: by binary search, the last line starting at or before it. */
function lineIn(starts: readonly number[], offset: number): number {
	// The first line starting after the offset, between low and high.
	let low = 0;
	let high = starts.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (starts[middle]! <= offset) low = middle + 1;
		else high = middle;
	}
	return low - 1;
}

/** The 0-based line of any offset in `text`, from one index of its lines built once. */
export function lineFinder(text: string): (offset: number) => number {
	const starts = lineStarts(text);
	return (offset) => lineIn(starts, offset);
}

/**
 * The line index of the text last placed in, and the last place found in it: a file's problems are
 * placed from one index, and problems along one long line count its characters once, not each
 * from the line's start.
 */
let indexed: { text: string; starts: number[]; line: number; index: number; column: number } | undefined;

/**
 * 1-based line and column (in code points) of a UTF-16 offset in `text`. The line is found by
 * binary search in the text's line index, built once per text; the column counts on from the
 * last place found when it is earlier on the same line. Placing every problem of a file costs
 * about its length once, not once per problem.
 */
export function positionAt(text: string, offset: number): { line: number; column: number } {
	const at = Math.max(0, Math.min(offset, text.length));
	// Stryker disable next-line ConditionalExpression: an index made again for each problem places it the same, only slower
	if (indexed?.text !== text) indexed = { text, starts: lineStarts(text), line: -1, index: 0, column: 1 };
	const line = lineIn(indexed.starts, at);
	// Characters, as the editor's cursor counts them: a pair of UTF-16 units (𠮷) is one.
	const onward = indexed.line === line && indexed.index <= at;
	let column = onward ? indexed.column : 1;
	let i = onward ? indexed.index : indexed.starts[line]!;
	for (; i < at; column++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
	Object.assign(indexed, { line, index: i, column });
	return { line: line + 1, column };
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
