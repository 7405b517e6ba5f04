import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { absoluteUrl, ROUTES } from '../../src/lib/site/urls';
import { distFile, readPage, textOf } from '../helpers/dist';
import { decodeQr } from '../helpers/qr';
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

	test('the QR code is a small SVG that decodes to this page’s absolute URL', async () => {
		const img = aside?.querySelector('img.qr__img');
		expect(img?.getAttribute('alt')).toBe('江南研学夏令营报名信息页的二维码');
		expect(Number(img?.getAttribute('width'))).toBeGreaterThan(100);
		expect(img?.getAttribute('height')).toBe(img?.getAttribute('width'));
		const svg = readFileSync(distFile(img?.getAttribute('src') ?? ''));
		expect(svg.length).toBeLessThanOrEqual(3 * 1024);
		expect(await decodeQr(svg)).toBe(absoluteUrl(ROUTES.promo('jiangnan-study-tour')));
	});
});
