import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { faviconIco, icoFromPngs, LOGO_SIZE, markPng, SHARE_IMAGE, shareImagePng } from '../../../src/lib/site/brand';

/** The RGB of one pixel of a picture. */
async function pixel(image: Buffer, x: number, y: number): Promise<number[]> {
	const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	const at = (y * info.width + x) * info.channels;
	return [...data.subarray(at, at + 3)];
}

/** An ICO file's directory (ICONDIR and its ICONDIRENTRYs), read back field by field. */
function icoDirectory(ico: Buffer) {
	const count = ico.readUInt16LE(4);
	return {
		reserved: ico.readUInt16LE(0),
		type: ico.readUInt16LE(2),
		entries: Array.from({ length: count }, (_, index) => {
			const at = 6 + 16 * index;
			return {
				width: ico.readUInt8(at),
				height: ico.readUInt8(at + 1),
				colours: ico.readUInt8(at + 2),
				reserved: ico.readUInt8(at + 3),
				planes: ico.readUInt16LE(at + 4),
				bits: ico.readUInt16LE(at + 6),
				size: ico.readUInt32LE(at + 8),
				offset: ico.readUInt32LE(at + 12),
			};
		}),
	};
}

describe('the site’s pictures, drawn from its mark', () => {
	test.each([16, 48, LOGO_SIZE])('the mark as a %i px square PNG, sharp at that size', async (size) => {
		const png = await markPng(size);
		const meta = await sharp(png).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
		// Drawn at the size, not scaled up from the SVG's 32 px: a large mark has sharp edges, so few
		// pixels are neither fully the mark nor fully its ground.
		if (size === LOGO_SIZE) {
			const { data } = await sharp(png).extractChannel('alpha').raw().toBuffer({ resolveWithObject: true });
			const soft = data.filter((alpha) => alpha > 16 && alpha < 240).length;
			expect(soft / data.length).toBeLessThan(0.02);
		}
	});

	test('the logo is 512 px and the sharing picture 1200 × 630', () => {
		expect(LOGO_SIZE).toBe(512);
		expect(SHARE_IMAGE).toEqual({ width: 1200, height: 630 });
	});

	test('the sharing picture: 1200 × 630, the mark in the middle of masthead red', async () => {
		const png = await shareImagePng();
		const meta = await sharp(png).metadata();
		expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', 1200, 630, true]);
		expect(await pixel(png, 5, 5)).toEqual([0xb0, 0x16, 0x1b]);
		expect(await pixel(png, 1194, 624)).toEqual([0xb0, 0x16, 0x1b]);
		// The mark (360 px, centred: 11.25 px a unit of its 32) is red with white bars; its top bar
		// (units 7–25 across, 8–12 down) falls at 499–701 × 225–270.
		expect(await pixel(png, 600, 247)).toEqual([255, 255, 255]);
		expect(await pixel(png, 490, 247)).toEqual([0xb0, 0x16, 0x1b]);
	});
});

/** The same pixels written again at zlib's default level, 6 (sharp's default too). */
const atDefaultLevel = (png: Buffer, palette = false) => sharp(png).png({ compressionLevel: 6, palette }).toBuffer();

test.each([
	['the logo', () => markPng(LOGO_SIZE), false],
	['the sharing picture', shareImagePng, true],
])('%s is written at the highest compression, smaller than at the default level', async (_name, make, palette) => {
	const png = await make();
	expect(png.length).toBeLessThan((await atDefaultLevel(png, palette)).length);
});

describe('icoFromPngs: an ICO file of PNG images', () => {
	const small = Buffer.from('first');
	const large = Buffer.from('the second');
	// Made in each test, not here: a value made while the tests are collected is made before
	// mutation testing turns a mutant on.
	const twoImages = () =>
		icoFromPngs([
			{ size: 16, png: small },
			{ size: 256, png: large },
		]);

	test('the directory: an icon of two images, each its size, planes, depth, length and place', () => {
		expect(icoDirectory(twoImages())).toEqual({
			reserved: 0,
			type: 1,
			entries: [
				{ width: 16, height: 16, colours: 0, reserved: 0, planes: 1, bits: 32, size: 5, offset: 38 },
				{ width: 0, height: 0, colours: 0, reserved: 0, planes: 1, bits: 32, size: 10, offset: 43 },
			],
		});
	});

	test('the images follow the directory, whole and in order', () => {
		const ico = twoImages();
		expect(ico.length).toBe(6 + 2 * 16 + small.length + large.length);
		expect(ico.subarray(38, 43).toString()).toBe('first');
		expect(ico.subarray(43).toString()).toBe('the second');
	});

	test('a 255 px image keeps its size; only 256 and more are written as 0', () => {
		expect(icoDirectory(icoFromPngs([{ size: 255, png: small }])).entries[0]).toMatchObject({ width: 255, height: 255 });
	});

	test('the favicon: 16, 32 and 48 px PNGs of the mark', async () => {
		const favicon = await faviconIco();
		const { entries } = icoDirectory(favicon);
		expect(entries.map((entry) => entry.width)).toEqual([16, 32, 48]);
		for (const entry of entries) {
			const meta = await sharp(favicon.subarray(entry.offset, entry.offset + entry.size)).metadata();
			expect([meta.format, meta.width, meta.height]).toEqual(['png', entry.width, entry.width]);
		}
	});
});
