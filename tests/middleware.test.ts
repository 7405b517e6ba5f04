import { beforeEach, describe, expect, test, vi } from 'vitest';

const indexed: [string, string][] = [];
vi.mock('astro:middleware', () => ({ defineMiddleware: <T>(handler: T) => handler }));
vi.mock('../src/lib/site/search-index', () => ({ indexPage: (path: string, html: string) => indexed.push([path, html]) }));
const { onRequest } = await import('../src/middleware');

type Handler = (context: { url: URL }, next: () => Promise<Response>) => Promise<Response>;
const request = (path: string, response: Response) =>
	(onRequest as unknown as Handler)({ url: new URL(`https://news.example.org${path}`) }, async () => response);

beforeEach(() => {
	indexed.length = 0;
});

describe('the middleware hands each rendered page to the search index', () => {
	test('an HTML page: indexed by its path, and answered unchanged', async () => {
		const page = new Response('<!doctype html><p>正文</p>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
		const response = await request('/news/articles/a/', page);
		expect(indexed).toEqual([['/news/articles/a/', '<!doctype html><p>正文</p>']]);
		expect(response).toBe(page);
		expect(await response.text()).toBe('<!doctype html><p>正文</p>');
	});

	test.each([
		['a feed', 'application/xml'],
		['a picture', 'image/svg+xml'],
		['an answer with no type', undefined],
	])('%s is not', async (_name, type) => {
		const response = new Response('<svg/>', type ? { headers: { 'content-type': type } } : {});
		if (!type) response.headers.delete('content-type');
		expect(await request('/x', response)).toBe(response);
		expect(indexed).toEqual([]);
	});
});
