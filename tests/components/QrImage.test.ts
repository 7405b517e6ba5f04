import { describe, expect, test } from 'vitest';
import QrImage from '../../src/components/QrImage.astro';
import { render } from '../helpers/render';

const props = {
	image: { src: '/promos/x/qr.svg', size: 164 },
	alt: '活动页面的二维码',
	caption: '扫描二维码 了解详细行程',
};

describe('QrImage', () => {
	test('shows the generated code at its size, with its alt text', async () => {
		const img = (await render(QrImage, props)).querySelector('img');
		expect(img?.getAttribute('src')).toBe('/promos/x/qr.svg');
		expect(img?.getAttribute('alt')).toBe('活动页面的二维码');
		expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['164', '164']);
	});

	test('captions the code', async () => {
		expect((await render(QrImage, props)).querySelector('figcaption')?.text).toContain('扫描二维码 了解详细行程');
	});

	test('offers a plain link for phones when the code leads elsewhere', async () => {
		const link = (await render(QrImage, { ...props, href: 'https://example.org/tour', rel: 'sponsored noopener' })).querySelector(
			'a',
		);
		expect(link?.getAttribute('href')).toBe('https://example.org/tour');
		expect(link?.getAttribute('rel')).toBe('sponsored noopener');
		expect(link?.text).toBe('在手机上？点此直接打开');
	});

	test('has no link when the code leads to the page it is on', async () => {
		expect((await render(QrImage, props)).querySelector('a')).toBeNull();
	});
});
