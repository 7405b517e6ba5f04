import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../lib/site/cache-key';
import { qrResponse } from '../../../lib/site/qr';
import { loadSiteData } from '../../../lib/site/site-data';
import { absoluteUrl, ROUTES } from '../../../lib/site/urls';

/** Each article's own address as a QR code, for reading on a phone or sharing to WeChat. */
export const getStaticPaths = (async () => {
	const { articles } = await loadSiteData();
	return articles.map((article) => {
		const target = absoluteUrl(ROUTES.article(article.id));
		return { params: { slug: article.id }, props: { target }, cacheKey: cacheKey(target) };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: string }> = ({ props }) => qrResponse(props.target);
