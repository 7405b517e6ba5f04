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
	installments: readonly T[];
	/** 1-based position of the current installment. */
	position: number;
	previous?: T | undefined;
	next?: T | undefined;
}

/** Where an installment stands among `installments`, given in reading order (orderInstallments). */
export function seriesPosition<T extends Installment>(installments: readonly T[], currentId: string): SeriesPosition<T> {
	const index = installments.findIndex((item) => item.id === currentId);
	if (index < 0) throw new Error(`seriesPosition: "${currentId}" is not an installment of this series`);
	return {
		installments,
		position: index + 1,
		previous: installments[index - 1],
		next: installments[index + 1],
	};
}

/** The most installments an installment's page lists of its series; the series page lists them all. */
export const SERIES_LIST_MOST = 9;

/** A place in a shortened list: an installment, by its index in reading order, or a gap. */
export type ListPlace = number | 'gap';

/**
 * Which installments an installment's page lists: every one of a series of up to `most`; of a
 * longer one the first, the last and a stretch around the current one, with a gap where some are
 * left out. A page listing every installment of a long-running series would make the site grow
 * with the square of its length (750 installments: 750 pages of 750 links each).
 */
export function listedInstallments(count: number, current: number, most = SERIES_LIST_MOST): ListPlace[] {
	if (count <= most) return Array.from({ length: count }, (_, index) => index);
	const stretch = most - 2;
	const start = Math.max(1, Math.min(current - Math.floor(stretch / 2), count - 1 - stretch));
	const end = start + stretch - 1;
	return [
		0,
		...(start > 1 ? (['gap'] as const) : []),
		...Array.from({ length: stretch }, (_, offset) => start + offset),
		...(end < count - 2 ? (['gap'] as const) : []),
		count - 1,
	];
}
