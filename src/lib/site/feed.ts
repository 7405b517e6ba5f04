/**
 * The RSS feed's content (pages/rss.xml.ts renders each body and hands it here): which articles,
 * each one's item, when the channel last changed, and a rendered body made ready for a feed reader.
 */
import { toRfc822Beijing } from '../dates';
import { SITE } from '../../site.config';
import { STRINGS } from '../../strings';
import { sectionNameOf } from './article-summary';
import type { Article, SiteData } from './site-data';
import { absoluteUrl, ROUTES } from './urls';

/**
 * The newest articles, in full. Feed readers poll often and keep what they fetched, so the newest
 * SITE.feedSize are enough; every article in full would make the feed tens of megabytes within a year.
 */
export const feedArticles = (site: Pick<SiteData, 'articles'>): Article[] => site.articles.slice(0, SITE.feedSize);

/** One article's item: its link, summary, section and tags, Beijing date, and `body` (its rendered HTML) with its source line. */
export function feedItem(site: Pick<SiteData, 'byId'>, article: Article, body: string) {
	const { data } = article;
	const source = data.source ? `<p>${escapeHtml(`${STRINGS.openParen}${data.source}${STRINGS.closeParen}`)}</p>` : '';
	return {
		title: data.title,
		link: absoluteUrl(ROUTES.article(article.id)),
		description: data.summary,
		content: feedHtml(body + source, SITE.url),
		categories: [sectionNameOf(site, article), ...data.tags].filter((name) => name !== undefined),
		customData: `<pubDate>${toRfc822Beijing(data.pubDate)}</pubDate>`,
	};
}

/**
 * The channel's own elements: its language and, when it has articles, when its content last
 * changed (RSS 2.0's lastBuildDate), not when it was built: a daily rebuild with no news leaves the
 * feed byte for byte the same, and a warm build publishes what a cold one does.
 */
export function feedChannelData(articles: readonly Article[]): string {
	const changed = articles
		.map((article) => (article.data.updatedDate ?? article.data.pubDate).getTime())
		.reduce((newest, time) => Math.max(newest, time), 0);
	const lastBuildDate = changed > 0 ? `<lastBuildDate>${toRfc822Beijing(new Date(changed))}</lastBuildDate>` : '';
	return `<language>${SITE.lang.toLowerCase()}</language>${lastBuildDate}`;
}

/** A rendered article made ready for a feed reader. */

/**
 * Feed readers show articles away from the site, so every site-relative URL in href, src and
 * srcset becomes absolute; Astro's scoped-style attributes, which mean nothing there, go.
 */
export function feedHtml(html: string, origin: string): string {
	return html
		.replace(/\s+data-astro-cid-[\w-]+(="[^"]*")?/g, '')
		.replace(/\b(href|src)="\/(?!\/)/g, `$1="${origin}/`)
		.replace(
			/\bsrcset="([^"]*)"/g,
			(_match, srcset: string) => `srcset="${srcset.replace(/(^|,\s*)\/(?!\/)/g, `$1${origin}/`)}"`,
		);
}

/** Text (a field's value) as HTML text: whatever an editor typed stays words, never markup. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
