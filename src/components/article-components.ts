/**
 * The components an article's MDX may use, by the names editors write: the gate's list
 * (MDX_COMPONENTS in lib/content/mdx-subset.ts, with each one's props) is the type every map here
 * must fill, so a new component is one entry here and one there. The article page renders each;
 * the feed leaves ads out (a feed reader shows no ads), so its <Promo> renders nothing.
 */
import type { ComponentName } from '../lib/content/mdx-subset';
import Figure from './Figure.astro';
import Nothing from './Nothing.astro';
import Promo from './Promo.astro';
import PullQuote from './PullQuote.astro';

/** Every name the gate allows, each with its component (Astro's or a stand-in's type, whatever its props). */
type ComponentMap = Record<ComponentName, unknown>;

/** On the article's page. */
export const ARTICLE_COMPONENTS: ComponentMap = { PullQuote, Figure, Promo };

/** In the RSS feed: the same, less the ads. */
export const FEED_COMPONENTS: ComponentMap = { ...ARTICLE_COMPONENTS, Promo: Nothing };
