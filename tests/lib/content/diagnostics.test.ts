import { describe, expect, test } from 'vitest';
import {
	ContentError,
	type Diagnostic,
	formatDiagnostic,
	positionAt,
	sortDiagnostics,
} from '../../../src/lib/content/diagnostics';

const d = (file: string, line: number, column: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
	file,
	line,
	column,
	severity,
	field: 'summary',
	problem: `问题${line}`,
	suggestion: '',
});

describe('formatDiagnostic: the one line an editor reads', () => {
	test.each([
		[{ field: 'summary', suggestion: '删减' }, 'content/a.mdx:3:10: 错误 summary：摘要太长 → 删减'],
		[{ field: '', suggestion: '删减' }, 'content/a.mdx:3:10: 错误 摘要太长 → 删减'],
		[{ field: 'summary', suggestion: '' }, 'content/a.mdx:3:10: 错误 summary：摘要太长'],
		[{ field: 'summary', suggestion: '', severity: 'warning' as const }, 'content/a.mdx:3:10: 提醒 summary：摘要太长'],
	])('%j', (parts, line) => {
		expect(formatDiagnostic({ file: 'content/a.mdx', line: 3, column: 10, severity: 'error', problem: '摘要太长', ...parts })).toBe(line);
	});
});

describe('positionAt: line and column from 1, columns in characters', () => {
	const text = '第一行\n第二行：甲乙\n𠮷野家\n';
	test.each([
		[0, { line: 1, column: 1 }],
		[2, { line: 1, column: 3 }],
		[3, { line: 1, column: 4 }],
		[4, { line: 2, column: 1 }],
		[8, { line: 2, column: 5 }],
		// 𠮷 is two UTF-16 units but one character.
		[13, { line: 3, column: 2 }],
		[999, { line: 4, column: 1 }],
		[-5, { line: 1, column: 1 }],
	])('offset %i → %j', (offset, position) => {
		expect(positionAt(text, offset)).toEqual(position);
	});
});

describe('sortDiagnostics', () => {
	test('by file, then line, then column', () => {
		const sorted = sortDiagnostics([d('b.mdx', 1, 1), d('a.mdx', 9, 2), d('a.mdx', 2, 7), d('a.mdx', 9, 1), d('a.mdx', 2, 3)]);
		expect(sorted.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([
			'a.mdx:2:3',
			'a.mdx:2:7',
			'a.mdx:9:1',
			'a.mdx:9:2',
			'b.mdx:1:1',
		]);
	});
});

describe('ContentError', () => {
	test('its message counts and lists the errors only, one a line; it keeps every diagnostic', () => {
		const all = [d('a.mdx', 1, 1), d('a.mdx', 2, 1, 'warning'), d('b.mdx', 3, 4)];
		const error = new ContentError(all);
		expect(error.name).toBe('ContentError');
		expect(error.message).toBe('内容有 2 处错误，构建已停止：\na.mdx:1:1: 错误 summary：问题1\nb.mdx:3:4: 错误 summary：问题3');
		expect(error.diagnostics).toBe(all);
	});
});
