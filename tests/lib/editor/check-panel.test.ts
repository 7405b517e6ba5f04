import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../../src/lib/content/diagnostics';
import { CHECK_FIELD, markedFieldsStyle, panelLines } from '../../../src/lib/editor/check-panel';

const at = (field: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
	file: 'content/articles/a.mdx',
	line: 5,
	column: 1,
	severity,
	field,
	problem: '问题',
	suggestion: '改法',
});

describe('panelLines: what the panel says', () => {
	test('nothing found: it may be saved', () => {
		expect(panelLines([])).toEqual({ lines: [], errors: 0, summary: '检查通过，可以保存。' });
	});

	test('errors and warnings: counted, each line as content:check prints it', () => {
		expect(panelLines([at('title'), at('', 'warning'), at('MDX')])).toEqual({
			lines: [
				'content/articles/a.mdx:5:1: 错误 title：问题 → 改法',
				'content/articles/a.mdx:5:1: 提醒 问题 → 改法',
				'content/articles/a.mdx:5:1: 错误 MDX：问题 → 改法',
			],
			errors: 2,
			summary: '2 个错误、1 个提醒：改好错误才能保存。',
		});
	});

	test('warnings only: it may be saved', () => {
		expect(panelLines([at('', 'warning')])).toMatchObject({ errors: 0, summary: '1 个提醒，可以保存；请看一下是否要改。' });
	});
});

describe('markedFieldsStyle: the fields an error names are marked', () => {
	const fields = ['body', 'title', 'promos'];
	const marked = (diagnostics: Diagnostic[]) =>
		[...markedFieldsStyle(diagnostics, fields).matchAll(/for\^="([^"]+)-field-"\]\{/g)].map((m) => m[1]);

	test('a field by its first part; anything else is the body; each once', () => {
		expect(marked([at('title'), at('promos.0'), at('MDX'), at('<Figure src>'), at('title')])).toEqual([
			'title',
			'promos',
			'body',
		]);
	});

	test('a warning marks nothing; a field name not in the form is never written into the style', () => {
		expect(markedFieldsStyle([at('title', 'warning')], fields)).toBe('');
		expect(marked([at('x"]{}body{display:none')])).toEqual(['body']);
	});

	test('the mark is the label in the errors’ red', () => {
		expect(markedFieldsStyle([at('title')], fields)).toBe(
			'label[for^="title-field-"]{background:#b00020!important;color:#fff!important}',
		);
	});

	test('the panel is a field never required', () => {
		expect(CHECK_FIELD).toMatchObject({ required: false, widget: 'gate-check' });
	});
});
