/**
 * The last guard in the renderer, behind the content gate: in rendered Markdown and MDX, a link
 * whose address is not allowed (safe-url.ts, however it was spelled) becomes its text, and any
 * other address-bearing attribute that is not allowed, and any event handler (onclick…), is
 * dropped. The gate refuses such files before they are built; this holds if one ever gets past.
 */
import { isAllowedUrl } from './safe-url';
import { URL_ATTRIBUTES } from './mdx-subset';

interface Node {
	type: string;
	tagName?: string;
	name?: string | null;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

/** hast names properties in camelCase (srcSet, xLinkHref); compare letters only. */
const letters = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const URL_PROPERTIES = new Set([...URL_ATTRIBUTES].map(letters));
const isUrlName = (name: string) => URL_PROPERTIES.has(letters(name));
const isHandler = (name: string) => /^on/i.test(name);
/**
 * The addresses a value holds: hast keeps a list-valued attribute (ping) as an array, each item
 * an address; srcset lists several, each followed by a size.
 */
const addresses = (name: string, value: unknown): unknown[] =>
	Array.isArray(value)
		? value
		: letters(name) === 'srcset' && typeof value === 'string'
			? // Stryker disable next-line Regex: the part is trimmed, so \s and \s+ give the same first word
				value.split(',').map((part) => part.trim().split(/\s+/)[0])
			: [value];
const isUnsafe = (name: string, value: unknown) =>
	isHandler(name) || (isUrlName(name) && addresses(name, value).some((url) => !isAllowedUrl(url)));

function sanitize(node: Node): void {
	for (const child of node.children ?? []) {
		// Only elements have properties in hast.
		if (child.properties) {
			// A link that may not be followed becomes its text (the loop below drops the address).
			if (child.tagName === 'a' && 'href' in child.properties && isUnsafe('href', child.properties['href'])) child.tagName = 'span';
			for (const [name, value] of Object.entries(child.properties)) if (isUnsafe(name, value)) delete child.properties[name];
		}
		if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.attributes) {
			child.attributes = child.attributes.filter(
				// Stryker disable next-line StringLiteral: an mdxJsxAttribute always has a name; ?? '' is for the type
				(attribute) => attribute.type === 'mdxJsxAttribute' && !isUnsafe(attribute.name ?? '', attribute.value),
			);
		}
		sanitize(child);
	}
}

export default function rehypeSafeLinks() {
	return (tree: Node) => sanitize(tree);
}
