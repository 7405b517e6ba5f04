/**
 * What the front page shows (pages/index.astro lays it out): the lead story, one block per
 * section with its newest articles, the series running now with their installment counts, and
 * the ads running now.
 */
import { listKicker } from './article-summary';
import type { Article, Promo, Section, Series, SiteData } from './site-data';

/** Articles in each section's block: the newest few; the section's page has the rest. */
export const PER_SECTION = 4;

export interface FrontPage {
	/** The newest featured article, else the newest article; none on an empty site. */
	lead: { article: Article; kicker: string } | undefined;
	/** One block per section, in the order of sections.yaml, without the lead; sections with nothing to show left out. */
	blocks: { section: Section; articles: Article[] }[];
	/** Series with a published installment, the one with the newest installment first. */
	series: { entry: Series; installments: number }[];
	promos: Promo[];
}

export function frontPageView(site: SiteData): FrontPage {
	const lead = site.articles.find((article) => article.data.featured) ?? site.articles[0];
	return {
		lead: lead && { article: lead, kicker: listKicker(site, lead) },
		blocks: site.sections
			.map((section) => ({
				section,
				articles: (site.sectionArticles.get(section.id) ?? []).filter((article) => article !== lead).slice(0, PER_SECTION),
			}))
			.filter((block) => block.articles.length > 0),
		series: site.activeSeries.map((entry) => ({ entry, installments: site.installments.get(entry.id)?.length ?? 0 })),
		promos: site.promos,
	};
}
