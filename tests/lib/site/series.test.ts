import { describe, expect, test } from 'vitest';
import { orderInstallments, seriesPosition } from '../../../src/lib/site/series';

const entry = (id: string, pubDate: string, seriesOrder?: number) => ({ id, data: { pubDate: new Date(pubDate), seriesOrder } });

describe('series order', () => {
	test('seriesOrder first, then date, then id; unnumbered last', () => {
		const items = [
			entry('c', '2019-07-03'),
			entry('b', '2019-07-09', 2),
			entry('a', '2019-07-10', 1),
			entry('e', '2019-07-02'),
			entry('d', '2019-07-02'),
		];
		expect(orderInstallments(items).map((item) => item.id)).toEqual(['a', 'b', 'd', 'e', 'c']);
	});

	test('position, previous and next of an installment', () => {
		const items = [entry('one', '2019-07-01', 1), entry('two', '2019-07-08', 2), entry('three', '2019-07-15', 3)];
		const middle = seriesPosition(items, 'two');
		expect([middle.position, middle.previous?.id, middle.next?.id]).toEqual([2, 'one', 'three']);
		const first = seriesPosition(items, 'one');
		expect([first.position, first.previous, first.next?.id]).toEqual([1, undefined, 'two']);
		expect(seriesPosition(items, 'three').next).toBeUndefined();
	});

	test('an article that is not in the series is a programming error', () => {
		expect(() => seriesPosition([entry('one', '2019-07-01')], 'other')).toThrow(/not an installment/);
	});
});
