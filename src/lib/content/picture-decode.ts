/**
 * Whether a file really is a picture the site can process: decoded by sharp, whole. Nothing is
 * shipped that sharp could not decode, and no error message ever includes a file's contents.
 * Apart from pictures.ts because it needs sharp: the web editor's check runs without it.
 */
import sharp from 'sharp';
import { MAX_PICTURE_PIXELS, pictureBytesProblem, typeList } from './pictures';

/**
 * Decodes a picture completely (a truncated file fails here, not in a reader's browser) within
 * the pixel limit. Returns what is wrong, in words for editors, or undefined.
 */
export async function pictureProblem(bytes: Uint8Array): Promise<string | undefined> {
	const tooBig = pictureBytesProblem(bytes.length);
	if (tooBig) return tooBig;
	try {
		// Stryker disable next-line BooleanLiteral: every frame is read, but sharp reads a cut-short GIF's frames leniently either way
		const image = sharp(bytes, { limitInputPixels: MAX_PICTURE_PIXELS, failOn: 'truncated', animated: true });
		const { format } = await image.metadata();
		if (!format || !['jpeg', 'png', 'webp', 'heif', 'gif'].includes(format)) return `不是可用的图片格式（应为 ${typeList}）`;
		await image.stats();
		return undefined;
	} catch (error) {
		// Stryker disable next-line StringLiteral: sharp throws only Errors; the fallback is for the type
		const message = error instanceof Error ? error.message : '';
		if (/pixel limit/i.test(message)) return `图片过大：超过 ${MAX_PICTURE_PIXELS / 1_000_000} 百万像素，请缩小后再放入`;
		return '图片文件无法读取（文件损坏、不完整或不是图片）；请重新导出后再放入';
	}
}
