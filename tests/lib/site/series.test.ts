import { describe, expect, test } from 'vitest';
import { listedInstallments, orderInstallments, SERIES_LIST_MOST, seriesPosition } from '../../../src/lib/site/series';

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

describe('listedInstallments: what an installment’s page lists of its series', () => {
	test('a series of up to nine: every installment', () => {
		expect(SERIES_LIST_MOST).toBe(9);
		expect(listedInstallments(1, 0)).toEqual([0]);
		expect(listedInstallments(9, 4)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
	});

	test.each([
		[10, 0, [0, 1, 2, 3, 4, 5, 6, 7, 'gap', 9]],
		[10, 9, [0, 'gap', 2, 3, 4, 5, 6, 7, 8, 9]],
		[750, 0, [0, 1, 2, 3, 4, 5, 6, 7, 'gap', 749]],
		[750, 4, [0, 1, 2, 3, 4, 5, 6, 7, 'gap', 749]],
		[750, 5, [0, 'gap', 2, 3, 4, 5, 6, 7, 8, 'gap', 749]],
		[750, 374, [0, 'gap', 371, 372, 373, 374, 375, 376, 377, 'gap', 749]],
		[750, 745, [0, 'gap', 742, 743, 744, 745, 746, 747, 748, 749]],
		[750, 749, [0, 'gap', 742, 743, 744, 745, 746, 747, 748, 749]],
	])('of %i, at %i: the first, the last and the stretch around it', (count, current, listed) => {
		expect(listedInstallments(count, current)).toEqual(listed);
	});

	test('whatever the length and the place, nine installments, the current one among them', () => {
		for (const count of [10, 11, 50, 751])
			for (let current = 0; current < count; current++) {
				const listed = listedInstallments(count, current);
				expect(listed.filter((place) => place !== 'gap')).toHaveLength(SERIES_LIST_MOST);
				expect(listed).toContain(current);
			}
	});
});
