/**
 * The build's search index, fed page by page while Astro renders (by src/middleware.ts), so
 * Pagefind's own process indexes on the second core instead of reading the finished site
 * afterwards. The integration opens a session when a build starts and writes the index when it
 * ends; the middleware (bundled separately by Vite) finds the session on globalThis.
 *
 * Pagefind is handed only the part of a page it indexes (the element marked data-pagefind-body),
 * which gives the same index faster, and lets a build reuse work: the pages the last build indexed
 * that are expected to be unchanged are handed over as soon as the build starts, while Vite still
 * bundles (the incremental build renders few pages, so there would be little to index beside).
 * When the build ends, every page handed over early must be exactly what the build produced, or
 * the index is made again from the produced pages alone. Pages the incremental build copied from
 * its cache were not rendered, so they are read from the output.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { SITE } from '../../site.config';
import { backgroundWriter, filesUnder, type LineFile, lineFile, openFilesOfChildren } from '../files';
import { BLOCK_BREAK, indexedText } from './search-words';

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

/** A page as Pagefind is given it: site path and document. */
export type IndexedPage = [url: string, document: string];

/** The site's markup in pieces: comments, tags (a tag ends at the first > outside quotes) and text. */
const MARKUP = /<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;
const VOID_ELEMENTS = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);
/** Blocks of text an excerpt sets apart (search-words.ts BLOCK_BREAK); headings Pagefind marks itself. */
const TEXT_BLOCKS = new Set(['p', 'li', 'figcaption', 'blockquote', 'dt', 'dd', 'td', 'th']);
/** Elements whose text Pagefind takes as a value (a filter, a meta field) or leaves out: kept as written. */
const AS_WRITTEN = /^data-pagefind-(?:ignore|filter|meta|sort)$/;
/** A tag that could carry one of Pagefind's attributes: only such a tag's attributes are read. */
const MAY_MARK = /data-pagefind-/i;

const TAG_NAME = /^<\/?\s*([a-zA-Z][^\s/>]*)/;
const tagName = (tag: string) => TAG_NAME.exec(tag)?.[1]?.toLowerCase() ?? '';

/** One attribute, its value skipped whole: text inside a value is never read as an attribute. */
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?/gy;

/**
 * The names of a tag's attributes, lower-cased, read one after another from the tag's name on.
 * An editor's summary holding the words data-pagefind-body sits in a meta tag's content value:
 * a name, not a value, is what marks the element Pagefind indexes.
 */
export function attributeNames(tag: string): string[] {
	const name = TAG_NAME.exec(tag);
	if (!name) return [];
	ATTRIBUTE.lastIndex = name[0].length;
	return [...tag.matchAll(ATTRIBUTE)].map((attribute) => attribute[1]!.toLowerCase());
}

/**
 * The document Pagefind indexes for a page: the element carrying data-pagefind-body, whole, in a
 * bare document, its text cut into search's words (search-words.ts); undefined for a page without
 * one (it is not searchable). The markup is the site's own, so the element ends at the closing tag
 * that balances it.
 */
export function searchDocument(html: string, lang: string): string | undefined {
	let body: string | undefined;
	/** The elements open inside the page's body element, that element first. */
	const open: string[] = [];
	/** How deep the element keeping its text as written was opened, or -1. */
	let asWritten = -1;
	let last = '';
	for (const [piece] of html.matchAll(MARKUP)) {
		if (body === undefined) {
			if (piece.startsWith('<') && MAY_MARK.test(piece) && attributeNames(piece).includes('data-pagefind-body')) {
				body = piece;
				open.push(tagName(piece));
			}
			continue;
		}
		if (piece.startsWith('</')) {
			const name = tagName(piece);
			const at = open.lastIndexOf(name);
			if (at >= 0) open.length = at;
			if (asWritten >= open.length) asWritten = -1;
			body += piece;
			if (asWritten < 0 && TEXT_BLOCKS.has(name) && last !== '') {
				body += ` ${BLOCK_BREAK} `;
				last = '';
			}
			if (open.length === 0) return `<!doctype html><html lang="${lang}"><body>${body}</body></html>`;
		} else if (piece.length > 1 && piece.startsWith('<') && !piece.startsWith('<!--')) {
			const name = tagName(piece);
			if (!VOID_ELEMENTS.has(name) && !piece.endsWith('/>')) {
				if (asWritten < 0 && MAY_MARK.test(piece) && attributeNames(piece).some((attribute) => AS_WRITTEN.test(attribute)))
					asWritten = open.length;
				open.push(name);
			}
			body += piece;
		} else if (asWritten >= 0 || piece.startsWith('<')) {
			body += piece;
		} else {
			const indexed = indexedText(piece, last);
			body += indexed.text;
			last = indexed.last;
		}
	}
	return undefined;
}

interface Session {
	basePath: string;
	lang: string;
	index: pagefind.PagefindIndex;
	pending: Promise<unknown>[];
	errors: string[];
	/**
	 * The pages handed to Pagefind, in order, a line each in a file: at 10,000 articles their text
	 * is some 200 MB, which the build need not hold while it renders.
	 */
	log: LineFile;
	/** How many pages were handed to Pagefind. */
	handed: number;
	/** The pages handed over at the start, from the last build: each one's digest, by site path. */
	early: ReadonlyMap<string, string>;
	/** Every page the build rendered or read, by site path: none is read back from the output. */
	seen: Set<string>;
	/** Pages the build produced with something to index: each one's digest, by site path. */
	produced: Map<string, string>;
	/** The documents of pages handed over early that came out otherwise (the index is then made again). */
	changed: Map<string, string>;
}

const KEY = Symbol.for('ulanqab-news.search-index');
type Store = { [KEY]?: Session | undefined };

async function createIndex(): Promise<pagefind.PagefindIndex> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE.lang.toLowerCase() });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	return index;
}

const digest = (document: string) => createHash('sha256').update(document).digest('base64url');

function hand(session: Session, page: IndexedPage): void {
	const [url, document] = page;
	session.log.add(JSON.stringify(page));
	session.handed++;
	session.pending.push(
		session.index.addHTMLFile({ url, content: document }).then((response) => session.errors.push(...response.errors)),
	);
}

/** Where the build writes what it hands Pagefind: a file whose first line is the caller's, then a page a line. */
export interface PageLog {
	path: string;
	first: string;
}

/**
 * Opens the build's index and hands it `early`: pages of the last build expected to come out of
 * this one unchanged (pipeline/pagefind.ts decides which). Every page handed to Pagefind is
 * written to `log`, after its first line, as JSON ([url, document]).
 */
export async function openSearchIndex(
	basePath: string,
	lang: string,
	early: readonly IndexedPage[],
	log: PageLog,
): Promise<void> {
	const session: Session = {
		basePath,
		lang,
		index: await createIndex(),
		pending: [],
		errors: [],
		log: lineFile(log.path, log.first),
		handed: 0,
		early: new Map(early.map(([url, document]) => [url, digest(document)])),
		seen: new Set(),
		produced: new Map(),
		changed: new Map(),
	};
	for (const page of early) hand(session, page);
	(globalThis as Store)[KEY] = session;
}

function produce(session: Session, url: string, html: string): void {
	if (session.seen.has(url)) return;
	session.seen.add(url);
	const document = searchDocument(html, session.lang);
	if (document === undefined) return;
	const made = digest(document);
	session.produced.set(url, made);
	// A page handed over early is checked when the build ends; any other goes to Pagefind now.
	const expected = session.early.get(url);
	if (expected === undefined) hand(session, [url, document]);
	else if (expected !== made) session.changed.set(url, document);
}

/** Hands a rendered page to the index, when a build is indexing; returns at once. */
export function indexPage(pathname: string, html: string): void {
	const session = (globalThis as Store)[KEY];
	if (session) produce(session, `/${pathname.slice(session.basePath.length)}`, html);
}

/** The HTML files under `dir` by site path, `articles/x/index.html` as /articles/x/, with their file paths. */
const htmlPages = (dir: string): [string, string][] =>
	filesUnder(dir)
		.filter((name) => name.endsWith('.html'))
		.map((name) => [`/${name}`.replace(/(^|\/)index\.html$/, '$1'), join(dir, name)]);

/** Pagefind's own process, as its package starts it. */
const PAGEFIND_SERVICE = /pagefind[^/\0]*\0--service/;

/**
 * Waits until Pagefind's process holds no file under `dir` open: Pagefind answers a write of its
 * files before the last of them has landed (it does not flush them, pagefind/src/output/mod.rs),
 * and closing it then would cut those files short. False where this cannot be seen (no /proc).
 */
async function pagefindWritesLanded(dir: string, openFiles = openFilesOfChildren): Promise<boolean> {
	const started = Date.now();
	for (;;) {
		const open = openFiles(PAGEFIND_SERVICE, dir);
		if (open === undefined) return false;
		if (open.length === 0) return true;
		if (Date.now() - started > 60_000) throw new Error(`Pagefind: ${open.length} files still being written after a minute`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/**
 * Writes an index's files into `outputPath` (less the interfaces the site does not deploy) and
 * returns Pagefind's errors. Pagefind writes them itself, and the build waits until they have
 * landed: taking them in memory instead (getFiles) held the whole index some six times over at the
 * end of the build, when memory is at its peak (115 MB at 3,000 articles, a gigabyte at 30,000).
 * Where the wait cannot be seen, the files are taken in memory and written here, side by side.
 */
export async function writePagefindFiles(
	index: pagefind.PagefindIndex,
	outputPath: string,
	openFiles = openFilesOfChildren,
): Promise<string[]> {
	mkdirSync(outputPath, { recursive: true });
	if (openFiles(PAGEFIND_SERVICE, outputPath) !== undefined) {
		const { errors } = await index.writeFiles({ outputPath });
		if (await pagefindWritesLanded(outputPath, openFiles)) {
			for (const unused of UNUSED_PAGEFIND_FILES) rmSync(join(outputPath, unused), { force: true });
			return errors;
		}
	}
	const { files, errors } = await index.getFiles();
	const kept = files.filter((file) => !UNUSED_PAGEFIND_FILES.includes(file.path));
	for (const folder of new Set(kept.map((file) => dirname(join(outputPath, file.path))))) mkdirSync(folder, { recursive: true });
	// In the background, side by side: a thousand fragments written one after another held up
	// the end of the build for a second (most of it opening files).
	const writer = backgroundWriter();
	for (const file of kept) writer.write(join(outputPath, file.path), file.content);
	await writer.done();
	return errors;
}

export interface WrittenIndex {
	/** How many pages were indexed: the lines after the first in the page log. */
	pages: number;
	/** How many pages handed over early were kept; 0 when the index had to be made again. */
	reused: number;
}

/**
 * Reads the pages in `siteDir` the build did not render (copied from the incremental cache),
 * checks the pages handed over early against what the build produced (made again from the
 * produced pages when one differs or is gone), writes the index into `outputPath`, closes Pagefind
 * and the page log.
 */
export async function writeSearchIndex(siteDir: string, outputPath: string): Promise<WrittenIndex> {
	const session = (globalThis as Store)[KEY];
	if (!session) throw new Error('writeSearchIndex: no search index was opened for this build');
	(globalThis as Store)[KEY] = undefined;
	try {
		for (const [url, path] of htmlPages(siteDir)) if (!session.seen.has(url)) produce(session, url, readFileSync(path, 'utf8'));
		const kept = [...session.early].every(([url, made]) => session.produced.get(url) === made);
		if (!kept) {
			// Every produced page's document is in the log (handed when produced, or early and the
			// same) or among the changed ones.
			const logged = new Map<string, string>();
			for (const line of session.log.added()) {
				const [url, document] = JSON.parse(line) as IndexedPage;
				if (session.produced.has(url) && !session.changed.has(url)) logged.set(url, document);
			}
			await Promise.all(session.pending);
			await session.index.deleteIndex();
			session.log.restart();
			Object.assign(session, { index: await createIndex(), pending: [], errors: [], handed: 0 });
			for (const url of [...session.produced.keys()].sort((a, b) => a.localeCompare(b)))
				hand(session, [url, session.changed.get(url) ?? logged.get(url)!]);
		}
		await Promise.all(session.pending);
		const writeErrors = await writePagefindFiles(session.index, outputPath);
		await pagefind.close();
		const errors = [...session.errors, ...writeErrors];
		if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
		return { pages: session.handed, reused: kept ? session.early.size : 0 };
	} finally {
		session.log.close();
	}
}
