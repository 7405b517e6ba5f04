import { expect, test } from 'vitest';
import { ARTICLE_COMPONENTS, FEED_COMPONENTS } from '../../src/components/article-components';
import Nothing from '../../src/components/Nothing.astro';
import Promo from '../../src/components/Promo.astro';
import { MDX_COMPONENTS } from '../../src/lib/content/mdx-subset';

test('the page and the feed render exactly the components the gate lets an article use', () => {
	const gate = Object.keys(MDX_COMPONENTS).sort();
	expect(Object.keys(ARTICLE_COMPONENTS).sort()).toEqual(gate);
	expect(Object.keys(FEED_COMPONENTS).sort()).toEqual(gate);
});

test('the feed leaves the ads out, and only them', () => {
	expect(ARTICLE_COMPONENTS.Promo).toBe(Promo);
	expect(FEED_COMPONENTS.Promo).toBe(Nothing);
	expect(FEED_COMPONENTS.Figure).toBe(ARTICLE_COMPONENTS.Figure);
	expect(FEED_COMPONENTS.PullQuote).toBe(ARTICLE_COMPONENTS.PullQuote);
});
