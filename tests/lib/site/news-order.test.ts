import { expect, test } from 'vitest';
import { parseContentDate } from '../../../src/lib/dates';
import { newsOrder } from '../../../src/lib/site/news-order';

const story = (id: string, title: string, date: string) => ({ id, data: { title, pubDate: parseContentDate(date)! } });

test('newest first; the same day by time of day, then by title in pinyin order with numbers as numbers, then file name', () => {
	const stories = [
		story('a', '文化', '2019-07-01'),
		story('b', '第10篇', '2019-07-01'),
		story('c', '第9篇', '2019-07-01'),
		story('d', '经济', '2019-07-01'),
		story('e', '晚间快讯', '2019-07-01T20:00:00+08:00'),
		story('f', '昨日', '2019-06-30'),
		story('g', '经济', '2019-07-01'),
	];
	expect([...stories].sort(newsOrder).map((s) => s.id)).toEqual(['e', 'c', 'b', 'd', 'g', 'a', 'f']);
});
