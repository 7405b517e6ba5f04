import { describe, expect, test } from 'vitest';
import { type PageSlot, pagePaths, pageRow } from '../../../src/lib/site/pagination';

/** The row as one width shows it: page numbers and … for gaps. */
const view = (slots: PageSlot[], width: 'phone' | 'wide') =>
	slots
		.filter((slot) => slot[width])
		.map((slot) => ('gap' in slot ? '…' : String(slot.page)))
		.join(' ');

describe('pageRow: first, current (and neighbours when wide), last, gaps between', () => {
	test.each([
		[1, 1, '1', '1'],
		[1, 2, '1 2', '1 2'],
		[2, 3, '1 2 3', '1 2 3'],
		[1, 30, '1 … 30', '1 2 … 30'],
		[15, 30, '1 … 15 … 30', '1 … 14 15 16 … 30'],
		[30, 30, '1 … 30', '1 … 29 30'],
		// A gap of one page shows the page: 1 2 3, never 1 … 3.
		[3, 30, '1 2 3 … 30', '1 2 3 4 … 30'],
		[4, 30, '1 … 4 … 30', '1 2 3 4 5 … 30'],
		[28, 30, '1 … 28 29 30', '1 … 27 28 29 30'],
	])('page %i of %i: phone “%s”, wide “%s”', (current, last, phone, wide) => {
		const row = pageRow(current, last);
		expect(view(row, 'phone')).toBe(phone);
		expect(view(row, 'wide')).toBe(wide);
	});

	test('at any page count a phone shows at most 5 slots and a wide screen 7, the current page always', () => {
		for (let last = 1; last <= 300; last++) {
			for (let current = 1; current <= last; current++) {
				const row = pageRow(current, last);
				expect(row.filter((slot) => slot.phone).length).toBeLessThanOrEqual(5);
				expect(row.filter((slot) => slot.wide).length).toBeLessThanOrEqual(7);
				expect(row.some((slot) => 'page' in slot && slot.page === current && slot.phone)).toBe(true);
			}
		}
	});
});

test('pagePaths: every page of a listing, the first at the listing’s own address; an empty listing still has its page', () => {
	const pathOf = (page: number) => (page === 1 ? '/tags/x/' : `/tags/x/${page}/`);
	expect(pagePaths(3, pathOf)).toEqual(['/tags/x/', '/tags/x/2/', '/tags/x/3/']);
	expect(pagePaths(0, pathOf)).toEqual(['/tags/x/']);
});
