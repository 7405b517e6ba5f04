/**
 * What one page of a series shows (pages/series/[id]/[...page].astro lays it out): its title and
 * address, the page's neighbours, the count line, and the series as structured data, with every
 * published installment in reading order (not only this page's), each at its place in the series.
 */
import { newestDate } from '../dates';
import { STRINGS } from '../../strings';
import { SITE } from '../../site.config';
import { pagePaths } from './pagination';
import type { Article, Series } from './site-data';
import { type JsonLd, seriesLd } from './structured-data';
import { absoluteUrl, ROUTES } from './urls';

export interface SeriesPage {
	title: string;
	path: string;
	/** The newest date among this page's installments. */
	updated: Date | undefined;
	pages: string[];
	prev: string | undefined;
	next: string | undefined;
	count: string;
	jsonLd: JsonLd;
}

/**
 * @param installments every published installment of the series, in reading order
 * @param page the installments on this page, and where the page is among the series' pages
 */
export function seriesPageView(
	series: Series,
	installments: readonly Article[],
	page: { data: readonly Article[]; currentPage: number; lastPage: number },
): SeriesPage {
	const pages = pagePaths(page.lastPage, (n) => ROUTES.seriesPage(series.id, n));
	return {
		title: STRINGS.pageTitle(series.data.title, page.currentPage),
		path: ROUTES.seriesPage(series.id, page.currentPage),
		updated: newestDate(page.data),
		pages,
		prev: pages[page.currentPage - 2],
		next: pages[page.currentPage],
		count: STRINGS.pagedCount(STRINGS.installments(installments.length), page.currentPage, page.lastPage),
		jsonLd: seriesLd({
			name: series.data.title,
			description: series.data.description,
			url: absoluteUrl(ROUTES.series(series.id)),
			lang: SITE.lang,
			parts: installments.map((article) => ({ name: article.data.title, url: absoluteUrl(ROUTES.article(article.id)) })),
		}),
	};
}
