import { expect, test } from 'vitest';
import { groupByMonth } from '../../../src/lib/site/archive';
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
