/**
 * House style in Chinese text (cjk-text.ts): full-width punctuation (an error: it stops the
 * build), paired curly quotes and no space between Chinese and Latin letters or digits (warnings),
 * in every YAML string value and in the MDX prose, never in code or addresses.
 */
import { findTextIssues } from '../cjk-text';
import { proseRanges } from '../mdx-regions';
import { yamlStrings } from '../source';
import type { GateContext } from './context';

export const TEXT_PROBLEMS = {
	'half-width-punctuation': { severity: 'error', problem: '中文里用了半角标点', fix: '（--fix 可自动改）' },
	// --fix changes straight quotes only in pairs: which of “ and ” a lone one is, it cannot know.
	'straight-quote': { severity: 'warning', problem: '中文里用了英文直引号', fix: '（成对的，--fix 可自动改）' },
	'latin-spacing': { severity: 'warning', problem: '中文与英文字母或数字之间有空格（本报不加空格）', fix: '' },
} as const;

/** A value that is an address (https:, mailto:, tel:), not Chinese text. */
const ADDRESS = /^[a-z]+:/i;

export function houseStyleRule(context: GateContext): void {
	for (const source of context.sources.values()) {
		const report = (place: (index: number) => number, text: string) => {
			for (const issue of findTextIssues(text)) {
				const kind = TEXT_PROBLEMS[issue.kind];
				context.report.at(
					source.path,
					place(issue.index),
					'',
					`${kind.problem}「${issue.found.trim() || '空格'}」`,
					issue.replacement ? `改为「${issue.replacement}」${kind.fix}` : '删去空格',
					kind.severity,
				);
			}
		};
		for (const { value, place } of yamlStrings(source)) if (!ADDRESS.test(value)) report(place, value);
		// An article's prose, from the tree article-body.ts parsed (a body that did not parse has its own error).
		const body = source.body;
		const tree = context.trees.get(source.path);
		if (body && tree)
			for (const [start, end] of proseRanges(tree, body.text)) report((index) => body.start + start + index, body.text.slice(start, end));
	}
}
