/** Content files in memory for the gate's tests: the committed ones, new ones, and the gate's verdict as lines. */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { Diagnostic } from '../../src/lib/content/diagnostics';
import { checkContent } from '../../src/lib/content/gate';
import type { ContentFile } from '../../src/lib/content/source';

export const encode = (text: string) => new TextEncoder().encode(text);
export const file = (path: string, text: string | Uint8Array): ContentFile => ({
	path,
	bytes: typeof text === 'string' ? encode(text) : text,
});
/** A committed file under content/. */
export const real = (path: string): ContentFile => ({
	path: `content/${path}`,
	bytes: readFileSync(new URL(`../../content/${path}`, import.meta.url)),
});
/**
 * What an article needs to be checked: the sections, the series and the ad it may name; and the
 * seed, published in the one section (a section without a published article is warned of).
 */
export const SITE = [
	real('sections.yaml'),
	real('series/saohei-chu-e.yaml'),
	real('promos/jiangnan-study-tour.yaml'),
	real('articles/saohei-zhengzhi-zhanwei.mdx'),
];
/** 2026-11-26 10:00 in Beijing: the time the ads are judged against. */
export const NOW = new Date('2026-11-26T02:00:00Z');

export const frontmatter = (fields = '') =>
	`---\ntitle: 测试\nsummary: 测试摘要。\npubDate: 2019-07-01\nsection: politics-law\n${fields}---\n`;
/** An article whose body follows a blank line after the frontmatter. */
export const article = (body: string, fields = '') => file('content/articles/test.mdx', `${frontmatter(fields)}\n${body}`);
/** An article whose body starts straight after the frontmatter. */
export const mdx = (body: string) => file('content/articles/test.mdx', frontmatter() + body);
export const promo = (yaml: string) => file('content/promos/ad.yaml', yaml);
export const jpeg = async () =>
	new Uint8Array(
		await sharp({ create: { width: 32, height: 24, channels: 3, background: '#a33' } })
			.jpeg()
			.toBuffer(),
	);

/** A diagnostic as a line: place, severity, field and problem. */
export const line = (d: Diagnostic, path = d.file) =>
	`${path}:${d.line}:${d.column} ${d.severity} ${d.field ? `${d.field}：` : ''}${d.problem}`;
/** Every diagnostic of SITE with the files, whole: place, severity, field, problem and suggestion. */
export const verdict = async (...files: ContentFile[]) =>
	(await checkContent([...SITE, ...files], NOW)).diagnostics.map((d) => `${line(d)} → ${d.suggestion}`);
