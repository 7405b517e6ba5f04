/**
 * Gives each `<Figure src="./images/x.jpg">` (read from the article's folder, PICTURE_RULE) its picture as an import of the article's own
 * MDX module, so <Figure> receives the processed picture as its `picture` prop. The picture is then
 * part of that article's module graph and no other page's: the incremental build renders an
 * article again when its picture changes, and a new picture for a new article leaves every other
 * page as it was (a glob of all pictures in the component would put every picture into every
 * article page's code, so adding one rendered them all again).
 *
 * Runs after remarkMdxSubset (astro.config.mjs), which refuses any import, expression or
 * `picture` attribute an editor writes: what this adds is the site's, built from a path the
 * content gate has checked, and only for a picture that is there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Program } from 'estree';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { ARTICLE_FOLDER, picturePathProblem, resolvePicture } from './pictures';

const program = (body: Program['body']): Program => ({ type: 'Program', sourceType: 'module', body });

function figures(node: Nodes, found: (MdxJsxFlowElement | MdxJsxTextElement)[] = []) {
	if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') found.push(node);
	if ('children' in node) for (const child of node.children) figures(child as Nodes, found);
	return found;
}

/** `root` is the project folder, the one content/ is in. */
export function remarkFigurePictures({ root = process.cwd() }: { root?: string } = {}) {
	return (tree: Root) => {
		const imports: Program['body'] = [];
		for (const figure of figures(tree)) {
			const src = figure.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
			// A missing or unsound picture is left to <Figure>, which stops the build naming it.
			if (typeof src !== 'string' || picturePathProblem(src, ARTICLE_FOLDER)) continue;
			const path = resolvePicture(src, ARTICLE_FOLDER);
			if (!existsSync(join(root, path))) continue;
			const name = `__figurePicture${imports.length}`;
			imports.push({
				type: 'ImportDeclaration',
				specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
				source: { type: 'Literal', value: `/${path}` },
				attributes: [],
			});
			figure.attributes.push({
				type: 'mdxJsxAttribute',
				name: 'picture',
				value: {
					type: 'mdxJsxAttributeValueExpression',
					value: name,
					data: { estree: program([{ type: 'ExpressionStatement', expression: { type: 'Identifier', name } }]) },
				},
			});
		}
		// Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: the compiler reads the estree, not `value`, and an empty block compiles to nothing
		if (imports.length > 0) tree.children.unshift({ type: 'mdxjsEsm', value: '', data: { estree: program(imports) } });
	};
}
