import { describe, expect, test } from 'vitest';
import { absoluteUrl, ROUTES, withBase } from '../../../src/lib/site/urls';
import { SITE } from '../../../src/site.config';

describe('withBase and absoluteUrl', () => {
	test.each([
		['/', '/', '/'],
		['/articles/x/', '/', '/articles/x/'],
		['/articles/x/', '/news/', '/news/articles/x/'],
		['articles/x/', '/news/', '/news/articles/x/'],
		['/', '/news/', '/news/'],
	])('%s under %s is %s', (path, base, expected) => {
		expect(withBase(path, base)).toBe(expected);
	});

	test('only the leading slash is dropped', () => {
		expect(withBase('//a/', '/news/')).toBe('/news//a/');
	});

	test('absolute: the site’s origin, its base path, then the path', () => {
		expect(absoluteUrl('/rss.xml', { url: 'https://a.example', basePath: '/news/' })).toBe('https://a.example/news/rss.xml');
	});

	test('by default both come from the site’s configuration', () => {
		expect(withBase('/x/')).toBe(`${SITE.basePath}x/`);
		expect(absoluteUrl('/x/')).toBe(`${SITE.url}${SITE.basePath}x/`);
	});
});

describe('ROUTES', () => {
	test.each([
		[ROUTES.home(), '/'],
		[ROUTES.article('a'), '/articles/a/'],
		[ROUTES.articleQr('a'), '/articles/a/qr.svg'],
		[ROUTES.series('s'), '/series/s/'],
		[ROUTES.seriesPage('s', 0), '/series/s/'],
		[ROUTES.seriesPage('s', 1), '/series/s/'],
		[ROUTES.seriesPage('s', 2), '/series/s/2/'],
		[ROUTES.seriesIndex(), '/series/'],
		[ROUTES.section('law'), '/sections/law/'],
		[ROUTES.sectionPage('law', 1), '/sections/law/'],
		[ROUTES.sectionPage('law', 3), '/sections/law/3/'],
		[ROUTES.promo('p'), '/promos/p/'],
		[ROUTES.promoQr('p'), '/promos/p/qr.svg'],
		[ROUTES.tagIndex(), '/tags/'],
		[ROUTES.tag('saohei'), '/tags/saohei/'],
		[ROUTES.tagPage('saohei', 1), '/tags/saohei/'],
		[ROUTES.tagPage('saohei', 2), '/tags/saohei/2/'],
		[ROUTES.archive(), '/archive/'],
		[ROUTES.archiveMonth(2019, 7), '/archive/2019/07/'],
		[ROUTES.archiveMonth(2019, 12), '/archive/2019/12/'],
		[ROUTES.search(), '/search/'],
		[ROUTES.feed(), '/rss.xml'],
		[ROUTES.logo(), '/brand/logo.png'],
		[ROUTES.shareImage(), '/brand/share.png'],
		[ROUTES.favicon(), '/favicon.svg'],
		[ROUTES.faviconIco(), '/favicon.ico'],
	])('%s', (route, expected) => {
		expect(route).toBe(expected);
	});
});
