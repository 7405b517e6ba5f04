/**
 * The archive by date (往期): articles by Beijing year, month and day, newest first at every
 * level, and each month's neighbours, for the archive index and one page per month.
 */
import { beijingDay, beijingYearMonth } from '../dates';

interface Dated {
	data: { pubDate: Date };
}

export interface ArchiveMonth<T> {
	year: number;
	month: number;
	items: T[];
}

export interface ArchiveYear<T> {
	year: number;
	months: ArchiveMonth<T>[];
}

const newestFirst = <T extends Dated>(items: readonly T[]) =>
	[...items].sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime());

/** Items grouped by Beijing year and month, newest first at every level. */
export function groupByMonth<T extends Dated>(items: readonly T[]): ArchiveYear<T>[] {
	const years: ArchiveYear<T>[] = [];
	for (const item of newestFirst(items)) {
		const { year, month } = beijingYearMonth(item.data.pubDate);
		let entry = years.at(-1);
		if (entry?.year !== year) years.push((entry = { year, months: [] }));
		let bucket = entry.months.at(-1);
		if (bucket?.month !== month) entry.months.push((bucket = { year, month, items: [] }));
		bucket.items.push(item);
	}
	return years;
}

/** One month's items by Beijing day, the latest day first. */
export function groupByDay<T extends Dated>(items: readonly T[]): { day: number; items: T[] }[] {
	const days: { day: number; items: T[] }[] = [];
	for (const item of newestFirst(items)) {
		const { day } = beijingDay(item.data.pubDate);
		const last = days.at(-1);
		if (last?.day === day) last.items.push(item);
		else days.push({ day, items: [item] });
	}
	return days;
}

/** Every month that has articles, newest first, each with the months before and after it that have any. */
export function archiveMonths<T extends Dated>(
	items: readonly T[],
): (ArchiveMonth<T> & { older?: ArchiveMonth<T> | undefined; newer?: ArchiveMonth<T> | undefined })[] {
	const months = groupByMonth(items).flatMap((year) => year.months);
	return months.map((month, index) => ({ ...month, newer: months[index - 1], older: months[index + 1] }));
}
