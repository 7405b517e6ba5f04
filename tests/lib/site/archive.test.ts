import { expect, test } from 'vitest';
import { archiveMonths, groupByDay, groupByMonth } from '../../../src/lib/site/archive';
import { parseContentDate } from '../../../src/lib/dates';

const item = (id: string, date: string) => ({ id, data: { pubDate: parseContentDate(date)! } });

test('grouped by Beijing year and month, newest first', () => {
	const groups = groupByMonth([
		item('a', '2019-07-01'),
		item('b', '2019-07-15'),
		item('c', '2018-12-31'),
		// 31 Dec 2019, 17:00 UTC is already 1 January 2020 in Beijing.
		item('d', '2019-12-31T17:00:00Z'),
		item('e', '2019-11-02'),
	]);
	expect(groups.map((year) => [year.year, year.months.map((m) => [m.month, m.items.map((i) => i.id)])])).toEqual([
		[2020, [[1, ['d']]]],
		[
			2019,
			[
				[11, ['e']],
				[7, ['b', 'a']],
			],
		],
		[2018, [[12, ['c']]]],
	]);
});

test('a month’s articles by Beijing day, the latest day first', () => {
	const days = groupByDay([
		item('a', '2019-07-01'),
		item('b', '2019-07-15T09:00:00+08:00'),
		item('c', '2019-07-15'),
		item('d', '2019-06-30T17:00:00Z'),
	]);
	// 30 June 17:00 UTC is 1 July in Beijing.
	expect(days.map((d) => [d.day, d.items.map((i) => i.id)])).toEqual([
		[15, ['b', 'c']],
		[1, ['d', 'a']],
	]);
});

test('each month knows the months with articles before and after it', () => {
	const months = archiveMonths([item('a', '2019-07-01'), item('b', '2019-03-02'), item('c', '2020-01-05')]);
	expect(
		months.map((m) => [
			`${m.year}-${m.month}`,
			m.newer && `${m.newer.year}-${m.newer.month}`,
			m.older && `${m.older.year}-${m.older.month}`,
		]),
	).toEqual([
		['2020-1', undefined, '2019-7'],
		['2019-7', '2020-1', '2019-3'],
		['2019-3', '2019-7', undefined],
	]);
});
