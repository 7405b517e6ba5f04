import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import Figure from '../components/Figure.astro';
import Nothing from '../components/Nothing.astro';
import PullQuote from '../components/PullQuote.astro';
import { toRfc822Beijing } from '../lib/dates';
import { sectionNameOf } from '../lib/site/article-summary';
import { escapeHtml, feedHtml } from '../lib/site/feed';
import { loadSiteData } from '../lib/site/site-data';
import { absoluteUrl, ROUTES } from '../lib/site/urls';
import { SITE } from '../site.config';
import { STRINGS } from '../strings';

/**
 * The newest articles in full: RSS 2.0 with content:encoded, no ads. Feed readers poll often and
 * keep what they fetched, so the newest SITE.feedSize are enough; every article in full would make
 * the feed tens of megabytes within a year.
 */
export const GET: APIRoute = async () => {
	const site = await loadSiteData();
	const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
	const items = await Promise.all(
		site.articles.slice(0, SITE.feedSize).map(async (article) => {
			const { Content } = await render(article);
			const body = await container.renderToString(Content, { props: { components: { PullQuote, Figure, Promo: Nothing } } });
			const source = article.data.source
				? `<p>${escapeHtml(`${STRINGS.openParen}${article.data.source}${STRINGS.closeParen}`)}</p>`
				: '';
			return {
				title: article.data.title,
				link: absoluteUrl(ROUTES.article(article.id)),
				description: article.data.summary,
				content: feedHtml(body + source, SITE.url),
				categories: [sectionNameOf(site, article), ...article.data.tags].filter((name) => name !== undefined),
				customData: `<pubDate>${toRfc822Beijing(article.data.pubDate)}</pubDate>`,
			};
		}),
	);
	// When the channel's content last changed (RSS 2.0), not when it was built: a daily rebuild with no
	// news leaves the feed byte for byte the same, and a warm build publishes what a cold one does.
	const changed = site.articles
		.slice(0, SITE.feedSize)
		.map((article) => (article.data.updatedDate ?? article.data.pubDate).getTime())
		.reduce((newest, time) => Math.max(newest, time), 0);
	const lastBuildDate = changed > 0 ? `<lastBuildDate>${toRfc822Beijing(new Date(changed))}</lastBuildDate>` : '';
	return rss({
		title: SITE.name,
		description: SITE.description,
		site: absoluteUrl('/'),
		items,
		customData: `<language>zh-cn</language>${lastBuildDate}`,
		trailingSlash: true,
	});
};
