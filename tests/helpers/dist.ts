import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type HTMLElement, parse } from 'node-html-parser';
import { TEST_DIST } from './paths.ts';

export function distFile(path: string): string {
	return join(TEST_DIST, path);
}

export function readPage(path: string): HTMLElement {
	const file = distFile(path.endsWith('.html') ? path : join(path, 'index.html'));
	if (!existsSync(file)) throw new Error(`no built page at ${relative(TEST_DIST, file)}`);
	return parse(readFileSync(file, 'utf8'));
}

/** Every file under dist/, as paths relative to it. */
export function distFiles(dir: string = TEST_DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? distFiles(full) : [relative(TEST_DIST, full)];
	});
}

/** Text as a reader sees it: tags removed, entities decoded, whitespace collapsed. */
export function textOf(element: HTMLElement): string {
	return element.text.replace(/\s+/g, ' ').trim();
}

/** What the first visit downloads: a page's HTML plus every stylesheet it links, each gzipped as a server sends it. */
export function pageGzipBytes(page: string): number {
	const gzip = (file: string) => gzipSync(readFileSync(distFile(file)), { level: 9 }).length;
	const stylesheets = readPage(page)
		.querySelectorAll('link[rel="stylesheet"]')
		.map((link) => link.getAttribute('href') ?? '');
	return gzip(page) + stylesheets.reduce((sum, href) => sum + gzip(href), 0);
}
