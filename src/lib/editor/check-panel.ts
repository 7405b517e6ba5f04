/**
 * The web editor's check panel: the gate's lines for the article being edited (content/
 * entry-check.ts), shown above its fields as `npm run content:check` prints them, with the fields
 * they name marked. An article with an error cannot be saved. Apart from cms-config.ts so the
 * editor's browser script (src/admin/editor.ts) can name it without the schemas.
 */
import { type Diagnostic, formatDiagnostic } from '../content/diagnostics';

export const CHECK_WIDGET = 'gate-check';

/** The panel, as a field of its own: first in the form, never written into the file (mdx-file.ts). */
export const CHECK_FIELD = {
	name: 'gateCheck',
	label: '发稿前检查',
	widget: CHECK_WIDGET,
	required: false,
	hint: '与 npm run content:check 相同的检查，随写随查；有错误的文章不能保存。图片文件本身在送审时检查。',
} as const;

/** What the panel says: each problem on its line as the check prints it, or that there is none. */
export function panelLines(diagnostics: readonly Diagnostic[]): { lines: string[]; errors: number; summary: string } {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	const summary =
		diagnostics.length === 0
			? '检查通过，可以保存。'
			: errors > 0
				? `${errors} 个错误、${warnings} 个提醒：改好错误才能保存。`
				: `${warnings} 个提醒，可以保存；请看一下是否要改。`;
	return { lines: diagnostics.map(formatDiagnostic), errors, summary };
}

/**
 * The style that marks each field an error names, by its label (Decap labels a field's control
 * `label[for^="<name>-field-"]`) in the error's red: a field of the form by its first part (promos.0 → promos),
 * anything else (the body's MDX, a component's attribute) the body.
 */
export function markedFieldsStyle(diagnostics: readonly Diagnostic[], fields: readonly string[]): string {
	const names = new Set(
		diagnostics
			.filter((d) => d.severity === 'error')
			.map((d) => {
				const first = d.field.split('.')[0]!;
				return fields.includes(first) ? first : 'body';
			}),
	);
	return [...names].map((name) => `label[for^="${name}-field-"]{background:#b00020!important;color:#fff!important}`).join('\n');
}
