import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy } from '../helpers/build';
import { EDITOR_FOLDER } from '../helpers/dist';
import { PROJECT_ROOT } from '../helpers/paths';

/**
 * A draft, an article scheduled for next year, a draft ad and an ad not yet running, each with
 * pictures, beside the seed content and a published article whose pictures carry a
 * photographer's metadata (EXIF with a GPS position, XMP, IPTC).
 */
const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const article = (title: string, fields: string, body = '') =>
	`---\ntitle: ${title}\nsummary: ${title}的摘要。\n${fields}\nsection: politics-law\nseries: saohei-chu-e\npart: ${title}篇\ntags:\n  - 未发布标签\npromos:\n  - draft-ad\n---\n\n${title}独有的正文词语甲乙丙。\n${body}`;
const figure = (name: string) => `\n<Figure src="./images/${name}" alt="${name}的说明" caption="${name}的图注" />\n`;

const SECRET = 'Secret Photographer';
const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${SECRET}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;

/** A JPEG's IPTC block (APP13, Photoshop 3.0, resource 0x0404) naming `byline`, put after its SOI marker. */
function withIptc(jpeg: Buffer, byline: string): Buffer {
	const text = Buffer.from(byline);
	const record = Buffer.concat([Buffer.from([0x1c, 2, 80, 0, text.length]), text]);
	const size = Buffer.alloc(4);
	size.writeUInt32BE(record.length);
	const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([4, 4, 0, 0]), size, record, Buffer.alloc(record.length % 2)]);
	const body = Buffer.concat([Buffer.from('Photoshop 3.0\0'), resource]);
	const length = Buffer.alloc(2);
	length.writeUInt16BE(body.length + 2);
	return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xed]), length, body, jpeg.subarray(2)]);
}

/** A picture of its own colour (so each file is different) with the photographer's metadata. */
async function picture(red: number, format: 'jpeg' | 'png' | 'webp'): Promise<Buffer> {
	const made = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: red, g: 90, b: 120 } } })
		[format]()
		.withExif({ IFD0: { Artist: SECRET, Copyright: SECRET }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 58/1 0/1' } })
		.withXmp(XMP)
		.toBuffer();
	return format === 'jpeg' ? withIptc(made, SECRET) : made;
}

const PRIVATE = {
	'content/articles/images/draft-cover.jpg': await picture(10, 'jpeg'),
	'content/articles/images/draft-figure.png': await picture(20, 'png'),
	'content/articles/images/scheduled-figure.webp': await picture(30, 'webp'),
	'content/promos/draft-qr.png': await picture(40, 'png'),
	'content/promos/upcoming-qr.jpg': await picture(50, 'jpeg'),
};
const PUBLISHED = {
	'content/articles/images/published-cover.jpg': await picture(60, 'jpeg'),
	'content/articles/images/published-figure.png': await picture(70, 'png'),
};
const qr = (image: string) => `qr:\n  image: ./${image}\n  alt: 二维码\n  caption: 扫码了解\n`;

const build = buildCopy({
	...PRIVATE,
	...PUBLISHED,
	'content/articles/draft-article.mdx': article(
		'草稿文章',
		'pubDate: 2019-07-02\ndraft: true\ncover: ./images/draft-cover.jpg\ncoverAlt: 草稿封面',
		figure('draft-figure.png'),
	),
	'content/articles/scheduled-article.mdx': article('定时文章', `pubDate: ${NEXT_YEAR}-01-01`, figure('scheduled-figure.webp')),
	'content/articles/photo-article.mdx': `---\ntitle: 带照片的文章\nsummary: 已发布文章的照片。\npubDate: 2019-07-03\nsection: politics-law\ncover: ./images/published-cover.jpg\ncoverAlt: 已发布的封面\n---\n\n已发布文章的正文。\n${figure('published-figure.png')}`,
	// A section and a series whose only article is a draft: nothing of them is published either.
	'content/sections.yaml': `${readFileSync(join(PROJECT_ROOT, 'content/sections.yaml'), 'utf8')}- id: wenlv\n  name: 文旅专栏\n`,
	'content/series/kong-xilie.yaml': 'title: 尚未发布的系列\ndescription: 只有草稿的系列。\n',
	'content/articles/draft-only.mdx': `---\ntitle: 文旅草稿\nsummary: 文旅草稿的摘要。\npubDate: 2019-07-02\ndraft: true\nsection: wenlv\nseries: kong-xilie\n---\n\n文旅草稿的正文。\n`,
	'content/promos/draft-ad.yaml': `title: 草稿广告\ndraft: true\n${qr('draft-qr.png')}`,
	'content/promos/upcoming-ad.yaml': `title: 未开始的广告\nvalidFrom: ${NEXT_YEAR}-01-01\n${qr('upcoming-qr.jpg')}`,
});
afterAll(() => build.remove());

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/;

/** The chunk names of a WebP file (RIFF), which exifr does not read: EXIF and `XMP ` are metadata. */
function webpChunks(bytes: Buffer): string[] {
	const names: string[] = [];
	for (let at = 12; at + 8 <= bytes.length; at += 8 + bytes.readUInt32LE(at + 4) + (bytes.readUInt32LE(at + 4) % 2))
		names.push(bytes.toString('latin1', at, at + 4));
	return names;
}

/** Metadata tags exifr finds, by block; for WebP, the metadata chunks. */
async function metadataTags(bytes: Buffer, format: string | undefined): Promise<string[]> {
	if (format === 'webp') return webpChunks(bytes).filter((name) => name === 'EXIF' || name === 'XMP ');
	const read = (await exifr.parse(bytes, { tiff: true, xmp: true, iptc: true, gps: true, icc: false, mergeOutput: false })) as
		Record<string, Record<string, unknown>> | undefined;
	// A PNG's header (ihdr) is not metadata. Orientation alone may stay (it says which way is up); nothing that names a person or a place.
	return Object.entries(read ?? {}).flatMap(([block, values]) =>
		(block === 'ihdr' ? [] : Object.keys(values))
			.filter((tag) => !(block === 'ifd0' && tag === 'Orientation'))
			.map((tag) => `${block}.${tag}`),
	);
}

describe('drafts and scheduled articles stay out of a production build', () => {
	test('the build passes', () => {
		expect(build.status, build.output).toBe(0);
	});

	test('no page, feed, sitemap, search index or listing mentions them', () => {
		const leaks = files(build.dist).filter((file) => {
			const text = readFileSync(file, 'latin1');
			return ['draft-article', 'draft-only', 'scheduled-article', 'draft-ad', 'upcoming-ad', 'wei-fa-bu-biao-qian'].some((slug) =>
				text.includes(slug),
			);
		});
		expect(leaks).toEqual([]);
		const readable = files(build.dist).filter((file) => /\.(html|xml|txt)$/.test(file));
		for (const file of readable)
			expect(readFileSync(file, 'utf8'), file).not.toMatch(
				/草稿文章|文旅草稿|文旅专栏|尚未发布的系列|定时文章|草稿广告|未开始的广告|甲乙丙/,
			);
		// The deployed web editor's script names the ads readers see (its previews), never these two;
		// the bundler writes Chinese as \u escapes.
		const script = readFileSync(join(build.dist, 'admin/editor.js'), 'utf8');
		const escaped = (text: string) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
		expect(script).toContain(escaped('江南研学夏令营'));
		for (const title of ['草稿广告', '未开始的广告']) expect(script).not.toContain(escaped(title));
		// A section or series with nothing published has no page and no link or entry on any reader's
		// page, feed or sitemap (an empty page is a dead end); the web editor still offers them to write in.
		expect(existsSync(join(build.dist, 'sections/wenlv')) || existsSync(join(build.dist, 'series/kong-xilie'))).toBe(false);
		const readers = readable.filter((file) => !relative(build.dist, file).startsWith(EDITOR_FOLDER));
		expect(readers.filter((file) => /wenlv|kong-xilie|文旅专栏|尚未发布的系列/.test(readFileSync(file, 'utf8')))).toEqual([]);
	});

	test('series navigation and counts see only the published installment', () => {
		const series = readFileSync(join(build.dist, 'series/saohei-chu-e/index.html'), 'utf8');
		expect(series).toContain('共 1 篇');
		const section = readFileSync(join(build.dist, 'sections/politics-law/index.html'), 'utf8');
		expect(section).toContain('共 2 篇文章');
	});
});

describe('only what is published is published: pictures', () => {
	test('no picture of a draft, a scheduled article, a draft ad or an ad not yet running is in dist/, in any size or copy', () => {
		const hashes = new Set(Object.values(PRIVATE).map(sha256));
		const stems = Object.keys(PRIVATE).map((path) => path.replace(/^.*\//, '').replace(/\.\w+$/, ''));
		const found = files(build.dist).filter(
			(file) => hashes.has(sha256(readFileSync(file))) || stems.some((stem) => file.includes(stem)),
		);
		expect(found).toEqual([]);
	});

	test('drafts’ pictures never entered the build: the only picture deleted afterwards is the published cover’s original', () => {
		// Without the loaders' filter (content-loader.ts) the five private pictures would be emitted too, then deleted.
		expect(build.output).toContain('已删去 1 张没有页面用到的图片原件');
	});

	test('the published article shows both its pictures', () => {
		const page = readFileSync(join(build.dist, 'articles/photo-article/index.html'), 'utf8');
		expect(page).toMatch(/<img[^>]+alt="published-figure\.png的说明"/);
		expect(page).toMatch(/<meta property="og:image" content="[^"]+published-cover\.[^"]+"/);
	});

	test('every picture in dist/ is free of EXIF, XMP and IPTC (read by sharp and by exifr); no original is shipped', async () => {
		const pictures = files(build.dist).filter((file) => IMAGE.test(file));
		expect(pictures.map((file) => relative(build.dist, file)).filter((file) => file.includes('published-'))).not.toEqual([]);
		const originals = new Set(Object.values(PUBLISHED).map(sha256));
		const found: Record<string, unknown> = {};
		for (const file of pictures) {
			const bytes = readFileSync(file);
			const meta = await sharp(bytes).metadata();
			const tags = await metadataTags(bytes, meta.format);
			const problems = [
				...(originals.has(sha256(bytes)) ? ['the original file'] : []),
				...(meta.exif && meta.exif.length > 0 && !meta.orientation ? ['EXIF (sharp)'] : []),
				...(meta.xmp ? ['XMP (sharp)'] : []),
				...(meta.iptc ? ['IPTC (sharp)'] : []),
				...(bytes.includes(SECRET) ? ['the photographer’s name in the bytes'] : []),
				...tags,
			];
			if (problems.length > 0) found[relative(build.dist, file)] = problems;
		}
		expect(found).toEqual({});
	});
});
