/** Which articles to suggest after one: same series first, then shared tags, then same section. */

export interface RelatedCandidate {
	id: string;
	data: { series?: { id: string } | undefined; section: { id: string }; tags: readonly string[]; pubDate: Date };
}

export function relatedArticles<T extends RelatedCandidate>(article: T, all: readonly T[], limit = 4): T[] {
	const tags = new Set(article.data.tags);
	const score = (other: T) => {
		const sameSeries = article.data.series !== undefined && other.data.series?.id === article.data.series.id;
		const sharedTags = other.data.tags.filter((tag) => tags.has(tag)).length;
		const sameSection = other.data.section.id === article.data.section.id;
		// Series outranks any number of tags; tags outrank the section.
		return (sameSeries ? 1_000_000 : 0) + sharedTags * 1_000 + (sameSection ? 1 : 0);
	};
	return all
		.filter((other) => other.id !== article.id && score(other) > 0)
		.sort((a, b) => score(b) - score(a) || b.data.pubDate.getTime() - a.data.pubDate.getTime())
		.slice(0, limit);
}
