import { describe, expect, test } from 'vitest';
import { takeInventory } from '../../../src/lib/content/inventory';

const report = (paths: string[]) => takeInventory(paths).diagnostics.map((d) => `${d.file}: ${d.problem}`);

describe('takeInventory: every file under content/ is content or an error naming it', () => {
	test('the expected places, with ids from file names', () => {
		const { entries, diagnostics } = takeInventory([
			'content/sections.yaml',
			'content/articles/a-1.mdx',
			'content/articles/images/photo_1.jpg',
			'content/series/s.yaml',
			'content/promos/p.yaml',
			'content/promos/qr.png',
			'content/promos/images/b.webp',
		]);
		expect(diagnostics).toEqual([]);
		expect(entries.map((e) => `${e.kind}:${e.id}`)).toEqual([
			'sections:',
			'article:a-1',
			'picture:photo_1.jpg',
			'series:s',
			'promo:p',
			'picture:qr.png',
			'picture:b.webp',
		]);
	});

	test.each([
		['a .md article', 'content/articles/a.md', 'content/articles/ 里只能放 .mdx 文件，这个文件不会被发布'],
		['a .yml promo', 'content/promos/p.yml', 'content/promos/ 里只能放 .yaml 文件和图片（.jpg、.jpeg、.png、.webp、.avif、.gif），这个文件不会被发布'],
		['a series in a subfolder', 'content/series/old/s.yaml', 'content/series/ 不能有子文件夹，这个文件不会被发布'],
		['an article in a subfolder', 'content/articles/2019/a.mdx', 'content/articles/ 不能有子文件夹（图片放在 articles/images/），这个文件不会被发布'],
		['a stray file at the top', 'content/notes.txt', '不是内容文件，不会被发布'],
		['a stray folder', 'content/drafts/a.mdx', '不是内容文件，不会被发布'],
		['a text file among pictures', 'content/articles/images/readme.txt', '不是图片文件，不会被发布（图片应为 .jpg、.jpeg、.png、.webp、.avif、.gif）'],
		['an SVG beside the promos', 'content/promos/qr.svg', 'content/promos/ 里只能放 .yaml 文件和图片（.jpg、.jpeg、.png、.webp、.avif、.gif），这个文件不会被发布'],
		['an upper-case extension', 'content/articles/images/photo.JPG', '不是图片文件，不会被发布（图片应为 .jpg、.jpeg、.png、.webp、.avif、.gif）'],
		['an SVG among pictures', 'content/promos/images/qr.svg', '不是图片文件，不会被发布（图片应为 .jpg、.jpeg、.png、.webp、.avif、.gif）'],
		['a Chinese picture name', 'content/articles/images/会场.jpg', '图片文件名「会场.jpg」应只用英文字母、数字、-、_ 和 .'],
		['a name with a space', 'content/articles/Foo Bar.mdx', '文件名「Foo Bar」不能作编号：应为小写英文字母、数字和连字符（如 saohei-chu-e），中文写在字段里'],
		['an upper-case name', 'content/series/Upper.yaml', '文件名「Upper」不能作编号：应为小写英文字母、数字和连字符（如 saohei-chu-e），中文写在字段里'],
		['a Chinese name', 'content/articles/扫黑.mdx', '文件名「扫黑」不能作编号：应为小写英文字母、数字和连字符（如 saohei-chu-e），中文写在字段里'],
	])('%s', (_name, path, problem) => {
		expect(report([path])).toEqual([`${path}: ${problem}`]);
	});

	test('names that differ only in case or width are both named', () => {
		expect(report(['content/articles/a.mdx', 'content/articles/A.mdx'])).toEqual([
			'content/articles/A.mdx: 文件名「A」不能作编号：应为小写英文字母、数字和连字符（如 saohei-chu-e），中文写在字段里',
			'content/articles/a.mdx: 与 content/articles/A.mdx 只差大小写或全半角，在有的系统上是同一个文件',
			'content/articles/A.mdx: 与 content/articles/a.mdx 只差大小写或全半角，在有的系统上是同一个文件',
		]);
		expect(report(['content/articles/ａ.mdx', 'content/articles/a.mdx'])).toContain(
			'content/articles/a.mdx: 与 content/articles/ａ.mdx 只差大小写或全半角，在有的系统上是同一个文件',
		);
	});
});

describe('takeInventory: each place is exactly where it is', () => {
	/** Each path's verdict: the kind and id it was taken as, or the problem it was reported with. */
	const verdicts = (paths: string[]) => {
		const { entries, diagnostics } = takeInventory(paths);
		return paths.map(
			(path) =>
				entries.find((entry) => entry.path === path)?.kind ??
				diagnostics.find((d) => d.file === path)?.problem ??
				'nothing said',
		);
	};

	test.each([
		['content/sections.yaml.bak', '不是内容文件，不会被发布'],
		['content/articles/x.mdx.bak', 'content/articles/ 里只能放 .mdx 文件，这个文件不会被发布'],
		['content/series/x.yaml~', 'content/series/ 里只能放 .yaml 文件，这个文件不会被发布'],
		['content/promos/x.yaml.old', 'content/promos/ 里只能放 .yaml 文件和图片（.jpg、.jpeg、.png、.webp、.avif、.gif），这个文件不会被发布'],
		['content/promos/content/articles/x.mdx', 'content/promos/ 不能有子文件夹，这个文件不会被发布'],
		['content/articles/old/content/series/x.yaml', 'content/articles/ 不能有子文件夹（图片放在 articles/images/），这个文件不会被发布'],
		['content/series/content/promos/x.yaml', 'content/series/ 不能有子文件夹，这个文件不会被发布'],
		['content/series/content/sections.yaml', 'content/series/ 不能有子文件夹，这个文件不会被发布'],
		['content/promos/old/content/articles/images/a.jpg', 'content/promos/ 不能有子文件夹，这个文件不会被发布'],
		['content/articles/images/a.jpg.txt', '不是图片文件，不会被发布（图片应为 .jpg、.jpeg、.png、.webp、.avif、.gif）'],
		['content/articles/images/a b.jpg', '图片文件名「a b.jpg」应只用英文字母、数字、-、_ 和 .'],
		['content/articles/images/a.jpg ', '不是图片文件，不会被发布（图片应为 .jpg、.jpeg、.png、.webp、.avif、.gif）'],
		['content/articles/images/好.jpg', '图片文件名「好.jpg」应只用英文字母、数字、-、_ 和 .'],
		['content/articles/images/a.jpg', 'picture'],
	])('%s: %s', (path, verdict) => {
		expect(verdicts([path])).toEqual([verdict]);
	});

	test('a bad picture name is reported with what to do', () => {
		expect(takeInventory(['content/articles/images/会场.jpg']).diagnostics[0]?.suggestion).toBe('改名，如 huichang-1.jpg');
	});

	test('names differing in case are reported on each, naming the other', () => {
		const { diagnostics } = takeInventory(['content/articles/a.mdx', 'content/articles/A.mdx', 'content/articles/b.mdx']);
		const clashes = diagnostics.filter((d) => d.field === '文件名' && d.problem.includes('只差大小写'));
		expect(clashes.map((d) => `${d.file}: ${d.problem}`)).toEqual([
			'content/articles/a.mdx: 与 content/articles/A.mdx 只差大小写或全半角，在有的系统上是同一个文件',
			'content/articles/A.mdx: 与 content/articles/a.mdx 只差大小写或全半角，在有的系统上是同一个文件',
		]);
	});
});
