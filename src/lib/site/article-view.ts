/**
 * Everything the article page shows beyond the article's own fields, computed from the site
 * model with id-keyed lookups: kicker, breadcrumbs, series navigation, ads, related articles and
 * the JSON-LD. The page only routes and lays out; this is where the decisions are, and tested.
 */
import { SITE } from '../../site.config';
import { STRINGS } from '../../strings';
import { sectionOf } from './article-summary';
import { promoView, type PromoView } from './promos';
import { listedInstallments, seriesPosition } from './series';
import type { Article, SiteData } from './site-data';
import { breadcrumbLd, type JsonLd, newsArticleLd, publisherOf } from './structured-data';
import { absoluteUrl, ROUTES } from './urls';

export interface InstallmentLink {
	id: string;
	/** The installment's name in the series (政治站位篇), else its title. */
	label: string;
	href: string;
}

export interface KickerItem {
	label: string;
	href?: string | undefined;
	filter?: string | undefined;
	hidden?: boolean | undefined;
}

/** An installment as a series list shows it: its link and its number in the series, from 1. */
export interface ListedInstallment extends InstallmentLink {
	number: number;
}

export interface SeriesNavView {
	seriesTitle: string;
	seriesHref: string;
	/** The installments listed (all of a short series, a stretch of a long one: listedInstallments); null where some are left out. */
	listed: (ListedInstallment | null)[];
	/** How many installments the series has. */
	total: number;
	previous?: InstallmentLink | undefined;
	next?: InstallmentLink | undefined;
}

export interface ArticleView {
	url: string;
	sectionName: string;
	/** Section, series, part; `hidden` where the headline already says it (kept as a search filter). */
	kicker: KickerItem[];
	crumbs: { name: string; href: string }[];
	seriesNav?: SeriesNavView | undefined;
	/** The article's tags, each linking to its tag page. */
	tags: { name: string; href: string }[];
	promos: PromoView[];
	related: Article[];
	readingMinutes: number;
	/** A long read ends with a link back to the top. */
	backToTop: boolean;
	jsonLd: JsonLd[];
}

/** From this reading time on, an article ends with 回到顶部. */
export const LONG_READ_MINUTES = 3;

const installmentLink = (entry: Article): InstallmentLink => ({
	id: entry.id,
	label: entry.data.part ?? entry.data.title,
	href: ROUTES.article(entry.id),
});

/** `coverUrl` is the processed cover's absolute URL, when the article has one (images are the page's to make). */
export function articleView(site: SiteData, article: Article, coverUrl?: string): ArticleView {
	const { data } = article;
	const url = absoluteUrl(ROUTES.article(article.id));
	const section = sectionOf(site, article);
	const series = data.series && site.byId.series.get(data.series.id);
	const position = series ? seriesPosition(site.installments.get(series.id) ?? [], article.id) : undefined;
	const sectionName = section?.data.name ?? '';
	const crumbs = [
		{ name: STRINGS.home, href: ROUTES.home() },
		...(section ? [{ name: section.data.name, href: ROUTES.section(section.id) }] : []),
		{ name: data.title, href: ROUTES.article(article.id) },
	];
	const modified = data.updatedDate ?? data.pubDate;
	return {
		url,
		sectionName,
		// 全市扫黑除恶专项斗争系列述评之政治站位篇 names its series and part: the kicker need not repeat them.
		kicker: [
			...(section ? [{ label: section.data.name, href: ROUTES.section(section.id), filter: STRINGS.sectionFilter }] : []),
			...(series ? [{ label: series.data.title, href: ROUTES.series(series.id), filter: STRINGS.seriesFilter }] : []),
			...(data.part ? [{ label: data.part }] : []),
		].map((item) => (data.title.includes(item.label) ? { ...item, hidden: true } : item)),
		crumbs,
		seriesNav:
			series && position
				? {
						seriesTitle: series.data.title,
						seriesHref: ROUTES.series(series.id),
						listed: listedInstallments(position.installments.length, position.position - 1).map((place) =>
							place === 'gap' ? null : { ...installmentLink(position.installments[place]!), number: place + 1 },
						),
						total: position.installments.length,
						previous: position.previous && installmentLink(position.previous),
						next: position.next && installmentLink(position.next),
					}
				: undefined,
		// Every tag of a published article has its address (site-data computes them together).
		tags: data.tags.map((name) => ({ name, href: ROUTES.tag(site.tagSlugs.get(name)!) })),
		// Only running promos are in the map: an expired one is left out.
		promos: data.promos.flatMap((ref) => {
			const promo = site.byId.promos.get(ref.id);
			return promo ? [promoView(promo, { onOwnPage: false })] : [];
		}),
		related: site.related.get(article.id) ?? [],
		// Every published article has one (site-data computes them together).
		readingMinutes: site.readingMinutes.get(article.id)!,
		backToTop: site.readingMinutes.get(article.id)! >= LONG_READ_MINUTES,
		jsonLd: [
			newsArticleLd({
				url,
				headline: data.title,
				description: data.summary,
				published: data.pubDate,
				modified,
				authors: data.authors,
				fallbackAuthor: data.source ?? data.publication,
				section: sectionName,
				keywords: data.tags,
				image: coverUrl ?? absoluteUrl(ROUTES.shareImage()),
				lang: SITE.lang,
				publisher: publisherOf(data.publication),
				series: series &&
					position && { name: series.data.title, url: absoluteUrl(ROUTES.series(series.id)), position: position.position },
			}),
			breadcrumbLd(crumbs.map((crumb) => ({ name: crumb.name, url: absoluteUrl(crumb.href) }))),
		],
	};
}
