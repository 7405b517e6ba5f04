import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { QR_SCALE, qrWebp, qrRaster, qrSize } from '../../src/lib/qr';

async function decode(png: Buffer) {
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { text: jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data, width: info.width, height: info.height };
}

describe('QR codes made at build time', () => {
	test.each([
		'https://news.example.org/promos/jiangnan-study-tour/',
		'https://example.org/news/articles/saohei-zhengzhi-zhanwei/',
	])('%s decodes back from the WebP, under 3 KB', async (url) => {
		const png = await qrWebp(url);
		expect(png.length).toBeLessThanOrEqual(3 * 1024);
		const decoded = await decode(png);
		expect(decoded.text).toBe(url);
		expect(decoded.width).toBe(qrSize(url));
	});

	test('modules are whole blocks of pure black and white, with a 4-module quiet zone', () => {
		const { pixels, width } = qrRaster('https://news.example.org/');
		expect(new Set(pixels)).toEqual(new Set([0, 255]));
		// The quiet zone is white; the top-left finder pattern starts right after it.
		expect(pixels[(4 * QR_SCALE - 1) * width + 4 * QR_SCALE]).toBe(255);
		expect(pixels[4 * QR_SCALE * width + 4 * QR_SCALE]).toBe(0);
		expect(pixels[(4 * QR_SCALE + QR_SCALE - 1) * width + 4 * QR_SCALE + QR_SCALE - 1]).toBe(0);
	});
});
