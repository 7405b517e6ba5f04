/**
 * The site's content, loaded once per build: collections read (the content gate has already
 * checked every file and reference), drafts and inactive promos left out, installments ordered,
 * entries keyed by id. Pages take what they need from here, so every page sees the same data.
 */
import { readFileSync } from 'node:fs';
import { type CollectionEntry, getCollection } from 'astro:content';
import { isPublished } from '../content/publication';
import { readSource } from '../content/source';
import { SITE } from '../../site.config';
import { cacheKey } from './cache-key';
import { newsOrder } from './news-order';
import { promoStatus, promoStatusNote } from './promos';
import { readingMinutes } from './reading-time';
import { relatedArticles, relatedIndex } from './related';
import { orderInstallments } from './series';
import { tagAddresses } from './tag-addresses';

export type Article = CollectionEntry<'articles'>;
export type Series = CollectionEntry<'series'>;
export type Section = CollectionEntry<'sections'>;
export type Promo = CollectionEntry<'promos'>;

export interface SiteData {
	/** Published articles, newest first. */
	articles: Article[];
	series: Series[];
	/**
	 * Sections with a published article, in the order of sections.yaml: only these have a page, a
	 * place in the navigation and a block on the front page (an empty one would be a dead end).
	 */
	sections: Section[];
	/** Promos running at build time. */
	promos: Promo[];
	/** The same entries by id (promos: running ones only), for lookups from a page, never a scan per page. */
	byId: {
		sections: ReadonlyMap<string, Section>;
		series: ReadonlyMap<string, Series>;
		promos: ReadonlyMap<string, Promo>;
	};
	readingMinutes: ReadonlyMap<string, number>;
	/** Each series' published installments in reading order. */
	installments: ReadonlyMap<string, Article[]>;
	/** Each section's published articles, newest first. */
	sectionArticles: ReadonlyMap<string, Article[]>;
	/** Series with a published installment, the one with the newest installment first. */
	activeSeries: Series[];
	/** Up to four articles to suggest after each article. */
	related: ReadonlyMap<string, Article[]>;
	/** Tags in use, most used first, each with its pinyin slug and articles (newest first). */
	tags: { slug: string; name: string; articles: Article[] }[];
	/** Each published tag's address (tag-addresses.ts). */
	tagSlugs: ReadonlyMap<string, string>;
	/**
	 * What the layout and the lists of every page show beyond the page's own entries (the
	 * sections in the navigation, series titles, the filing numbers in the footer): the site-wide
	 * part of every page's incremental-build key (cache-key.ts). A change to it renders every page again.
	 */
	layoutKey: string;
	/** The year the build runs in, for every page's copyright line. */
	year: number;
}

const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));

/**
 * Sections in the order sections.yaml lists them (the navigation and the front page follow it):
 * Astro hands a file's entries back sorted by id, so the order is read from the file the content
 * gate checked.
 */
function inFileOrder(sections: Section[]): Section[] {
	const path = sections[0]?.filePath;
	if (!path) return sections;
	const list = readSource({ path, bytes: readFileSync(path) }).source?.yaml.data;
	const ids = Array.isArray(list) ? list.map((entry: { id?: unknown }) => String(entry.id)) : [];
	return [...sections].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

/** The four collections as Astro hands them over. */
export interface Collections {
	articles: Article[];
	series: Series[];
	sections: Section[];
	promos: Promo[];
}

/**
 * The site's data from its collections, at `now`; `dev` (astro dev) shows drafts and what is
 * scheduled for later too.
 */
export function siteData(collections: Collections, now: Date, dev: boolean): SiteData {
	const { articles: allArticles, series, sections: allSections, promos: allPromos } = collections;
	const promos = allPromos.filter((promo) => {
		if (promo.data.draft) return dev;
		const status = promoStatus(promo.data, now);
		if (status !== 'active') {
			const field = status === 'expired' ? 'validThrough' : 'validFrom';
			console.warn(`${promo.filePath ?? promo.id}: ${field}: ${promoStatusNote(status, promo.data)}`);
		}
		return status === 'active';
	});

	// Drafts and articles scheduled for later show in `astro dev` only; a production build never
	// contains them (pages, feed, sitemap, search, series navigation and counts all come from here).
	const articles = allArticles.filter((article) => dev || isPublished(article.data, now)).sort(newsOrder);

	const sectionArticles = new Map<string, Article[]>(allSections.map((section) => [section.id, []]));
	for (const article of articles) sectionArticles.get(article.data.section.id)?.push(article);
	const sections = inFileOrder(allSections).filter((section) => sectionArticles.get(section.id)!.length > 0);

	const installments = new Map(
		series.map((entry) => [entry.id, orderInstallments(articles.filter((article) => article.data.series?.id === entry.id))]),
	);

	const newestOf = (id: string) => Math.max(0, ...(installments.get(id) ?? []).map((article) => article.data.pubDate.getTime()));
	const activeSeries = series
		.filter((entry) => (installments.get(entry.id)?.length ?? 0) > 0)
		.sort((a, b) => newestOf(b.id) - newestOf(a.id) || a.id.localeCompare(b.id));

	const tagSlugs = tagAddresses(
		articles.flatMap((article) => article.data.tags.map((tag) => ({ tag, date: article.data.pubDate }))),
	);
	const tags = new Map<string, { slug: string; name: string; articles: Article[] }>();
	for (const article of articles) {
		for (const name of article.data.tags) {
			const slug = tagSlugs.get(name)!;
			const tag = tags.get(slug) ?? { slug, name, articles: [] };
			tag.articles.push(article);
			tags.set(slug, tag);
		}
	}

	const index = relatedIndex(articles);
	return {
		articles,
		related: new Map(articles.map((article) => [article.id, relatedArticles(article, index)])),
		tagSlugs,
		tags: [...tags.values()].sort((a, b) => b.articles.length - a.articles.length || a.slug.localeCompare(b.slug)),
		series,
		sections,
		promos,
		byId: { sections: byId(allSections), series: byId(series), promos: byId(promos) },
		readingMinutes: new Map(articles.map((article) => [article.id, readingMinutes(article.body ?? '')])),
		installments,
		sectionArticles,
		activeSeries,
		layoutKey: cacheKey(
			{ url: SITE.url, basePath: SITE.basePath, icpNumber: SITE.icpNumber, psbNumber: SITE.psbNumber },
			now.getFullYear(),
			sections,
			series,
		),
		year: now.getFullYear(),
	};
}

async function load(): Promise<SiteData> {
	const [articles, series, sections, promos] = await Promise.all([
		getCollection('articles'),
		getCollection('series'),
		getCollection('sections'),
		getCollection('promos'),
	]);
	return siteData({ articles, series, sections, promos }, new Date(), import.meta.env.DEV);
}

let cached: Promise<SiteData> | undefined;

export function loadSiteData(): Promise<SiteData> {
	cached ??= load();
	return cached;
}
