import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from './static-server';

interface Pagefind {
	options(options: { basePath: string }): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

export interface SearchIndex {
	/** The site paths a search for `term` finds, best first. */
	found(term: string): Promise<string[]>;
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
		found: async (term) =>
			Promise.all((await pagefind.search(term)).results.map(async (result) => new URL((await result.data()).url).pathname)),
		filters: () => pagefind.filters(),
		close: () => server.close(),
	};
}
