import { describe, expect, test } from 'vitest';
import PromoBlock from '../../src/components/PromoBlock.astro';
import { render } from '../helpers/render';

const PEOPLE = [
	['樊瑞老师', '13304743215', '133 0474 3215'],
	['朱子辰老师', '15048486464', '150 4848 6464'],
	['王译净老师', '18647497122', '186 4749 7122'],
	['王小花老师', '15164706459', '151 6470 6459'],
] as const;

const promo = {
	id: 'jiangnan-study-tour',
	label: '广告',
	presenter: '《内蒙古晨报》携手《绍兴日报》全情打造！',
	title: '江南研学夏令营',
	subtitle: '探寻课本里的记忆',
	qr: {
		image: { src: '/promos/jiangnan-study-tour/qr.svg', size: 164 },
		alt: '江南研学夏令营详细行程页面的二维码',
		caption: '扫描二维码 了解详细行程',
		href: 'https://news.example.org/promos/jiangnan-study-tour/',
	},
	contacts: {
		heading: '报名方式（微信同号）',
		people: PEOPLE.map(([name, digits, display]) => ({ name, display, href: `tel:+86${digits}` })),
	},
	address: { label: '记者站地址', text: '乌兰察布市创业孵化园4号楼203室' },
	link: 'https://example.org/jiangnan',
};

describe('PromoBlock', async () => {
	const dom = await render(PromoBlock, { promo });
	const aside = dom.querySelector('aside')!;

	test('is an aside named by its visible 广告 label, which comes first, and its title', () => {
		const label = dom.querySelector('.promo__label');
		expect(label?.text).toBe('广告');
		expect(aside.firstElementChild).toBe(label);
		expect(aside.getAttribute('aria-labelledby')).toBe(`${label?.id} ${dom.querySelector('h2')?.id}`);
		expect(dom.querySelector('h2')?.text).toBe('江南研学夏令营');
	});

	test('shows presenter, subtitle, caption and address as printed', () => {
		const text = aside.text;
		for (const line of [
			'《内蒙古晨报》携手《绍兴日报》全情打造！',
			'探寻课本里的记忆',
			'扫描二维码 了解详细行程',
			'记者站地址：乌兰察布市创业孵化园4号楼203室',
		]) {
			expect(text).toContain(line);
		}
	});

	test('lists the four numbers as tel: links shown 3-4-4, each followed by the teacher', () => {
		const items = dom.querySelectorAll('.promo__contacts li');
		expect(items.map((li) => li.text)).toEqual(PEOPLE.map(([name, , display]) => `${display} ${name}`));
		expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(
			PEOPLE.map(([, digits]) => `tel:+86${digits}`),
		);
	});

	test('heads the contacts with their heading', () => {
		expect(dom.querySelector('.promo__contacts h3')?.text).toBe('报名方式（微信同号）');
	});

	test('marks every link as sponsored', () => {
		const links = dom.querySelectorAll('a');
		expect(links.length).toBe(PEOPLE.length + 2); // the phones, the link beside the QR, and the advertiser's link
		for (const link of links) expect(link.getAttribute('rel'), link.toString()).toBe('sponsored noopener');
	});

	test('the QR picture has its alt text and size', () => {
		const img = dom.querySelector('img');
		expect(img?.getAttribute('alt')).toBe('江南研学夏令营详细行程页面的二维码');
		expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['164', '164']);
	});

	test('on the promo’s own page the title is the h1', async () => {
		const own = await render(PromoBlock, { promo, headingLevel: 1 });
		expect(own.querySelector('h1')?.text).toBe('江南研学夏令营');
		expect(own.querySelector('.promo__contacts h2')?.text).toBe('报名方式（微信同号）');
	});

	test('is left out of the search index', () => {
		expect(aside.getAttribute('data-pagefind-ignore')).toBe('all');
	});
});
