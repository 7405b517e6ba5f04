import { describe, expect, test } from 'vitest';
import Dateline from '../../src/components/Dateline.astro';
import { parseContentDate } from '../../src/lib/dates';
import { render } from '../helpers/render';

describe('Dateline', () => {
	test('Chinese date for readers, +08:00 for machines, then source and reading time', async () => {
		const dom = await render(Dateline, {
			pubDate: parseContentDate('2019-07-01'),
			source: '乌兰察布市扫黑办',
			authors: [],
			readingMinutes: 4,
		});
		const time = dom.querySelector('time');
		expect(time?.text).toBe('2019年7月1日');
		expect(time?.getAttribute('datetime')).toBe('2019-07-01T00:00:00+08:00');
		expect(dom.querySelector('p')?.text).toBe('2019年7月1日 来源：乌兰察布市扫黑办 阅读约 4 分钟');
	});

	test('an update and authors are shown when given', async () => {
		const dom = await render(Dateline, {
			pubDate: parseContentDate('2019-07-01'),
			updatedDate: parseContentDate('2019-07-02 09:00'),
			authors: ['张三', '李四'],
			readingMinutes: 1,
		});
		expect(dom.querySelector('p')?.text).toBe('2019年7月1日 更新于 2019年7月2日 作者：张三、李四 阅读约 1 分钟');
		expect(dom.querySelectorAll('time')[1]?.getAttribute('datetime')).toBe('2019-07-02T09:00:00+08:00');
	});
});
