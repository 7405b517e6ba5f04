import { describe, expect, test } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';
import { render } from '../helpers/render';

const PAGES = Array.from({ length: 30 }, (_, index) => (index === 0 ? '/tags/x/' : `/tags/x/${index + 1}/`));

/** What a width shows: the items not hidden there by the row's classes. */
const shown = (items: { text: string; classNames: string }[], hiddenClass: string) =>
	items.filter((item) => !item.classNames.split(' ').includes(hiddenClass)).map((item) => item.text.trim());

describe('Pagination: first, previous, a window, next and last', () => {
	test('page 15 of 30: a phone sees 上一页 1 … 15 … 30 下一页; a wider screen 14 and 16 too', async () => {
		const dom = await render(Pagination, { current: 15, pages: PAGES });
		const items = dom
			.querySelectorAll('nav.pagination li')
			.map((li) => ({ text: li.text, classNames: li.getAttribute('class') ?? '' }));
		expect(shown(items, 'pagination__wide')).toEqual(['上一页', '1', '…', '15', '…', '30', '下一页']);
		expect(shown(items, 'pagination__phone')).toEqual(['上一页', '1', '…', '14', '15', '16', '…', '30', '下一页']);
		expect(dom.querySelector('[aria-current="page"]')?.text.trim()).toBe('15');
		expect(dom.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/tags/x/14/');
		expect(dom.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/tags/x/16/');
		expect(dom.querySelector('a[aria-label="第 30 页"]')?.getAttribute('href')).toBe('/tags/x/30/');
		// The gaps are not links and say nothing to a screen reader.
		for (const gap of dom.querySelectorAll('li.pagination__gap')) expect(gap.getAttribute('aria-hidden')).toBe('true');
	});

	test('a single page has no pagination', async () => {
		const dom = await render(Pagination, { current: 1, pages: ['/tags/x/'] });
		expect(dom.querySelector('nav')).toBeNull();
	});
});
