import { isAbsolute, relative } from 'node:path';

/**
 * One line per problem, naming the file, the field and what was expected:
 *   content/articles/x.mdx: summary: 摘要最多 120 个字，现为 131 个
 * Editors read these in the build log, so they must stand alone.
 */
export function problemLine(file: string, field: string, message: string): string {
	return `${file}: ${field || '(整个文件)'}: ${message}`;
}

export function displayPath(filePath: string): string {
	return (isAbsolute(filePath) ? relative(process.cwd(), filePath) : filePath).split('\\').join('/');
}

/** Astro formats a failed schema parse as `  **field.path**: message` lines; we reshape them. */
const ISSUE_LINE = /^\s*\*\*(.+?)\*\*:\s*(.*)$/;

export function schemaErrorLines(file: string, error: unknown): string[] {
	const text = error instanceof Error ? error.message : String(error);
	const lines = text
		.split('\n')
		.map((line) => ISSUE_LINE.exec(line))
		.filter((match): match is RegExpExecArray => match !== null && !(match[1] ?? '').includes('→'))
		.map((match) => problemLine(file, match[1] ?? '', match[2] ?? ''));
	return lines.length > 0 ? lines : [problemLine(file, '', text.split('\n')[0] ?? text)];
}

export class ContentError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(`内容有 ${problems.length} 处错误，构建已停止：\n${problems.join('\n')}`);
		this.name = 'ContentError';
	}
}
