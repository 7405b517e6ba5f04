import { describe, expect, test } from 'vitest';
import {
	ContentError,
	type Diagnostic,
	formatDiagnostic,
	lineFinder,
	oneLine,
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

describe('oneLine: editor text quoted as data', () => {
	test.each([
		['第一行\n::error file=content/x.mdx::撤稿', '第一行\\n::error file=content/x.mdx::撤稿'],
		['a\r\nb', 'a\\r\\nb'],
		['a\tb', 'a\\tb'],
		['a\u0001b\u007fc', 'a\\u0001b\\u007fc'],
		// C1 controls (NEL) and the Unicode line and paragraph separators end a line in some readers.
		['a\u0085b\u2028c\u2029d', 'a\\u0085b\\u2028c\\u2029d'],
		['全市扫黑除恶 𠮷 “引号” \\n', '全市扫黑除恶 𠮷 “引号” \\n'],
	])('%j → %j', (text, line) => {
		expect(oneLine(text)).toBe(line);
	});

	test('a problem quoting workflow commands prints as one line, starting with its file', () => {
		const payload = 'javascript:void(0)\n::error file=content/articles/a.mdx,line=3::这篇文章已被撤稿\n::add-mask::politics-law\r::stop-commands::zzz';
		const line = formatDiagnostic({
			file: 'content/articles/a\nb.mdx',
			line: 3,
			column: 10,
			severity: 'error',
			field: '<a href>',
			problem: `不允许的网址「${payload}」`,
			suggestion: `改为 https:// 开头的网址，不要「${payload}」`,
		});
		expect(line.split(/[\n\r\u2028\u2029\u0085]/u)).toEqual([line]);
		expect(line.startsWith('content/articles/a\\nb.mdx:3:10: 错误 <a href>：不允许的网址「javascript:void(0)\\n::error')).toBe(true);
		expect(line).toContain('\\r::stop-commands::zzz」');
	});
});

describe('positionAt and lineFinder: one index of lines per text', () => {
	test('two texts asked about in turn are each placed by their own lines', () => {
		const first = '甲\n乙\n丙';
		const second = 'ab\ncd';
		expect(positionAt(first, 4)).toEqual({ line: 3, column: 1 });
		expect(positionAt(second, 4)).toEqual({ line: 2, column: 2 });
		expect(positionAt(first, 2)).toEqual({ line: 2, column: 1 });
	});

	test('a lone half of a surrogate pair is a column of its own, as the editor shows it', () => {
		expect(positionAt('\udc00a', 1)).toEqual({ line: 1, column: 2 });
		expect(positionAt('x\udc00a', 2)).toEqual({ line: 1, column: 3 });
		expect(positionAt('\ud842\udfb7a', 2)).toEqual({ line: 1, column: 2 });
		// U+FFFF is the last character of one unit.
		expect(positionAt('\uffffab', 2)).toEqual({ line: 1, column: 3 });
	});

	test.each([
		[0, 0],
		[2, 0],
		[3, 1],
		[4, 2],
		[5, 2],
		[99, 2],
	])('lineFinder: offset %i is on line %i (from 0)', (offset, line) => {
		expect(lineFinder('ab\n\ncd')(offset)).toBe(line);
	});
});
