/**
 * The web editor's preview in the site's own type: the site's stylesheets (tokens, fonts, line
 * breaking, the body's paragraphs and headings) and the styles of the components the preview
 * shows, each read from its .astro file and kept to its own box (`[data-preview="Name"]`, CSS
 * nesting; the boxes are cms-components.ts's and src/admin/editor.ts's), so one component's
 * `figcaption` rule does not reach another's. Read when /admin/ is made, never copied by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The components the preview draws, by the name of their .astro file in src/components/. */
export const PREVIEW_COMPONENTS = ['ArticleHeader', 'Dateline', 'PullQuote', 'Figure', 'PromoBlock'] as const;

const GLOBAL = ':global(';

/** Astro's :global(x) written as plain x, x holding parentheses of its own (:global(:is(h2, h3))). */
function unwrapGlobal(css: string): string {
	let out = '';
	let from = 0;
	for (let at = css.indexOf(GLOBAL); at >= 0; at = css.indexOf(GLOBAL, from)) {
		let depth = 1;
		let end = at + GLOBAL.length;
		for (; end < css.length && depth > 0; end++) depth += css[end] === '(' ? 1 : css[end] === ')' ? -1 : 0;
		out += css.slice(from, at) + css.slice(at + GLOBAL.length, end - 1);
		from = end;
	}
	return out + css.slice(from);
}

/** A component's own <style>, with Astro's :global(x) written as plain x. */
export function componentStyle(astro: string): string {
	const start = astro.indexOf('<style>');
	const end = astro.indexOf('</style>', start);
	if (start < 0 || end < 0) return '';
	return unwrapGlobal(astro.slice(start + '<style>'.length, end));
}

export function previewStyle(root: string): string {
	const read = (path: string) => readFileSync(join(root, path), 'utf8');
	const site = [read('src/styles/tokens.css'), read('src/styles/global.css').replace(/^@import .*$/m, '')];
	const components = PREVIEW_COMPONENTS.map(
		(name) => `[data-preview="${name}"] {\n${componentStyle(read(`src/components/${name}.astro`))}\n}`,
	);
	// The page's own margin, as the site's column has it.
	return [...site, 'body { padding: var(--space-4); }', ...components].join('\n');
}
