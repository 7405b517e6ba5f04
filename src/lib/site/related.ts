/**
 * Which articles to suggest after one: same series first, then most shared tags, then same
 * section, newest first within each. Built from indexes once per build, so a site of thousands
 * of articles does not compare every article with every other.
 */

export interface RelatedCandidate {
	id: string;
	data: { series?: { id: string } | undefined; section: { id: string }; tags: readonly string[]; pubDate: Date };
}

export interface RelatedIndex<T> {
	bySeries: ReadonlyMap<string, T[]>;
	byTag: ReadonlyMap<string, T[]>;
	bySection: ReadonlyMap<string, T[]>;
}

function push<T>(map: Map<string, T[]>, key: string, item: T) {
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
}

/** Indexes `articles` (which must be newest first) by series, tag and section. */
export function relatedIndex<T extends RelatedCandidate>(articles: readonly T[]): RelatedIndex<T> {
	const [bySeries, byTag, bySection] = [new Map<string, T[]>(), new Map<string, T[]>(), new Map<string, T[]>()];
	for (const article of articles) {
		if (article.data.series) push(bySeries, article.data.series.id, article);
		for (const tag of new Set(article.data.tags)) push(byTag, tag, article);
		push(bySection, article.data.section.id, article);
	}
	return { bySeries, byTag, bySection };
}

export function relatedArticles<T extends RelatedCandidate>(article: T, index: RelatedIndex<T>, limit = 4): T[] {
	const chosen: T[] = [];
	const taken = new Set([article.id]);
	const take = (items: Iterable<T>) => {
		for (const item of items) {
			if (chosen.length >= limit) return;
			if (taken.has(item.id)) continue;
			taken.add(item.id);
			chosen.push(item);
		}
	};
	if (article.data.series) take(index.bySeries.get(article.data.series.id) ?? []);
	const shared = new Map<T, number>();
	for (const tag of new Set(article.data.tags)) {
		for (const other of index.byTag.get(tag) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
	}
	take(
		[...shared.entries()]
			.sort((a, b) => b[1] - a[1] || b[0].data.pubDate.getTime() - a[0].data.pubDate.getTime())
			.map(([other]) => other),
	);
	take(index.bySection.get(article.data.section.id) ?? []);
	return chosen;
}
