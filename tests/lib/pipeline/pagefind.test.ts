import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { lineFile } from '../../../src/lib/files';
import pagefindIndex, { readState, type SearchState } from '../../../src/lib/pipeline/pagefind';
import { indexPage, searchDocument } from '../../../src/lib/site/search-index';

interface Hooks {
	'astro:config:setup': (options: unknown) => void;
	'astro:build:start': () => Promise<void>;
	'astro:build:done': (options: unknown) => Promise<void>;
}

const page = (text: string, series = '') =>
	`<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><p>${text}</p>${series ? `<a href="/series/${series}/">系列</a>` : ''}</article></body></html>`;

/** A project with articles (by id: text and series), built once as Astro drives the integration. */
function projectFolder(): string {
	const root = mkdtempSync(join(tmpdir(), 'pagefind-'));
	mkdirSync(join(root, 'src'));
	writeFileSync(join(root, 'src/a.ts'), 'export {};');
	mkdirSync(join(root, 'content/articles'), { recursive: true });
	return root;
}

function writeArticle(root: string, id: string, text: string, series?: string) {
	writeFileSync(
		join(root, `content/articles/${id}.mdx`),
		`---\ntitle: ${text}\n${series ? `series: ${series}\n` : ''}---\n\n${text}\n`,
	);
}

async function build(root: string, pages: Record<string, string>) {
	const integration = pagefindIndex('/', 'zh-CN');
	const hooks = integration.hooks as unknown as Hooks;
	const cacheDir = join(root, 'node_modules/.astro');
	hooks['astro:config:setup']({ config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`) } });
	await hooks['astro:build:start']();
	for (const [url, html] of Object.entries(pages)) indexPage(url, html);
	const dist = join(root, 'dist');
	mkdirSync(dist, { recursive: true });
	const logged: string[] = [];
	await hooks['astro:build:done']({
		dir: pathToFileURL(`${dist}/`),
		logger: { info: (message: string) => logged.push(message) },
	});
	const state = readState(join(cacheDir, 'search-index.json'))!;
	return { logged, state, name: integration.name, wasm: readFileSync(join(dist, 'pagefind/pagefind.js')).length };
}

const LOG =
	/^indexed (\d+) pages for search \((\d+) from the last build\): \d+ ms after the last page \(\d+ ms alongside the build\)$/;

describe('the search index integration: what a build indexed is kept for the next', () => {
	test('a first build indexes every page and keeps what it gave Pagefind, with each content file’s digest', async () => {
		const root = projectFolder();
		writeArticle(root, 'a', '甲篇正文');
		writeArticle(root, 'b', '乙篇正文', 's');
		const pages = { '/articles/a/': page('甲篇正文'), '/articles/b/': page('乙篇正文', 's') };
		const { logged, state, name, wasm } = await build(root, pages);
		expect(name).toBe('pagefind-index');
		expect(wasm).toBeGreaterThan(0);
		expect(LOG.exec(logged[0]!)?.slice(1)).toEqual(['2', '0']);
		expect(state.pages).toEqual([
			['/articles/a/', searchDocument(pages['/articles/a/'], 'zh-CN')],
			['/articles/b/', searchDocument(pages['/articles/b/'], 'zh-CN')],
		]);
		expect(Object.keys(state.content)).toEqual(['content/articles/a.mdx', 'content/articles/b.mdx']);
		expect(Object.values(state.content).every((digest) => /^[\w-]{43}$/.test(digest))).toBe(true);
		expect(state.fingerprint).toMatch(/^[0-9a-f]{64}$/);
		// The page log became the state: nothing is left beside it.
		expect(readdirSync(join(root, 'node_modules/.astro'))).toEqual(['search-index.json']);
	});

	test('the next build reuses the pages it expects unchanged: the series an article joins is not among them', async () => {
		const root = projectFolder();
		writeArticle(root, 'a', '甲篇正文');
		writeArticle(root, 'b', '乙篇正文', 's');
		writeArticle(root, 'c', '丙篇正文', 's');
		const pages = {
			'/articles/a/': page('甲篇正文'),
			'/articles/b/': page('乙篇正文', 's'),
			'/articles/c/': page('丙篇正文', 's'),
		};
		await build(root, pages);
		expect(LOG.exec((await build(root, pages)).logged[0]!)?.slice(1)).toEqual(['3', '3']);
		// d joins series s (its file names it): the pages linking to s are indexed again.
		writeArticle(root, 'd', '丁篇正文', 's');
		const next = await build(root, { ...pages, '/articles/d/': page('丁篇正文', 's') });
		expect(LOG.exec(next.logged[0]!)?.slice(1)).toEqual(['4', '1']);
		expect(next.state.pages.map(([url]) => url)).toEqual(['/articles/a/', '/articles/b/', '/articles/c/', '/articles/d/']);
	});

	test('a kept state that cannot be read is no state: every page is indexed', async () => {
		const root = projectFolder();
		writeArticle(root, 'a', '甲篇正文');
		const pages = { '/articles/a/': page('甲篇正文') };
		await build(root, pages);
		writeFileSync(join(root, 'node_modules/.astro/search-index.json'), '{"fingerprint":');
		expect(LOG.exec((await build(root, pages)).logged[0]!)?.slice(1)).toEqual(['1', '0']);
	});

	test('the log line times the work after the last page and the whole of it, in whole milliseconds', async () => {
		const root = projectFolder();
		writeArticle(root, 'a', '甲篇正文');
		// The build starts at 1000 ms, its last page is rendered at 5000 ms, the index is written at 5250.4 ms.
		const clock = vi.spyOn(performance, 'now').mockReturnValueOnce(1000).mockReturnValueOnce(5000).mockReturnValueOnce(5250.4);
		try {
			const { logged } = await build(root, { '/articles/a/': page('甲篇正文') });
			expect(logged).toEqual([
				'indexed 1 pages for search (0 from the last build): 250 ms after the last page (4250 ms alongside the build)',
			]);
		} finally {
			clock.mockRestore();
		}
	});
});

describe('the kept state on disk', () => {
	const path = () => join(mkdtempSync(join(tmpdir(), 'search-state-')), 'cache', 'search-index.json');
	const state = (count: number): SearchState => ({
		fingerprint: 'code',
		content: { 'content/articles/a.mdx': 'digest' },
		// Text with what a line-per-page file must survive: line breaks, quotes, backslashes.
		pages: Array.from({ length: count }, (_, index) => [`/articles/${index}/`, `<p>第${index}篇\n"引号"\\</p>\u2028`]),
	});

	/** The state as a build leaves it: the session's page log (search-index.ts), renamed. */
	const writeState = (file: string, { fingerprint, content, pages }: SearchState) => {
		mkdirSync(join(file, '..'), { recursive: true });
		const log = lineFile(file, JSON.stringify({ fingerprint, content }));
		for (const page of pages) log.add(JSON.stringify(page));
		log.close();
	};

	test('written and read back the same, over several writes of pages', () => {
		const file = path();
		writeState(file, state(600));
		expect(readState(file)).toEqual(state(600));
		expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(602);
		writeState(file, state(0));
		expect(readState(file)).toEqual(state(0));
	});

	test('a file cut short, of the old one-object format, or missing is no state', () => {
		const file = path();
		writeState(file, state(3));
		const text = readFileSync(file, 'utf8');
		writeFileSync(file, text.slice(0, -5));
		expect(readState(file)).toBeUndefined();
		writeFileSync(file, text.slice(0, -1));
		expect(readState(file)).toBeUndefined();
		writeFileSync(file, JSON.stringify(state(3)));
		expect(readState(file)).toBeUndefined();
		expect(readState(join(file, '..', 'none.json'))).toBeUndefined();
	});
});
