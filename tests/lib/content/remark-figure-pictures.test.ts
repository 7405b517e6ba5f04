import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { afterAll, describe, expect, test } from 'vitest';
import { remarkFigurePictures } from '../../../src/lib/content/remark-figure-pictures';

const root = mkdtempSync(join(tmpdir(), 'figure-pictures-'));
mkdirSync(join(root, 'content/articles/images'), { recursive: true });
writeFileSync(join(root, 'content/articles/images/dahai.jpg'), 'a picture');
writeFileSync(join(root, 'content/articles/images/caoyuan.png'), 'another');
// A picture beside content/, not in it: there, but not the articles' to show.
writeFileSync(join(root, 'outside.jpg'), 'not content');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const compiled = async (body: string) =>
	String(await compile(body, { remarkPlugins: [[remarkFigurePictures, { root }]], jsx: true }));

describe('remarkFigurePictures: each <Figure> gets its picture from its own article’s imports', () => {
	test('imports the picture src names, root-relative, and passes it as `picture`', async () => {
		const code = await compiled(
			'<Figure src="./images/dahai.jpg" alt="大海" />\n\n正文\n\n<Figure src="./images/caoyuan.png" alt="草原" />',
		);
		expect(code).toContain('import __figurePicture0 from "/content/articles/images/dahai.jpg";');
		expect(code).toContain('import __figurePicture1 from "/content/articles/images/caoyuan.png";');
		expect(code).toMatch(/<Figure src="\.\/images\/dahai\.jpg" alt="大海" picture=\{__figurePicture0\}/);
		expect(code).toMatch(/<Figure src="\.\/images\/caoyuan\.png" alt="草原" picture=\{__figurePicture1\}/);
	});

	test('a Figure inside a paragraph, and one whose src is not its first attribute, get theirs too', async () => {
		const code = await compiled('正文<Figure src="./images/dahai.jpg" alt="大海" />正文\n\n<Figure alt="草原" src="./images/caoyuan.png" />');
		expect(code).toContain('import __figurePicture0 from "/content/articles/images/dahai.jpg";');
		expect(code).toContain('import __figurePicture1 from "/content/articles/images/caoyuan.png";');
		expect(code).toMatch(/<Figure alt="草原" src="\.\/images\/caoyuan\.png" picture=\{__figurePicture1\}/);
	});

	test('a path that leaves content/, or names no file, imports nothing (<Figure> then stops the build naming it)', async () => {
		// The old way, from content/ (articles/images/dahai.jpg), names content/articles/articles/…: no file.
		for (const src of ['../../outside.jpg', '../../package.json.jpg', './images/missing.jpg', 'articles/images/dahai.jpg', 'https://example.org/a.jpg', './images/dahai.jpg?raw']) {
			const code = await compiled(`<Figure src="${src}" alt="图" />`);
			expect(code, src).not.toContain('import __figurePicture');
			expect(code, src).not.toContain('picture=');
		}
	});

	test('text without a Figure is compiled as it would be without the plugin', async () => {
		const plain = String(await compile('正文**重点**', { jsx: true }));
		expect(await compiled('正文**重点**')).toBe(plain);
	});
});
