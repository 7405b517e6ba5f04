import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { absoluteUrl, ROUTES } from '../../src/lib/urls';
import { distFile, readPage, textOf } from '../helpers/dist';
import { SEED_AD } from '../helpers/seed';

const page = readPage('promos/jiangnan-study-tour');
const aside = page.querySelector('aside.promo');
const adText = aside ? textOf(aside) : '';

describe('the study-tour ad on its promo page', () => {
	test('every line of the printed ad is there', () => {
		for (const line of SEED_AD) {
			const printed = line.replace(/^#+\s*/, '').replace(/^(1\d{2})(\d{4})(\d{4})/, '$1 $2 $3');
			expect(adText, line).toContain(printed);
		}
	});

	test('the 广告 label is visible text, first in the block', () => {
		expect(aside?.firstElementChild?.text).toBe('广告');
	});

	test('the QR code is a small PNG that decodes to this page’s absolute URL', async () => {
		const img = aside?.querySelector('img.qr__img');
		expect(img?.getAttribute('alt')).toBe('江南研学夏令营报名信息页的二维码');
		expect(Number(img?.getAttribute('width'))).toBeGreaterThan(100);
		expect(img?.getAttribute('height')).toBe(img?.getAttribute('width'));
		const png = readFileSync(distFile(img?.getAttribute('src') ?? ''));
		expect(png.length).toBeLessThanOrEqual(3 * 1024);
		const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(
			absoluteUrl(ROUTES.promo('jiangnan-study-tour')),
		);
	});
});
