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
			listed: [first, second, third].map((item, index) => ({ ...item, number: index + 1 })),
			total: 3,
			currentId: 'two',
		});
		const items = dom.querySelectorAll('ol > li');
		expect(items.map((li) => li.text)).toEqual(['政治站位篇', '依法严惩篇（当前文章）', '综合治理篇']);
		expect(items.map((li) => li.getAttribute('value'))).toEqual(['1', '2', '3']);
		// Nothing is left out: no link to the whole list.
		expect(dom.querySelector('.series-nav__all')).toBeNull();
		expect(items[1]?.querySelector('a')).toBeNull();
		expect(items[1]?.querySelector('[aria-current="page"]')).not.toBeNull();
		expect(items[2]?.querySelector('a')?.getAttribute('href')).toBe('/articles/three/');
	});

	test('a long series: the numbers go on past a gap, the gap is not read out, and a link leads to all of them', async () => {
		const dom = await render(SeriesNav, {
			seriesTitle: '每日一景',
			seriesHref: '/series/meiri-yijing/',
			listed: [
				{ ...installment('p1', '第1期'), number: 1 },
				null,
				{ ...installment('p19', '第19期'), number: 19 },
				{ ...installment('p20', '第20期'), number: 20 },
				null,
				{ ...installment('p40', '第40期'), number: 40 },
			],
			total: 40,
			currentId: 'p20',
		});
		const items = dom.querySelectorAll('ol > li');
		expect(items.map((li) => li.getAttribute('value') ?? null)).toEqual(['1', null, '19', '20', null, '40']);
		expect(items[1]?.getAttribute('aria-hidden')).toBe('true');
		expect(items[1]?.text.trim()).toBe('⋯');
		const all = dom.querySelector('.series-nav__all a');
		expect(all?.text).toBe('查看全部 40 篇');
		expect(all?.getAttribute('href')).toBe('/series/meiri-yijing/');
	});
});
