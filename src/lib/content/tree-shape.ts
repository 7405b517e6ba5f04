/**
 * The shape of an MDX body: what `--fix` must never change (editor/doctor.ts; print-breaks.ts
 * asks it before it offers a join). Each block at the top of MDX's tree
 * as a list of tokens, depth first: every node but text, with everything it holds besides its
 * children (a code span's code, a link's address, a heading's depth, a tag's name and attributes),
 * and where it ends. Text is left out: it is what a fix may change. Read without recursion.
 */
import type { Nodes, Root, RootContent } from 'mdast';

/**
 * A node's type and own fields: without its place or the parser's own data at any depth, and
 * without its children (tokens of their own) or its type twice.
 */
function ownFields(node: Nodes): string {
	return `${node.type}${JSON.stringify(node, function (this: unknown, key, value: unknown) {
		if (key === 'position' || key === 'data') return undefined;
		return this === node && (key === 'type' || key === 'children') ? undefined : value;
	})}`;
}

/** One block's tokens. */
export function blockShape(block: RootContent): string[] {
	const tokens: string[] = [];
	const stack: (Nodes | 'end')[] = [block];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node === 'end') tokens.push('/');
		else if (node.type !== 'text') {
			tokens.push(ownFields(node));
			stack.push('end');
			if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
		}
	}
	return tokens;
}

/** The shape of each block at the top of the tree, in order. */
export function treeShape(tree: Root): string[][] {
	return tree.children.map(blockShape);
}

/**
 * The shape `shape` has once the paragraphs at `joined` (each the index of a paragraph joined to
 * the one after it) are one: the first's contents, then the second's.
 */
export function joinedShape(shape: readonly string[][], joined: readonly number[]): string[][] {
	const result: string[][] = [];
	const joins = new Set(joined);
	for (let i = 0; i < shape.length; i++) {
		const last = result.at(-1);
		if (joins.has(i - 1) && last) result[result.length - 1] = [...last.slice(0, -1), ...shape[i]!.slice(1)];
		else result.push([...shape[i]!]);
	}
	return result;
}

/** Whether two shapes are the same, token for token. */
export const sameShape = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]) =>
	a.length === b.length && a.every((tokens, i) => tokens.length === b[i]!.length && tokens.every((token, j) => token === b[i]![j]));
