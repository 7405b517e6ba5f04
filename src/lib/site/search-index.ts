/**
 * The build's search index, fed page by page while Astro renders (by src/middleware.ts), so
 * Pagefind's own process indexes on the second core instead of reading the finished site
 * afterwards. The integration opens a session when a build starts and writes the index when it
 * ends; the middleware (bundled separately by Vite) finds the session on globalThis.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Pagefind's ready-made interfaces, which the search page does not load (it has its own, in
 * pages/search/): not deployed. One of them was seen to differ between two builds of the same
 * content under load, so keeping them would also make a warm build's output differ from a cold one's.
 */
export const UNUSED_PAGEFIND_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-highlight.js',
];

interface Session {
	index: pagefind.PagefindIndex;
	basePath: string;
	pending: Promise<unknown>[];
	errors: string[];
	pages: number;
}

const KEY = Symbol.for('ulanqab-news.search-index');
type Store = { [KEY]?: Session | undefined };

export async function openSearchIndex(basePath: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	(globalThis as Store)[KEY] = { index, basePath, pending: [], errors: [], pages: 0 };
}

/** Hands a rendered page to the index, when a build is indexing; returns at once. */
export function indexPage(pathname: string, html: string): void {
	const session = (globalThis as Store)[KEY];
	if (!session || !html.includes('data-pagefind-body')) return;
	session.pages++;
	const url = `/${pathname.slice(session.basePath.length)}`;
	session.pending.push(
		session.index.addHTMLFile({ url, content: html }).then((response) => session.errors.push(...response.errors)),
	);
}

/** Waits for every page, writes the index into `outputPath`, and closes Pagefind. */
export async function writeSearchIndex(outputPath: string): Promise<number> {
	const session = (globalThis as Store)[KEY];
	if (!session) throw new Error('writeSearchIndex: no search index was opened for this build');
	(globalThis as Store)[KEY] = undefined;
	await Promise.all(session.pending);
	const written = await session.index.writeFiles({ outputPath });
	await pagefind.close();
	for (const file of UNUSED_PAGEFIND_FILES) rmSync(join(outputPath, file), { force: true });
	const errors = [...session.errors, ...written.errors];
	if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
	return session.pages;
}
