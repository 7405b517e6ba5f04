/**
 * Builds the Pagefind search index into <outDir>/pagefind/. Pages are indexed as they are
 * rendered (src/middleware.ts hands them over), so the work runs beside the build rather than
 * after it. Only article bodies are indexed (pages mark them with data-pagefind-body; ads and
 * navigation carry data-pagefind-ignore), so search finds news and never ad copy.
 *
 * What was indexed is kept in `<cacheDir>/search-index.json` with a digest of every content
 * file, so the next build can hand Pagefind at once the pages it expects unchanged
 * (`expectedUnchanged`); lib/site/search-index.ts checks the guess against the pages produced.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentFolder } from '../content/content-folder';
import { readLines } from '../files';
import { PICTURE_FILE } from '../content/pictures';
import { readSource } from '../content/source';
import { type IndexedPage, openSearchIndex, writeSearchIndex } from '../site/search-index';
import { ROUTES } from '../site/urls';
import { buildFingerprint } from './fingerprint';

export interface SearchState {
	fingerprint: string;
	/** Digest of each file under content/, by path. */
	content: Record<string, string>;
	/** What Pagefind was given, in order. */
	pages: IndexedPage[];
}

const ARTICLE = /^content\/articles\/([^/]+)\.mdx$/;
const seriesLinks = (document: string) => [...document.matchAll(/\/series\/([^/"]+)\//g)].map((match) => match[1]!);

/**
 * The pages of the last build expected to be indexed unchanged: none after a change of code or
 * of anything but articles and pictures (sections, series and promos show inside articles);
 * otherwise every page but those of the changed articles, those linking to one of them, and those
 * of the series a changed article was or is in (a new installment changes its neighbours).
 * `seriesOf` reads the series an article's file names now. A wrong guess costs time, not
 * correctness: search-index.ts indexes again when a page differs.
 */
export function expectedUnchanged(
	previous: SearchState | undefined,
	fingerprint: string,
	content: Readonly<Record<string, string>>,
	seriesOf: (path: string) => string | undefined,
): IndexedPage[] {
	if (!previous || previous.fingerprint !== fingerprint) return [];
	const changed = [...new Set([...Object.keys(previous.content), ...Object.keys(content)])].filter(
		(path) => previous.content[path] !== content[path],
	);
	if (changed.some((path) => !ARTICLE.test(path) && !PICTURE_FILE.test(path))) return [];
	// The changed articles' pages (a page links one by its path, after any base path).
	// Stryker disable next-line ArrayDeclaration: an article id that no file has names no page
	const articlePages = changed.flatMap((path) => ARTICLE.exec(path)?.[1] ?? []).map(ROUTES.article);
	// The series a changed article is in now (a removed one's file is not read), and was in before.
	const series = new Set(
		// Stryker disable next-line ArrayDeclaration: a series id that no file has names no page
		changed.flatMap((path) => (content[path] !== undefined ? (seriesOf(path) ?? []) : [])),
	);
	for (const [url, document] of previous.pages)
		if (articlePages.includes(url)) for (const id of seriesLinks(document)) series.add(id);
	return previous.pages.filter(
		([url, document]) =>
			!articlePages.includes(url) &&
			!articlePages.some((page) => document.includes(page)) &&
			!seriesLinks(document).some((id) => series.has(id)),
	);
}

/**
 * The kept state, as the last build left it: a first line of its fingerprint and digests, then a
 * page a line (search-index.ts writes them as it hands them to Pagefind). Undefined when there is
 * none or it cannot be read (a build stopped midway, another format): the next build then indexes
 * every page.
 */
export function readState(path: string): SearchState | undefined {
	try {
		const lines = readLines(path);
		const { fingerprint, content } = JSON.parse(lines.next().value ?? '') as Omit<SearchState, 'pages'>;
		if (typeof fingerprint !== 'string' || typeof content !== 'object' || content === null) return undefined;
		return { fingerprint, content, pages: Array.from(lines, (line) => JSON.parse(line) as IndexedPage) };
	} catch {
		return undefined;
	}
}

export default function pagefindIndex(basePath: string, lang: string): AstroIntegration {
	let started = 0;
	// Stryker disable StringLiteral: set by the hooks before any reads them (config:setup, build:start)
	let root = '';
	let statePath = '';
	// Stryker restore StringLiteral
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
				statePath = join(fileURLToPath(config.cacheDir), 'search-index.json');
			},
			'astro:build:start': async () => {
				started = performance.now();
				const content = Object.fromEntries(
					readContentFolder(root).files.map((file) => [file.path, createHash('sha256').update(file.bytes).digest('base64url')]),
				);
				const fingerprint = buildFingerprint(root);
				const seriesOf = (path: string) => {
					const data = readSource({ path, bytes: readFileSync(join(root, path)) }).source?.yaml.data as
						{ series?: unknown } | undefined;
					return typeof data?.series === 'string' ? data.series : undefined;
				};
				mkdirSync(dirname(statePath), { recursive: true });
				await openSearchIndex(basePath, lang, expectedUnchanged(readState(statePath), fingerprint, content, seriesOf), {
					path: `${statePath}.partial`,
					first: JSON.stringify({ fingerprint, content }),
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const finishing = performance.now();
				const { pages, reused } = await writeSearchIndex(
					fileURLToPath(dir),
					fileURLToPath(new URL(ROUTES.searchIndex().slice(1), dir)),
				);
				// The page log, whole, is the next build's state.
				renameSync(`${statePath}.partial`, statePath);
				const now = performance.now();
				logger.info(
					`indexed ${pages} pages for search (${reused} from the last build): ${Math.round(now - finishing)} ms after the last page (${Math.round(now - started)} ms alongside the build)`,
				);
			},
		},
	};
}
