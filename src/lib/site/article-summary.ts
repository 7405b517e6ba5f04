/**
 * What a list, the feed or the article page says of an article beyond its own fields: its
 * section and the kicker over its title in a list. One lookup, so every page names a section the
 * same way. The gate refuses a reference to a section that does not exist, so "no section" is met
 * only in tests and in a page built past the gate; then nothing is said, never the bare id.
 */
import { STRINGS } from '../../strings';
import type { Article, Section, SiteData } from './site-data';

/** The article's section, if the site has it. */
export const sectionOf = (site: Pick<SiteData, 'byId'>, article: Article): Section | undefined =>
	site.byId.sections.get(article.data.section.id);

/** The section's name, if the site has the section. */
export const sectionNameOf = (site: Pick<SiteData, 'byId'>, article: Article): string | undefined =>
	sectionOf(site, article)?.data.name;

/** A list's kicker: the section, then the article's part of its series (政法 · 政治站位篇). */
export const listKicker = (site: Pick<SiteData, 'byId'>, article: Article): string =>
	[sectionNameOf(site, article), article.data.part].filter(Boolean).join(STRINGS.kickerSeparator);
