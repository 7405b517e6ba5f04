/**
 * Reading an article's body into MDX's tree, in the one order the gate and `--fix` share: the
 * limits first (limits.ts: nothing over them is parsed), then the parse (mdx-subset.ts), then the
 * tree's depth, so no rule walks a tree deeper than the limit.
 */
import type { Root } from 'mdast';
import { bodyLimitProblem, LIMITS, type LimitProblem, tooDeep } from './limits';
import { parseMdx } from './mdx-subset';

/** Why a body could not be read: where (an offset in the body), which part, what, and what to do. */
export interface BodyProblem extends LimitProblem {
	field: string;
}

/** MDX's reason without its own places, which count from the body, not the file. */
export const reasonOf = (error: unknown) =>
	((error as { reason?: string }).reason ?? String(error)).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');

/** The body's tree, or why there is none. */
export function readBody(body: string): { tree: Root } | { problem: BodyProblem } {
	const limit = bodyLimitProblem(body);
	if (limit) return { problem: { ...limit, field: '' } };
	let tree: Root;
	try {
		tree = parseMdx(body);
	} catch (error) {
		const place = (error as { place?: { offset?: number; start?: { offset?: number } } }).place;
		return {
			problem: {
				offset: place?.start?.offset ?? place?.offset ?? 0,
				field: 'MDX',
				problem: `正文写法有误（${reasonOf(error)}）`,
				suggestion: '检查标签是否成对闭合；正文里的 < 和 { 请写成全角 ＜ ｛',
			},
		};
	}
	const deep = tooDeep(tree);
	if (deep === undefined) return { tree };
	return {
		problem: {
			offset: deep,
			field: '',
			problem: `正文的格式嵌套太深（超过 ${LIMITS.treeDepth} 层）`,
			suggestion: '减少层层套用的粗体、斜体、标签或列表',
		},
	};
}

/** The body's tree, or undefined when it cannot be read (readBody says why). */
export function bodyTree(body: string): Root | undefined {
	const reading = readBody(body);
	return 'tree' in reading ? reading.tree : undefined;
}
