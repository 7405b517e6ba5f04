/**
 * Markdown in a YAML field (a promo's `details`: itinerary, dates, fees): plain CommonMark with
 * tables, decided on the syntax tree remark builds. No HTML, no pictures, no task lists, no
 * heading above ##, links only to allowed addresses (safe-url.ts). It is parsed as Markdown,
 * never as MDX, so nothing in it can be a component or an expression.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isAllowedUrl } from './safe-url';

export interface MarkdownProblem {
	/** Offset in the Markdown text. */
	offset: number;
	problem: string;
	suggestion: string;
}

/** The page gives the promo's title the only h1; the details' headings sit below it. */
export const DETAILS_TOP_HEADING = 2;

const PARSER = unified().use(remarkParse).use(remarkGfm);

export function parsePlainMarkdown(text: string): Root {
	return PARSER.parse(text);
}

function nodeProblem(node: Nodes): Omit<MarkdownProblem, 'offset'> | undefined {
	switch (node.type) {
		case 'html':
			return { problem: '详情里不能写 HTML 标签', suggestion: '用 Markdown：空一行分段，## 小标题，- 列表，**加粗**' };
		case 'image':
		case 'imageReference':
			return { problem: '详情里不能放图片', suggestion: '删去 ![…](…)；广告的图片只有二维码（qr.image）' };
		case 'heading':
			return node.depth < DETAILS_TOP_HEADING
				? { problem: '详情里的小标题最大用 ##（# 是广告标题）', suggestion: '把 # 改为 ##' }
				: undefined;
		case 'listItem':
			return typeof node.checked === 'boolean'
				? { problem: '详情里不能用任务列表（[ ] 和 [x] 会变成勾选框）', suggestion: '删去方括号，写成普通列表' }
				: undefined;
		case 'link':
		case 'definition':
			return isAllowedUrl(node.url)
				? undefined
				: {
						problem: `链接地址「${node.url}」不安全`,
						suggestion: '只能用 https://、http://、mailto:、tel: 开头的地址或站内相对地址',
					};
		default:
			return undefined;
	}
}

/** Every place where the text leaves plain Markdown, in document order. */
export function plainMarkdownProblems(tree: Root): MarkdownProblem[] {
	const problems: MarkdownProblem[] = [];
	const visit = (node: Nodes) => {
		const found = nodeProblem(node);
		if (found) problems.push({ offset: node.position?.start.offset ?? 0, ...found });
		if ('children' in node) for (const child of node.children) visit(child as Nodes);
	};
	visit(tree);
	return problems;
}
