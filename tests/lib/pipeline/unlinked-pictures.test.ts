import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import dropUnlinkedPictures, { unlinkedPictures } from '../../../src/lib/pipeline/unlinked-pictures';
import { tempTree } from '../../helpers/temp-tree';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A built site with the given files. */
function site(files: Record<string, string>): string {
	dir = tempTree('unlinked-', files);
	return dir;
}

const PICTURES = {
	'_astro/cover.Ab1.jpg': 'original',
	'_astro/cover.Ab1_Z1.webp': 'in srcset',
	'_astro/cover.Ab1_Z2.webp': 'in srcset, after a comma',
	'_astro/cover.Ab1_Z3.jpg': 'og:image',
	'_astro/figure.Cd2_Z4.avif': 'in a stylesheet',
	'_astro/figure.Cd2_Z5.png': 'in the feed, escaped',
	'_astro/figure.Cd2_Z6.gif': 'in a script',
	'_astro/figure.Cd2.PNG': 'an original with an upper-case extension',
	'_astro/figure.Cd2_Z7.webp': 'with a query',
	'_astro/page.Ef3.css': 'not a picture',
	'brand/share.png': 'outside _astro',
};

describe('unlinkedPictures: the pictures under _astro/ that nothing links', () => {
	test('a picture linked from a page, a srcset, a meta tag, a stylesheet, the feed or a script stays; an unlinked one is found', () => {
		site({
			...PICTURES,
			'articles/a/index.html':
				'<img srcset="/_astro/cover.Ab1_Z1.webp 360w,/_astro/cover.Ab1_Z2.webp 720w"><meta property="og:image" content="https://x.cn/_astro/cover.Ab1_Z3.jpg"><img src=\'/_astro/figure.Cd2_Z7.webp?v=1\'>',
			'_astro/page.css': '.a{background:url(/_astro/figure.Cd2_Z4.avif)}',
			'rss.xml': '<description>&lt;img src="/_astro/figure.Cd2_Z5.png"&gt;</description>',
			'app.js': 'const a = `/_astro/figure.Cd2_Z6.gif`;',
			'notes.bin': '/_astro/cover.Ab1.jpg',
		});
		expect(unlinkedPictures(dir)).toEqual(['_astro/cover.Ab1.jpg', '_astro/figure.Cd2.PNG']);
	});

	test('a name linked only as part of a longer name is not linked', () => {
		site({ '_astro/a.jpg': 'x', '_astro/a.jpg2.jpg': 'y', 'index.html': '<img src="/_astro/a.jpg2.jpg">' });
		expect(unlinkedPictures(dir)).toEqual(['_astro/a.jpg']);
	});
});

describe('dropUnlinkedPictures: the build step', () => {
	test('deletes the unlinked pictures when the build is done, says how many, and leaves everything else', async () => {
		site({ ...PICTURES, 'index.html': '<img src="/_astro/cover.Ab1_Z1.webp">' });
		const said: string[] = [];
		const hook = dropUnlinkedPictures().hooks['astro:build:done'] as (options: unknown) => void;
		await hook({ dir: pathToFileURL(`${dir}/`), logger: { info: (line: string) => said.push(line) } });
		expect(Object.keys(PICTURES).filter((path) => existsSync(join(dir, path)))).toEqual([
			'_astro/cover.Ab1_Z1.webp',
			'_astro/page.Ef3.css',
			'brand/share.png',
		]);
		expect(said).toEqual(['已删去 8 张没有页面用到的图片原件（原件可能带拍摄地点、作者等信息）']);
	});

	test('says nothing when every picture is linked', async () => {
		site({ '_astro/a.webp': 'x', 'index.html': '<img src="/_astro/a.webp">' });
		const said: string[] = [];
		const hook = dropUnlinkedPictures().hooks['astro:build:done'] as (options: unknown) => void;
		await hook({ dir: pathToFileURL(`${dir}/`), logger: { info: (line: string) => said.push(line) } });
		expect(said).toEqual([]);
		expect(existsSync(join(dir, '_astro/a.webp'))).toBe(true);
	});
});
