import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exactMatches, type PagefindSearch } from '../../src/lib/site/search-words';
import { serveStatic } from './static-server';

interface Pagefind extends PagefindSearch<{ id: string; data(): Promise<{ url: string }> }> {
	options(options: { basePath: string }): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchIndex {
	/** The site paths the search page finds for `query` (exact matches, newest first). */
	found(query: string, filters?: Record<string, string>): Promise<string[]>;
	filters(): Promise<Record<string, Record<string, number>>>;
	close(): void;
}

let loaded = 0;

/** The index Pagefind wrote into a build, searched with Pagefind's own client over HTTP, in Node. */
export async function searchIndexOf(dist: string): Promise<SearchIndex> {
	const { url, server } = await serveStatic(dist);
	// Each build's client afresh: the module keeps the index it first loaded.
	const client = pathToFileURL(join(dist, 'pagefind/pagefind.js'));
	client.searchParams.set('load', String(++loaded));
	const pagefind = (await import(/* @vite-ignore */ client.href)) as Pagefind;
	await pagefind.options({ basePath: `${url}/pagefind/` });
	await pagefind.init();
	return {
		found: async (query, filters) =>
			Promise.all(
				(await exactMatches(pagefind, query, filters)).map(async (result) => new URL((await result.data()).url).pathname),
			),
		filters: () => pagefind.filters(),
		close: () => server.close(),
	};
}
