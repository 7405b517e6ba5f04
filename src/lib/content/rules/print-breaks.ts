/**
 * House style: a paragraph is not cut in the middle of a sentence. Text pasted from a print page
 * keeps the page's column breaks as paragraph breaks (督导检 / 查等各项工作); --fix joins them
 * (editor/doctor.ts reads the same printBreaks).
 */
import { isPrintBreak } from '../cjk-text';
import { entriesOf, type GateContext } from './context';

const BLANK_LINE = /^[ \t]*\r?$/;
const NOT_SPACE = /\S/g;

/**
 * The paragraphs of an MDX body, split at blank lines, each from its first character that is not
 * white space; the last ends before the body's trailing white space. One pass over the lines.
 */
export function paragraphs(body: string): { text: string; start: number }[] {
	const blocks: { text: string; start: number }[] = [];
	const add = (start: number, raw: string) => {
		const text = raw.trimStart();
		if (text !== '') blocks.push({ text, start: start + raw.length - text.length });
	};
	let start = -1;
	for (let lineStart = 0; lineStart <= body.length; ) {
		const newline = body.indexOf('\n', lineStart);
		const lineEnd = newline < 0 ? body.length : newline;
		if (BLANK_LINE.test(body.slice(lineStart, lineEnd))) {
			// Only white space after it (a search that stops at the next paragraph): the body's end.
			NOT_SPACE.lastIndex = lineStart;
			const text = start < 0 ? '' : body.slice(start, lineStart - 1);
			if (start >= 0) add(start, NOT_SPACE.test(body) ? text : text.trimEnd());
			start = -1;
		} else if (start < 0) start = lineStart;
		lineStart = lineEnd + 1;
	}
	if (start >= 0) add(start, body.slice(start).trimEnd());
	return blocks;
}

/** Where a body's paragraphs are cut by print breaks: the end of the cut one, the start of the next. */
export function printBreaks(body: string): { end: number; next: number }[] {
	const blocks = paragraphs(body);
	const breaks: { end: number; next: number }[] = [];
	blocks.forEach((block, index) => {
		const next = blocks[index + 1];
		if (next && isPrintBreak(block.text, next.text)) breaks.push({ end: block.start + block.text.trimEnd().length, next: next.start });
	});
	return breaks;
}

export function printBreaksRule(context: GateContext): void {
	for (const entry of entriesOf(context, 'article')) {
		const body = context.sources.get(entry.path)?.body;
		if (!body) continue;
		for (const { end } of printBreaks(body.text))
			context.report.at(
				entry.path,
				body.start + end,
				'',
				'段落在句子中间断开（排版分栏留下的断行）',
				'与下一段合并为一段（--fix 可自动合并）',
			);
	}
}
