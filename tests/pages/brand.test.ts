import type { APIContext } from 'astro';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { GET as logo } from '../../src/pages/brand/logo.png';
import { GET as share } from '../../src/pages/brand/share.png';
import { GET as favicon } from '../../src/pages/favicon.ico';
import { GET as robots } from '../../src/pages/robots.txt';
import { absoluteUrl } from '../../src/lib/site/urls';

const context = {} as APIContext;

describe('the site’s own files', () => {
	test.each([
		['the logo', logo, 'png', 512, 512],
		['the sharing picture', share, 'png', 1200, 630],
	])('%s: a PNG of its size', async (_name, route, format, width, height) => {
		const response = await route(context);
		expect(response.headers.get('Content-Type')).toBe('image/png');
		const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual([format, width, height]);
	});

	test('the favicon: an ICO of three sizes', async () => {
		const response = await favicon(context);
		expect(response.headers.get('Content-Type')).toBe('image/x-icon');
		const ico = Buffer.from(await response.arrayBuffer());
		expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 3]);
	});

	test('robots.txt lets everything be crawled and names the sitemap', async () => {
		const response = await robots(context);
		expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
		expect(await response.text()).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`);
	});
});
