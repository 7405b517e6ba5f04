/**
 * A promo's `details` (Markdown: itinerary, dates, fees) as the HTML its own page shows. Parsed
 * as plain Markdown, never MDX; raw HTML is dropped by remark-rehype, the content gate's rules run
 * again here (a file that skipped the gate still cannot render), links pass the same guard as
 * articles' and are marked paid placement like every link in an ad.
 */
import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { plainMarkdownProblems } from '../content/plain-markdown';
import rehypeSafeLinks from '../content/rehype-safe-links';
import { rehypeLineBreaks } from './line-breaks';

/** Every link in an ad is paid placement (广告法; search engines' link attributes). */
export const AD_REL = 'sponsored noopener';

function refuseOutsideSubset() {
	return (tree: Root) => {
		const problems = plainMarkdownProblems(tree);
		// Each kind said once: <b>粗</b> is two tags but one thing to mend.
		const kinds = [...new Set(problems.map((p) => p.problem))];
		if (kinds.length > 0) throw new Error(`广告详情超出了允许的写法：${kinds.join('；')}`);
	};
}

function markAdLinks() {
	const visit = (node: HastRoot | RootContent) => {
		if (node.type === 'element' && node.tagName === 'a') (node as Element).properties['rel'] = AD_REL.split(' ');
		if ('children' in node) for (const child of node.children) visit(child);
	};
	return (tree: HastRoot) => visit(tree);
}

// Set up once, when the module loads (freeze), not at the first rendering.
const PROCESSOR = unified()
	.use(remarkParse)
	.use(remarkGfm)
	.use(remarkCjkFriendly)
	.use(refuseOutsideSubset)
	.use(remarkRehype)
	.use(rehypeSafeLinks)
	.use(markAdLinks)
	.use(rehypeLineBreaks)
	.use(rehypeStringify)
	.freeze();

export function renderPromoDetails(markdown: string): string {
	return String(PROCESSOR.processSync(markdown));
}
