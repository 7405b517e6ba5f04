import { describe, expect, test } from 'vitest';
import { fileProblems, writtenDates } from '../../../src/lib/content/content-loader';

describe('writtenDates: the date fields as the editor typed them', () => {
	test('from MDX frontmatter, quotes and comments removed, body ignored', () => {
		const mdx = [
			'---',
			'title: 标题',
			'pubDate: 2019-07-01T08:00:00+08:00 # morning edition',
			"updatedDate: '2019-07-02'",
			'---',
			'',
			'pubDate: 2000-01-01 is body text, not a field',
		].join('\n');
		expect(writtenDates(mdx)).toEqual({ pubDate: '2019-07-01T08:00:00+08:00', updatedDate: '2019-07-02' });
	});

	test('from a YAML file, including days YAML would roll over', () => {
		expect(writtenDates('title: 广告\nvalidFrom: 2019-13-45\nvalidThrough: "2019-08-31"\n')).toEqual({
			validFrom: '2019-13-45',
			validThrough: '2019-08-31',
		});
	});

	test('nested keys are not top-level date fields', () => {
		expect(writtenDates('qr:\n  pubDate: 2019-07-01\n')).toEqual({});
	});
});

describe('fileProblems: what is wrong with the file itself', () => {
	test('a file saved as GBK', () => {
		expect(fileProblems('content/articles/gbk.mdx', new Uint8Array([0xb1, 0xea, 0xcc, 0xe2]), {})).toEqual([
			'content/articles/gbk.mdx: (整个文件): 文件不是 UTF-8 编码（可能存成了 GBK）；请在编辑器里“另存为” UTF-8',
		]);
	});

	test('a cover or QR picture that is not there', () => {
		const utf8 = new TextEncoder().encode('---\n---\n');
		expect(fileProblems('content/articles/x.mdx', utf8, { cover: './images/none.jpg' })).toEqual([
			'content/articles/x.mdx: cover: 找不到图片 ./images/none.jpg（相对于这个文件所在的文件夹）；请把图片放到文章旁边，或改正路径',
		]);
		expect(fileProblems('content/promos/x.yaml', utf8, { qr: { image: './qr.png' } })).toHaveLength(1);
		expect(fileProblems('content/promos/jiangnan-study-tour.yaml', utf8, {})).toEqual([]);
	});
});
