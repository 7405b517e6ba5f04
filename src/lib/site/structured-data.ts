/**
 * schema.org data for search engines (JSON-LD), built from plain values. Serialised so that no
 * field can end the `<script>` element it sits in.
 */
import { LOGO_SIZE } from './brand';
import { toIsoBeijing } from '../dates';
import { absoluteUrl, ROUTES } from './urls';

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };
export type JsonLd = { [key: string]: Json };

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as \u escapes,
 * so `</script>` or `<!--` in a title stays inside the element; U+2028/2029 likewise.
 */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface Publisher {
	name: string;
	url: string;
	logo: { url: string; width: number; height: number };
}

/** The paper as publisher: its name, the site, and the logo made at build time. */
export function publisherOf(name: string): Publisher {
	return {
		name,
		url: absoluteUrl(ROUTES.home()),
		logo: { url: absoluteUrl(ROUTES.logo()), width: LOGO_SIZE, height: LOGO_SIZE },
	};
}

export function organizationLd(publisher: Publisher): JsonLd {
	return {
		'@type': 'NewsMediaOrganization',
		name: publisher.name,
		url: publisher.url,
		logo: { '@type': 'ImageObject', ...publisher.logo },
	};
}

export function websiteLd(site: { name: string; url: string; lang: string; publisher: Publisher }): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: site.name,
		url: site.url,
		inLanguage: site.lang,
		publisher: organizationLd(site.publisher),
	};
}

export interface NewsArticleInput {
	url: string;
	headline: string;
	description: string;
	published: Date;
	modified: Date;
	authors: readonly string[];
	/** Who wrote it when no author is named: the source (乌兰察布市扫黑办) or the paper. */
	fallbackAuthor: string;
	section: string;
	keywords: readonly string[];
	image: string;
	lang: string;
	publisher: Publisher;
	series?: { name: string; url: string; position: number } | undefined;
}

export function newsArticleLd(article: NewsArticleInput): JsonLd {
	const author =
		article.authors.length > 0
			? article.authors.map((name) => ({ '@type': 'Person', name }))
			: [{ '@type': 'Organization', name: article.fallbackAuthor }];
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: article.headline,
		description: article.description,
		datePublished: toIsoBeijing(article.published),
		dateModified: toIsoBeijing(article.modified),
		author,
		publisher: organizationLd(article.publisher),
		mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
		url: article.url,
		inLanguage: article.lang,
		articleSection: article.section,
		keywords: article.keywords.length > 0 ? article.keywords.join(',') : undefined,
		image: [article.image],
		isPartOf: article.series && {
			'@type': 'CreativeWorkSeries',
			name: article.series.name,
			url: article.series.url,
		},
		position: article.series?.position,
	};
}

export function breadcrumbLd(items: readonly { name: string; url: string }[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
	};
}

export function seriesLd(series: {
	name: string;
	description: string;
	url: string;
	lang: string;
	parts: readonly { name: string; url: string }[];
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'CreativeWorkSeries',
		name: series.name,
		description: series.description,
		url: series.url,
		inLanguage: series.lang,
		hasPart: series.parts.map((part, index) => ({
			'@type': 'NewsArticle',
			headline: part.name,
			url: part.url,
			position: index + 1,
		})),
	};
}
