import { describe, expect, test } from 'vitest';
import SeriesNav from '../../src/components/SeriesNav.astro';
import { render } from '../helpers/render';

const installment = (id: string, label: string) => ({ id, label, href: `/articles/${id}/` });
const [first, second, third] = [
	installment('one', '政治站位篇'),
	installment('two', '依法严惩篇'),
	installment('three', '综合治理篇'),
];

describe('SeriesNav', () => {
	test('lists installments in the order given, the current one marked and not linked', async () => {
		const dom = await render(SeriesNav, {
			seriesTitle: '全市扫黑除恶专项斗争系列述评',
			seriesHref: '/series/saohei-chu-e/',
			installments: [first, second, third],
			currentId: 'two',
			previous: first,
			next: third,
		});
		const items = dom.querySelectorAll('ol > li');
		expect(items.map((li) => li.text)).toEqual(['政治站位篇', '依法严惩篇（当前文章）', '综合治理篇']);
		expect(items[1]?.querySelector('a')).toBeNull();
		expect(items[1]?.querySelector('[aria-current="page"]')).not.toBeNull();
		expect(dom.querySelector('a[rel="prev"]')?.text).toBe('上一篇：政治站位篇');
		expect(dom.querySelector('a[rel="next"]')?.text).toBe('下一篇：综合治理篇');
		expect(dom.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/articles/three/');
	});

	test('a series of one has no previous/next links', async () => {
		const dom = await render(SeriesNav, {
			seriesTitle: '系列',
			seriesHref: '/series/x/',
			installments: [first],
			currentId: 'one',
		});
		expect(dom.querySelectorAll('a[rel]')).toHaveLength(0);
	});
});
