import { beijingYearMonth } from '../dates';

export interface ArchiveYear<T> {
	year: number;
	months: { month: number; items: T[] }[];
}

/** Items grouped by Beijing year and month, newest first at every level. */
export function groupByMonth<T extends { data: { pubDate: Date } }>(items: readonly T[]): ArchiveYear<T>[] {
	const sorted = [...items].sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime());
	const years: ArchiveYear<T>[] = [];
	for (const item of sorted) {
		const { year, month } = beijingYearMonth(item.data.pubDate);
		let entry = years.at(-1);
		if (entry?.year !== year) years.push((entry = { year, months: [] }));
		let bucket = entry.months.at(-1);
		if (bucket?.month !== month) entry.months.push((bucket = { month, items: [] }));
		bucket.items.push(item);
	}
	return years;
}
