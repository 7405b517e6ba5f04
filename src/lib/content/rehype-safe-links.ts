/**
 * Drops links whose address would run code (javascript:, vbscript:, data:) from rendered
 * Markdown and MDX, however the address was spelled (entities, case, spaces): the link text
 * stays, as plain text; and event-handler attributes (onclick…) from tags written in MDX.
 * The content check stops both earlier; this is the last guard.
 */
interface Node {
	type: string;
	tagName?: string;
	name?: string | null;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

const UNSAFE = /^(?:javascript|vbscript|data):/i;

/** What a browser would make of the address: control characters and whitespace removed. */
export function isUnsafeUrl(url: unknown): boolean {
	return typeof url === 'string' && UNSAFE.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

function sanitize(node: Node): void {
	for (const child of node.children ?? []) {
		if (child.type === 'element' && isUnsafeUrl(child.properties?.['href'])) {
			child.tagName = 'span';
			delete child.properties?.['href'];
		}
		if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.attributes) {
			child.attributes = child.attributes.filter(
				(attribute) => !(attribute.name === 'href' && isUnsafeUrl(attribute.value)) && !/^on/i.test(attribute.name ?? ''),
			);
		}
		sanitize(child);
	}
}

export default function rehypeSafeLinks() {
	return (tree: Node) => sanitize(tree);
}
