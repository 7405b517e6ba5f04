import jsQR from 'jsqr';
import sharp from 'sharp';

/** Rasterises a QR picture (SVG or bitmap) as a phone camera would see it, and decodes it. */
export async function decodeQr(picture: string | Buffer): Promise<string | undefined> {
	const { data, info } = await sharp(Buffer.from(picture), { density: 300 })
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}
