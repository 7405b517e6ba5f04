import { createHash } from 'node:crypto';
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

/** Every file of a build (the test build unless `root` names another), as paths relative to it. */
export function distFiles(root: string = TEST_DIST): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const full = join(dir, name);
			return statSync(full).isDirectory() ? walk(full) : [relative(root, full)];
		});
	return walk(root);
}

/** The web editor's folder: its files are no reader's (tests/site/web-editor.test.ts checks them on their own). */
export const EDITOR_FOLDER = 'admin/';

/** Every file of a build a reader's page may load: all but the web editor's. */
export const readerFiles = (root: string = TEST_DIST): string[] =>
	distFiles(root).filter((path) => !path.startsWith(EDITOR_FOLDER));

/** Every page of a build readers can reach: every .html file but the web editor's. */
export const readerPages = (root: string = TEST_DIST): string[] => readerFiles(root).filter((path) => path.endsWith('.html'));

/** Every file of the build at `root` with the SHA-256 of its bytes, by path: to compare two builds. */
export function fileHashes(root: string, only: (path: string) => boolean = () => true): Map<string, string> {
	return new Map(
		distFiles(root)
			.filter(only)
			.map((path) => [
				path,
				createHash('sha256')
					.update(readFileSync(join(root, path)))
					.digest('hex'),
			]),
	);
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
