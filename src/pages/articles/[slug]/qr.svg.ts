import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../lib/site/cache-key';
import { qrResponse } from '../../../lib/site/qr';
import { loadSiteData } from '../../../lib/site/site-data';
import { absoluteUrl, ROUTES } from '../../../lib/site/urls';

/** Each article's own address as a QR code, for reading on a phone or sharing to WeChat. */
export const getStaticPaths = (async () => {
	const { articles } = await loadSiteData();
	return articles.map((article) => ({ params: { slug: article.id }, cacheKey: cacheKey(target(article.id)) }));
}) satisfies GetStaticPaths;

const target = (id: string) => absoluteUrl(ROUTES.article(id));

export const GET: APIRoute = ({ params }) => qrResponse(target(params.slug ?? ''));
