import { defineMiddleware } from 'astro:middleware';
import { indexPage } from './lib/site/search-index';

/** While a production build renders, each article page also goes to the search index. */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (response.headers.get('content-type')?.startsWith('text/html'))
		indexPage(context.url.pathname, await response.clone().text());
	return response;
});
