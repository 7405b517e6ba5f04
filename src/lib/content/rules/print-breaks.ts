/**
 * House style: a paragraph is not cut in the middle of a sentence. Text pasted from a print page
 * keeps the page's column breaks as paragraph breaks (督导检 / 查等各项工作); --fix joins them
 * (editor/doctor.ts reads the same printBreaks).
 */
import type { Root } from 'mdast';
import { isPrintBreak } from '../cjk-text';
import { entriesOf, type GateContext } from './context';

/** A paragraph cut by a print break: its index among the blocks, where it ends, where the next starts. */
export interface PrintBreak {
	index: number;
	end: number;
	next: number;
}

/**
 * Where a body's paragraphs are cut by print breaks: the end of the cut one, the start of the
 * next. Only two paragraphs side by side at the top of MDX's own tree (mdx-subset.ts) are ever
 * one: a heading (# or underlined), a list, a quote, a table, a tag or code is never joined, so
 * joining them changes no other block.
 */
export function printBreaks(tree: Root, body: string): PrintBreak[] {
	const breaks: PrintBreak[] = [];
	const blocks = tree.children;
	for (let i = 0; i + 1 < blocks.length; i++) {
		const [block, next] = [blocks[i]!, blocks[i + 1]!];
		if (block.type !== 'paragraph' || next.type !== 'paragraph') continue;
		const text = body.slice(block.position!.start.offset, block.position!.end.offset);
		const nextText = body.slice(next.position!.start.offset, next.position!.end.offset);
		// A full-width indent (　　) is the paragraph's own text to MDX: the second half's is dropped.
		if (isPrintBreak(text, nextText))
			breaks.push({
				index: i,
				end: block.position!.start.offset! + text.trimEnd().length,
				next: next.position!.start.offset! + nextText.length - nextText.trimStart().length,
			});
	}
	return breaks;
}

export function printBreaksRule(context: GateContext): void {
	for (const entry of entriesOf(context, 'article')) {
		const body = context.sources.get(entry.path)?.body;
		// A body that did not parse (article-body.ts says why) has no paragraphs to judge.
		const tree = context.trees.get(entry.path);
		if (!body || !tree) continue;
		for (const { end } of printBreaks(tree, body.text))
			context.report.at(
				entry.path,
				body.start + end,
				'',
				'段落在句子中间断开（排版分栏留下的断行）',
				'与下一段合并为一段（--fix 可自动合并）',
			);
	}
}
