import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { FEED_COMPONENTS } from '../components/article-components';
import { feedArticles, feedChannelData, feedItem } from '../lib/site/feed';
import { loadSiteData } from '../lib/site/site-data';
import { absoluteUrl } from '../lib/site/urls';
import { SITE } from '../site.config';

/** The newest articles in full: RSS 2.0 with content:encoded, no ads (lib/site/feed.ts). */
export const GET: APIRoute = async () => {
	const site = await loadSiteData();
	const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
	const articles = feedArticles(site);
	const items = await Promise.all(
		articles.map(async (article) => {
			const { Content } = await render(article);
			return feedItem(site, article, await container.renderToString(Content, { props: { components: FEED_COMPONENTS } }));
		}),
	);
	return rss({
		title: SITE.name,
		description: SITE.description,
		site: absoluteUrl('/'),
		items,
		customData: feedChannelData(articles),
		trailingSlash: true,
	});
};
