/** Ordering of a series' installments and the neighbours of one of them. Pure data in, data out. */

/** Shaped like a content entry, so articles pass straight in. */
export interface Installment {
	id: string;
	data: { seriesOrder?: number | undefined; pubDate: Date };
}

/** Installments in reading order: `seriesOrder` first, then publication date, then id. */
export function orderInstallments<T extends Installment>(items: readonly T[]): T[] {
	return [...items].sort(
		(a, b) =>
			(a.data.seriesOrder ?? Number.POSITIVE_INFINITY) - (b.data.seriesOrder ?? Number.POSITIVE_INFINITY) ||
			a.data.pubDate.getTime() - b.data.pubDate.getTime() ||
			a.id.localeCompare(b.id),
	);
}

export interface SeriesPosition<T> {
	installments: T[];
	/** 1-based position of the current installment. */
	position: number;
	previous?: T | undefined;
	next?: T | undefined;
}

export function seriesPosition<T extends Installment>(items: readonly T[], currentId: string): SeriesPosition<T> {
	const installments = orderInstallments(items);
	const index = installments.findIndex((item) => item.id === currentId);
	if (index < 0) throw new Error(`seriesPosition: "${currentId}" is not an installment of this series`);
	return {
		installments,
		position: index + 1,
		previous: installments[index - 1],
		next: installments[index + 1],
	};
}
