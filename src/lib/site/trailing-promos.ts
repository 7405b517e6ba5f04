/**
 * An ad at the very end of an article's body (`<Promo id="…" />` after its last paragraph) would be
 * drawn between the article's text and its own source line and 责任编辑, as if the source vouched
 * for it. The advertising law (广告法 Art. 14) wants an ad told apart from the news: so those ads
 * leave the body and are drawn after the article's footer, each still in its own box labelled 广告.
 * An ad between paragraphs stays where the editor put it: the text goes on after it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** The key under which the moved ads' ids reach the page (`remarkPluginFrontmatter`). */
export const TRAILING_PROMOS = 'trailingPromos';

const promoId = (node: Root['children'][number]): string | undefined => {
	if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Promo') return undefined;
	const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
	return typeof id === 'string' ? id : undefined;
};

/** Takes the `<Promo>`s that end the body out of it, in their order, into the file's frontmatter. */
export function remarkTrailingPromos() {
	return (tree: Root, file: VFile) => {
		const ids: string[] = [];
		let end = tree.children.length;
		while (end > 0) {
			const id = promoId(tree.children[end - 1]!);
			if (id === undefined) break;
			ids.unshift(id);
			end--;
		}
		if (ids.length === 0) return;
		tree.children.length = end;
		const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
		(astro.frontmatter ??= {})[TRAILING_PROMOS] = ids;
	};
}
