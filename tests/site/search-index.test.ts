import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UNUSED_PAGEFIND_FILES } from '../../src/lib/site/search-index';
import { distFile } from '../helpers/dist';
import { TEST_DIST } from '../helpers/paths';
import { serveStatic } from '../helpers/static-server';

interface Pagefind {
	options(options: { basePath: string }): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** The index Pagefind wrote into the build, searched with Pagefind's own client over HTTP, in Node. */
let pagefind: Pagefind;
let close: () => void;

beforeAll(async () => {
	const { url, server } = await serveStatic(TEST_DIST);
	close = () => server.close();
	pagefind = (await import(/* @vite-ignore */ distFile('pagefind/pagefind.js'))) as Pagefind;
	await pagefind.options({ basePath: `${url}/pagefind/` });
	await pagefind.init();
});

afterAll(() => close?.());

const found = async (term: string) =>
	Promise.all((await pagefind.search(term)).results.map(async (result) => new URL((await result.data()).url).pathname));

describe('search (Pagefind 1.4, pinned: 1.5 recalls Chinese worse)', () => {
	test.each(['政治站位', '扫黑除恶', '乌兰察布', '杜学军'])('%s finds the article', async (term) => {
		expect(await found(term)).toEqual(['/articles/saohei-zhengzhi-zhanwei/']);
	});

	test.each(['江南研学', '樊瑞', '夏令营'])('ad-only text (%s) finds no article', async (term) => {
		expect(await found(term)).toEqual([]);
	});

	test('only what the search page loads is deployed: none of Pagefind’s ready-made interfaces', () => {
		const files = readdirSync(distFile('pagefind'));
		expect(files).toContain('pagefind.js');
		for (const unused of UNUSED_PAGEFIND_FILES) expect(files).not.toContain(unused);
	});

	test('articles can be filtered by section and series', async () => {
		expect(await pagefind.filters()).toEqual({ 栏目: { 政法: 1 }, 系列: { 全市扫黑除恶专项斗争系列述评: 1 } });
	});
});
