import { describe, expect, test } from 'vitest';
import { LIMITS } from '../../../src/lib/content/limits';
import { pictureBytesProblem } from '../../../src/lib/content/pictures';
import { uploadVerdict } from '../../../src/lib/editor/upload-name';

describe('a picture uploaded in the web editor: a name the gate takes, or refused in Chinese', () => {
	test.each([
		['a name already fit', 'huoshan-1.jpg', 'huoshan-1.jpg'],
		['upper case and an upper-case extension', 'DSC_0042.JPG', 'dsc-0042.jpg'],
		['a Chinese name: its pinyin', '乌兰哈达 火山.jpeg', 'wu-lan-ha-da-huo-shan.jpeg'],
		['spaces and symbols', 'my photo (1).png', 'my-photo-1.png'],
		['nothing left of the name', '📷.webp', 'tu-pian.webp'],
	])('%s', (_name, file, stored) => {
		expect(uploadVerdict(file, 1000)).toEqual({ name: stored });
	});

	test.each([
		['an iPhone photo', 'IMG_0001.HEIC'],
		['a drawing', 'logo.svg'],
		['no extension', 'huoshan'],
		['a document', '通知.pdf'],
	])('refused: %s', (_name, file) => {
		expect(uploadVerdict(file, 1000)).toEqual({
			refused: `「${file}」不是网站能用的图片：请用 .jpg、.jpeg、.png、.webp、.avif、.gif 文件（手机照片 .heic 请先另存为 .jpg）`,
		});
	});

	test('over the size the gate takes: refused with the same words the gate uses', () => {
		expect(uploadVerdict('a.jpg', LIMITS.pictureBytes)).toEqual({ name: 'a.jpg' });
		expect(uploadVerdict('a.jpg', LIMITS.pictureBytes + 1)).toEqual({
			refused: '「a.jpg」：图片文件太大（21 MB），每张最多 20 MB；请缩小后再放入',
		});
		expect(pictureBytesProblem(LIMITS.pictureBytes + 1)).toBe('图片文件太大（21 MB），每张最多 20 MB；请缩小后再放入');
	});
});

test('a name quoted back is one line: a line break or control character in it is shown escaped', () => {
	expect(uploadVerdict('a\nb\u0007.svg', 1)).toEqual({
		refused:
			'「a\\nb\\u0007.svg」不是网站能用的图片：请用 .jpg、.jpeg、.png、.webp、.avif、.gif 文件（手机照片 .heic 请先另存为 .jpg）',
	});
});
