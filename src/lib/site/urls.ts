import { SITE } from '../../site.config';

/** Joins the base path and a site-relative path: `/articles/x/` → `/news/articles/x/`. */
export function withBase(path: string, basePath: string = SITE.basePath): string {
	return `${basePath}${path.replace(/^\//, '')}`;
}

/** Absolute URL of a site path, for QR codes and metadata. */
export function absoluteUrl(path: string, site: { url: string; basePath: string } = SITE): string {
	return `${site.url}${withBase(path, site.basePath)}`;
}

/** Site-relative paths of each page kind, so no page spells a route by hand. */
export const ROUTES = {
	home: () => '/',
	article: (id: string) => `/articles/${id}/`,
	series: (id: string) => `/series/${id}/`,
	seriesPage: (id: string, page: number) => (page <= 1 ? `/series/${id}/` : `/series/${id}/${page}/`),
	section: (id: string) => `/sections/${id}/`,
	promo: (id: string) => `/promos/${id}/`,
	promoQr: (id: string) => `/promos/${id}/qr.svg`,
	articleQr: (id: string) => `/articles/${id}/qr.svg`,
	seriesIndex: () => '/series/',
	sectionPage: (id: string, page: number) => (page <= 1 ? `/sections/${id}/` : `/sections/${id}/${page}/`),
	tagIndex: () => '/tags/',
	tag: (slug: string) => `/tags/${slug}/`,
	tagPage: (slug: string, page: number) => (page <= 1 ? `/tags/${slug}/` : `/tags/${slug}/${page}/`),
	archive: () => '/archive/',
	archiveMonth: (year: number, month: number) => `/archive/${year}/${String(month).padStart(2, '0')}/`,
	search: () => '/search/',
	/** The search index's folder (Pagefind's files), and the script the search page loads from it. */
	searchIndex: () => '/pagefind/',
	searchScript: () => '/pagefind/pagefind.js',
	feed: () => '/rss.xml',
	logo: () => '/brand/logo.png',
	shareImage: () => '/brand/share.png',
	favicon: () => '/favicon.svg',
	faviconIco: () => '/favicon.ico',
} as const;
