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
		});
		const items = dom.querySelectorAll('ol > li');
		expect(items.map((li) => li.text)).toEqual(['政治站位篇', '依法严惩篇（当前文章）', '综合治理篇']);
		expect(items[1]?.querySelector('a')).toBeNull();
		expect(items[1]?.querySelector('[aria-current="page"]')).not.toBeNull();
		expect(items[2]?.querySelector('a')?.getAttribute('href')).toBe('/articles/three/');
	});
});
