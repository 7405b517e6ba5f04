import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { pictureProblem } from '../../../src/lib/content/picture-decode';
import { MAX_PICTURE_PIXELS, nearestPicture, picturePathProblem, resolvePicture } from '../../../src/lib/content/pictures';

describe('picturePathProblem: how a field may name a picture', () => {
	test.each([
		['./images/a.jpg', 'content/articles', undefined],
		['images/a.webp', 'content/articles', undefined],
		['articles/images/a.png', 'content', undefined],
		['../promos/qr.png', 'content/articles', undefined],
		['https://example.org/a.jpg', 'content/articles', '图片「https://example.org/a.jpg」应为 content/ 里的文件，不能是网址'],
		['//example.org/a.jpg', 'content/articles', '图片「//example.org/a.jpg」应为 content/ 里的文件，不能是网址'],
		['./images/a.jpg?raw', 'content/articles', '图片路径「./images/a.jpg?raw」不能带 ? 或 #'],
		['../../package.json?url', 'content/articles', '图片路径「../../package.json?url」不能带 ? 或 #'],
		['/etc/passwd.jpg', 'content/articles', '图片路径「/etc/passwd.jpg」应为相对路径，用 / 分隔'],
		['..\\..\\a.jpg', 'content/articles', '图片路径「..\\..\\a.jpg」应为相对路径，用 / 分隔'],
		['../../src/a.jpg', 'content/articles', '图片「../../src/a.jpg」在 content/ 之外'],
		['../../../a.jpg', 'content', '图片「../../../a.jpg」在 content/ 之外'],
		['./qr.svg', 'content/promos', '图片「./qr.svg」应为 .jpg、.jpeg、.png、.webp、.avif、.gif 文件'],
		['./a.txt', 'content/articles', '图片「./a.txt」应为 .jpg、.jpeg、.png、.webp、.avif、.gif 文件'],
		// A colon further in is part of a name, not a scheme.
		['images/a:b.jpg', 'content/articles', undefined],
		['images/x/../a.jpg', 'content/articles', undefined],
		['../../content/articles/a.jpg', 'content/articles', undefined],
		['../../contents/a.jpg', 'content/articles', '图片「../../contents/a.jpg」在 content/ 之外'],
	])('%s from %s', (path, base, problem) => {
		expect(picturePathProblem(path, base)).toBe(problem);
	});

	test('resolvePicture gives the path under the project', () => {
		expect(resolvePicture('./images/a.jpg', 'content/articles')).toBe('content/articles/images/a.jpg');
		expect(resolvePicture('articles/images/a.jpg', 'content')).toBe('content/articles/images/a.jpg');
	});
});

describe('pictureProblem: the picture is decoded, not trusted', async () => {
	const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#a33' } }).jpeg().toBuffer();
	const side = Math.ceil(Math.sqrt(MAX_PICTURE_PIXELS)) + 1;
	const huge = await sharp({ create: { width: side, height: side, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
	const unreadable = '图片文件无法读取（文件损坏、不完整或不是图片）；请重新导出后再放入';

	test.each([
		['a whole JPEG', jpeg, undefined],
		['a truncated JPEG', jpeg.subarray(0, Math.floor(jpeg.length / 2)), unreadable],
		['text named .jpg', Buffer.from('PASSWORD=secret\n'), unreadable],
		['an empty file', Buffer.alloc(0), unreadable],
		['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>'), '不是可用的图片格式（应为 .jpg、.jpeg、.png、.webp、.avif、.gif）'],
		[`a picture over ${MAX_PICTURE_PIXELS / 1e6} megapixels`, huge, '图片过大：超过 40 百万像素，请缩小后再放入'],
	])('%s', async (_name, bytes, problem) => {
		expect(await pictureProblem(bytes)).toBe(problem);
	});

	test.each(['jpeg', 'png', 'webp', 'avif', 'gif'] as const)('a whole %s picture is taken', async (format) => {
		const bytes = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#3a3' } })
			.toFormat(format)
			.toBuffer();
		expect(await pictureProblem(bytes)).toBeUndefined();
	});

	test('no message carries the file’s contents', async () => {
		expect(await pictureProblem(Buffer.from('PASSWORD=secret\n'))).not.toContain('secret');
	});
});

describe('nearestPicture', () => {
	test.each([
		['content/articles/images/a.jpg', 'content/articles', ['content/articles/images/b.jpg'], './images/b.jpg'],
		['content/articles/x/a.jpg', 'content/articles', ['content/promos/a.jpg'], '../promos/a.jpg'],
		['content/articles/x/a.jpg', 'content/articles', ['content/promos/a.jpg', 'content/articles/images/a.jpg'], './images/a.jpg'],
		['content/articles/images/zzzz.jpg', 'content/articles', ['content/articles/images/a.jpg'], undefined],
		// The same name wins over a nearer one.
		['content/articles/x/b1.jpg', 'content/articles', ['content/articles/images/b2.jpg', 'content/articles/images/b1.jpg'], './images/b1.jpg'],
		['content/promos/x/qr.png', 'content/promos', ['content/articles/images/qr.png', 'content/promos/qr.png'], './qr.png'],
		['content/promos/x/qr.png', 'content/promos', ['content/articles/images/qr.png'], '../articles/images/qr.png'],
	])('%s from %s', (missing, base, pictures, guess) => {
		expect(nearestPicture(missing, base, pictures)).toBe(guess);
	});
});
