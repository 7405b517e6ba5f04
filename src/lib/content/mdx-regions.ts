/**
 * Where in an MDX body the prose is: the text the house style reads and `--fix` may change. It is
 * read from MDX's own tree (mdx-subset.ts `parseMdx`, the parser the gate checks with), so prose
 * is exactly what the build takes for text: every text node, written as it reads. Never prose:
 * code spans and fences of any backtick or tilde count, link and image addresses and titles,
 * reference definitions, autolinks (`<https://…>`, a bare `https://…`), JSX tags with their
 * attributes, {expressions}, import/export, a backslash escape (`\(`) or a character reference
 * (`&amp;`). Text nodes that only emphasis marks (`**`, `_`, `~~`) separate are one piece, so a
 * pair of parentheses around bold text is seen as a pair. One walk of the tree, no recursion.
 */
import type { Nodes, Root } from 'mdast';

export type Range = readonly [start: number, end: number];

/** A backslash escape or a character reference: written otherwise than it reads. */
const NOT_AS_READ = /\\[!-/:-@[-`{-~]|&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/g;
/** What may stand between two text nodes of one piece: emphasis marks only. */
const EMPHASIS_ONLY = /^[*_~]+$/;

/** The text nodes' places in `body`, in document order, an autolink's address left out. */
function textRanges(tree: Root, body: string): Range[] {
	const ranges: Range[] = [];
	const stack: Nodes[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop()!;
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) continue;
		if (node.type === 'text') ranges.push([start, end]);
		// An autolink's text is its address: a link whose source does not start with its [text].
		else if (node.type === 'link' && body[start] !== '[') continue;
		else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
	}
	return ranges;
}

/** The prose of an MDX body, from its tree: ranges of `body`, in order, not overlapping. */
export function proseRanges(tree: Root, body: string): Range[] {
	const pieces: Range[] = [];
	for (const [start, end] of textRanges(tree, body)) {
		let from = start;
		for (const match of body.slice(start, end).matchAll(NOT_AS_READ)) {
			if (start + match.index > from) pieces.push([from, start + match.index]);
			from = start + match.index + match[0].length;
		}
		if (end > from) pieces.push([from, end]);
	}
	const merged: [number, number][] = [];
	for (const [start, end] of pieces) {
		const last = merged.at(-1);
		if (last && EMPHASIS_ONLY.test(body.slice(last[1], start))) last[1] = end;
		else merged.push([start, end]);
	}
	return merged;
}

/** Applies `fix` to each piece of prose of an MDX body (proseRanges), leaving everything else byte for byte. */
export function mapProse(body: string, tree: Root, fix: (prose: string) => string): string {
	let out = '';
	let from = 0;
	for (const [start, end] of proseRanges(tree, body)) {
		out += body.slice(from, start) + fix(body.slice(start, end));
		from = end;
	}
	return out + body.slice(from);
}
