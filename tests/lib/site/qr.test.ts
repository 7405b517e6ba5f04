import { describe, expect, test } from 'vitest';
import { qrModules, qrSvg } from '../../../src/lib/site/qr';
import { decodeQr } from '../../helpers/qr';

describe('QR codes made at build time', () => {
	test.each([
		'https://news.example.org/promos/jiangnan-study-tour/',
		'https://example.org/news/articles/saohei-zhengzhi-zhanwei/',
	])('%s decodes back from the SVG, under 3 KB', async (url) => {
		const svg = await qrSvg(url);
		expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(3 * 1024);
		expect(await decodeQr(svg)).toBe(url);
	});

	test('crisp: no anti-aliasing, and a 4-module quiet zone', async () => {
		const url = 'https://news.example.org/';
		const svg = await qrSvg(url);
		expect(svg).toContain('shape-rendering="crispEdges"');
		const side = qrModules(url);
		expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
		expect(svg).toMatch(/M4 4\.5h7/); // the finder pattern starts after four white modules
	});
});
