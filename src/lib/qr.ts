import QRCode from 'qrcode';
import sharp from 'sharp';

/** Modules of white border every scanner expects around the code (ISO/IEC 18004). */
const QUIET_ZONE = 4;
/** Pixels per module: integer, so modules stay crisp at 1× and 2× display density. */
export const QR_SCALE = 8;

export interface QrRaster {
	width: number;
	height: number;
	/** One byte per pixel, 0 = dark, 255 = light. */
	pixels: Buffer;
}

/** The QR code of `text` as a grey-scale raster, quiet zone included. */
export function qrRaster(text: string, scale: number = QR_SCALE): QrRaster {
	// Level M survives a smudged print or a cracked phone screen and keeps the code small.
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const side = (modules.size + QUIET_ZONE * 2) * scale;
	const pixels = Buffer.alloc(side * side, 255);
	for (let row = 0; row < modules.size; row++) {
		for (let col = 0; col < modules.size; col++) {
			if (!modules.get(row, col)) continue;
			for (let y = 0; y < scale; y++) {
				const start = ((row + QUIET_ZONE) * scale + y) * side + (col + QUIET_ZONE) * scale;
				pixels.fill(0, start, start + scale);
			}
		}
	}
	return { width: side, height: side, pixels };
}

/** Pixel size of the QR image for `text`, without drawing it. */
export function qrSize(text: string, scale: number = QR_SCALE): number {
	return (QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size + QUIET_ZONE * 2) * scale;
}

/** The QR code as lossless WebP: about 300 bytes, smaller than a 1-bit PNG of it. */
export async function qrWebp(text: string, scale: number = QR_SCALE): Promise<Buffer> {
	const { width, height, pixels } = qrRaster(text, scale);
	return sharp(pixels, { raw: { width, height, channels: 1 } })
		.webp({ lossless: true, effort: 6 })
		.toBuffer();
}

/** The response of a QR endpoint: the picture of `text`. */
export async function qrResponse(text: string): Promise<Response> {
	return new Response(new Uint8Array(await qrWebp(text)), { headers: { 'Content-Type': 'image/webp' } });
}
