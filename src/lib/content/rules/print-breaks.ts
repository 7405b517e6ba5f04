/**
 * House style: a paragraph is not cut in the middle of a sentence. Text pasted from a print page
 * keeps the page's column breaks as paragraph breaks (督导检 / 查等各项工作); --fix joins them
 * (editor/doctor.ts applies the joins printBreaks offers), and the check says which it will join.
 */
import type { Paragraph, Root } from 'mdast';
import { bodyTree } from '../body-tree';
import { isPrintBreak } from '../cjk-text';
import { LIMITS } from '../limits';
import { blockShape, joinedShape, sameShape } from '../tree-shape';
import { entriesOf, type GateContext } from './context';

/**
 * What `--fix` does with a cut: joins it; leaves it because joining would change the body's
 * format or pass a limit (two backticks becoming code, a line too long); or leaves it for its
 * next run, LIMITS.printBreakRun paragraphs having been joined in a row.
 */
export type JoinFix = 'join' | 'by-hand' | 'next-run';

/** A paragraph cut by a print break: its index among the blocks, where it ends, where the next starts. */
export interface PrintBreak {
	index: number;
	end: number;
	next: number;
	fix: JoinFix;
}

/** Paragraphs joined so far: their text as joined, its shape, how many, the index of the last. */
interface Run {
	text: string;
	shape: string[];
	count: number;
	last: number;
}

/**
 * Where a body's paragraphs are cut by print breaks: the end of the cut one, the start of the
 * next. Only two paragraphs side by side at the top of MDX's own tree (mdx-subset.ts) are ever
 * one: a heading (# or underlined), a list, a quote, a table, a tag or code is never joined.
 * Each join is tried on the paragraphs joined so far, parsed again: it is offered to --fix only
 * when the result is one paragraph holding the first's contents then the second's, so one join
 * that would change the format leaves the others in the body to be joined.
 */
export function printBreaks(tree: Root, body: string): PrintBreak[] {
	const breaks: PrintBreak[] = [];
	const blocks = tree.children;
	const source = (block: Paragraph) => body.slice(block.position!.start.offset, block.position!.end.offset);
	let run: Run | undefined;
	for (let i = 0; i + 1 < blocks.length; i++) {
		const [block, next] = [blocks[i]!, blocks[i + 1]!];
		if (block.type !== 'paragraph' || next.type !== 'paragraph') continue;
		const [text, nextText] = [source(block), source(next)];
		// A full-width indent (　　) is the paragraph's own text to MDX: the second half's is dropped.
		if (!isPrintBreak(text, nextText)) continue;
		const cut = {
			index: i,
			end: block.position!.start.offset! + text.trimEnd().length,
			next: next.position!.start.offset! + nextText.length - nextText.trimStart().length,
		};
		const current: Run =
			run?.last === i ? run : { text: text.trimEnd(), shape: blockShape(block), count: 1, last: i };
		if (current.count >= LIMITS.printBreakRun) {
			breaks.push({ ...cut, fix: 'next-run' });
			run = undefined;
			continue;
		}
		const joined: Run = {
			text: current.text + body.slice(cut.next, next.position!.end.offset).trimEnd(),
			shape: joinedShape([current.shape, blockShape(next)], [0])[0]!,
			count: current.count + 1,
			last: i + 1,
		};
		const reparsed = bodyTree(joined.text);
		const joins = reparsed !== undefined && sameShape(reparsed.children.map(blockShape), [joined.shape]);
		breaks.push({ ...cut, fix: joins ? 'join' : 'by-hand' });
		run = joins ? joined : undefined;
	}
	return breaks;
}

const SUGGESTION: Record<JoinFix, string> = {
	join: '与下一段合并为一段（--fix 可自动合并）',
	'by-hand': '与下一段手动合并为一段，并检查格式（直接合并会改变正文格式或超出限制，例如两段里的反引号连成代码，--fix 不会自动合并）',
	'next-run': `与下一段合并为一段（--fix 一次最多连着合并 ${LIMITS.printBreakRun} 段，再运行一次即可）`,
};

export function printBreaksRule(context: GateContext): void {
	for (const entry of entriesOf(context, 'article')) {
		const body = context.sources.get(entry.path)?.body;
		// A body that did not parse (article-body.ts says why) has no paragraphs to judge.
		const tree = context.trees.get(entry.path);
		if (!body || !tree) continue;
		for (const { end, fix } of printBreaks(tree, body.text))
			context.report.at(entry.path, body.start + end, '', '段落在句子中间断开（排版分栏留下的断行）', SUGGESTION[fix]);
	}
}
