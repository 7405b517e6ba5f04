import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UNUSED_PAGEFIND_FILES } from '../../src/lib/site/search-index';
import { distFile } from '../helpers/dist';
import { TEST_DIST } from '../helpers/paths';
import { type SearchIndex, searchIndexOf } from '../helpers/search';

let search: SearchIndex;
beforeAll(async () => {
	search = await searchIndexOf(TEST_DIST);
});
afterAll(() => search?.close());

const found = (term: string) => search.found(term);

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
		expect(await search.filters()).toEqual({ 栏目: { 政法: 1 }, 系列: { 全市扫黑除恶专项斗争系列述评: 1 } });
	});
});
