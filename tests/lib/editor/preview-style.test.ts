import { describe, expect, test } from 'vitest';
import { componentStyle, PREVIEW_COMPONENTS, previewStyle } from '../../../src/lib/editor/preview-style';
import { PROJECT_ROOT } from '../../helpers/paths';

describe('the preview’s styles are the site’s own, each component’s kept to its box', () => {
	test('a component’s <style>, with :global(x) as x', () => {
		expect(componentStyle('<p>甲</p>\n<style>\n\t.a :global(p) { margin: 0; }\n</style>\n')).toBe('\n\t.a p { margin: 0; }\n');
		expect(componentStyle('<p>no style</p>')).toBe('');
		expect(componentStyle('<style>.d :global(:is(h2, h3)) { a: b } .e :global(p){}</style>')).toBe(
			'.d :is(h2, h3) { a: b } .e p{}',
		);
	});

	test('the site’s tokens and page styles, then each component in its own box', () => {
		const css = previewStyle(PROJECT_ROOT);
		expect(css).toContain('--measure: 38em;');
		expect(css).toContain('text-indent: 2em;');
		expect(css).not.toContain('@import');
		for (const name of PREVIEW_COMPONENTS) expect(css).toContain(`[data-preview="${name}"] {`);
		// The pull quote's figcaption rule is inside the pull quote's box, not loose where a picture's caption would take it.
		const pullQuote = css.slice(css.indexOf('[data-preview="PullQuote"]'), css.indexOf('[data-preview="Figure"]'));
		expect(pullQuote).toContain('text-align: right;');
		expect(css.slice(0, css.indexOf('[data-preview="ArticleHeader"]'))).not.toContain('figcaption');
		expect(css).not.toContain(':global(');
	});
});
