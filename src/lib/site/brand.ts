/**
 * The site's pictures made at build time from its one mark, public/favicon.svg: the ICO
 * favicon for old browsers, the publisher logo for search engines, and the default picture
 * shown when an article without a cover is shared.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

const MARK_FILE = 'public/favicon.svg';
/** The masthead red, behind the mark on the sharing picture. */
const BRAND_RED = '#b0161b';

export const LOGO_SIZE = 512;
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
const ICO_SIZES = [16, 32, 48];

const mark = () => readFileSync(MARK_FILE);

/** The mark as a square PNG. sharp draws an SVG at the size asked for, so it is sharp at any size. */
export function markPng(size: number): Promise<Buffer> {
	return sharp(mark()).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}

/** 1200 × 630, the size Open Graph and WeChat previews expect: the mark on masthead red. */
export async function shareImagePng(): Promise<Buffer> {
	const side = 360;
	return sharp({ create: { ...SHARE_IMAGE, channels: 3, background: BRAND_RED } })
		.composite([{ input: await markPng(side), left: (SHARE_IMAGE.width - side) / 2, top: (SHARE_IMAGE.height - side) / 2 }])
		.png({ compressionLevel: 9, palette: true })
		.toBuffer();
}

/** An ICO file holding PNG images (allowed since Windows Vista; every browser reads it). */
export function icoFromPngs(images: readonly { size: number; png: Buffer }[]): Buffer {
	// Zeroed: the reserved word at 0 and each entry's reserved byte stay 0.
	const header = Buffer.alloc(6 + 16 * images.length);
	header.writeUInt16LE(1, 2); // 1 = icon
	header.writeUInt16LE(images.length, 4);
	let offset = header.length;
	images.forEach(({ size, png }, index) => {
		const entry = 6 + 16 * index;
		header.writeUInt8(size >= 256 ? 0 : size, entry);
		header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
		header.writeUInt8(0, entry + 2); // no palette
		header.writeUInt8(0, entry + 3);
		header.writeUInt16LE(1, entry + 4); // colour planes
		header.writeUInt16LE(32, entry + 6); // bits per pixel
		header.writeUInt32LE(png.length, entry + 8);
		header.writeUInt32LE(offset, entry + 12);
		offset += png.length;
	});
	return Buffer.concat([header, ...images.map((image) => image.png)]);
}

export async function faviconIco(): Promise<Buffer> {
	return icoFromPngs(await Promise.all(ICO_SIZES.map(async (size) => ({ size, png: await markPng(size) }))));
}
