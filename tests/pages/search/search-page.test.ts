// @vitest-environment happy-dom
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { runSearchPage } from '../../../src/pages/search/_search-page';
import { SEARCH_MESSAGES } from '../../../src/pages/search/_search-messages';

/**
 * The search page's script over a stand-in Pagefind (tests/fixtures/pagefind-stand-in.mjs, named
 * by the form as the page names Pagefind's): what it is asked, and what it answers, set by each test.
 */
interface Page {
	url: string;
	title: string;
	text: string;
	section?: string;
	date?: string;
}
const fake = {
	pages: [] as Page[],
	asked: [] as { phrase: string; filters: Record<string, string> }[],
	filters: (async () => ({ 栏目: { 经济: 1, 政法: 2 }, 系列: { 'saohei-chu-e': 1 } })) as () => Promise<unknown>,
	init: async () => {},
	/** How long a search of a phrase takes, in ms. */
	delay: (_phrase: string) => 0,
	/** Which pages hold a phrase ("扫 黑" for 扫黑): by the page's text, with the phrase's spaces gone. */
	holds: (page: Page, phrase: string) => page.text.includes(phrase.replace(/^"|"$/g, '').replaceAll(' ', '')),
};
(globalThis as { pagefindStandIn?: typeof fake }).pagefindStandIn = fake;
// From the project's folder (vitest's own): under happy-dom, URL is the DOM's and import.meta.url paths do not resolve.
const MODULE = resolve('tests/fixtures/pagefind-stand-in.mjs');

// happy-dom has no Option constructor (every browser does): the one the page uses, made the DOM way.
vi.stubGlobal('Option', function Option(text: string, value: string) {
	const option = document.createElement('option');
	option.text = text;
	option.value = value;
	return option;
});

function searchPage(index = pathToFileURL(MODULE).href) {
	document.body.innerHTML = `
		<form class="search"><input type="search"><button type="submit">搜索</button>
			<select name="栏目"><option value="" selected>全部栏目</option></select>
			<select name="系列"><option value="" selected>全部系列</option></select>
		</form>
		<p class="search__status" role="status"></p><ol class="search__results"></ol>
		<button class="search__more" type="button" hidden>更多结果</button>`;
	const form = document.querySelector('form')!;
	form.dataset.index = index;
	form.dataset.base = '/news/';
	form.dataset.messages = JSON.stringify(SEARCH_MESSAGES);
	return form;
}
/**
 * Starts the page's script. A browser keeps a select on its first option (全部) when options are
 * added; happy-dom moves it to an added one, so each select is put back, as a reader sees it.
 */
async function start(form: HTMLFormElement) {
	await runSearchPage(form);
	for (const select of form.querySelectorAll('select')) select.value = '';
}
const $ = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const status = () => $('.search__status').textContent;
const results = () =>
	[...document.querySelectorAll('.search__results li')].map((item) => ({
		link: [item.querySelector('a')?.getAttribute('href'), item.querySelector('a')?.textContent],
		meta: item.querySelector('.search__meta')?.textContent,
		excerpt: item.querySelector('.search__excerpt')?.innerHTML,
	}));
/** Lets the page's promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
async function submit(form: HTMLFormElement, query: string) {
	form.querySelector('input')!.value = query;
	form.dispatchEvent(new Event('submit', { cancelable: true }));
	await settle();
}

const SEED: Page = {
	url: '/news/articles/saohei-zhengzhi-zhanwei/',
	title: '全市扫黑除恶专项斗争系列述评之政治站位篇',
	text: '乌兰察布市把扫黑除恶专项斗争作为重大政治任务。',
	section: '政法',
	date: '2019年7月1日',
};
const many = (count: number): Page[] =>
	Array.from({ length: count }, (_, index) => ({ url: `/news/articles/a${index}/`, title: `第${index}篇`, text: '扫黑除恶。' }));

beforeEach(() => {
	fake.pages = [SEED];
	fake.asked = [];
	history.replaceState(null, '', '/news/search/');
});
afterEach(() => {
	vi.useRealTimers();
	fake.filters = async () => ({ 栏目: { 经济: 1, 政法: 2 }, 系列: { 'saohei-chu-e': 1 } });
	fake.init = async () => {};
	fake.delay = () => 0;
});

describe('the search page', () => {
	test('a search: each match with its link, section and date, and its excerpt with the terms marked', async () => {
		const form = searchPage();
		await start(form);
		await submit(form, '扫黑除恶');
		expect(status()).toBe('找到 1 篇与“扫黑除恶”有关的文章');
		expect(results()).toEqual([
			{
				link: [SEED.url, SEED.title],
				meta: '政法 · 2019年7月1日',
				excerpt: '乌兰察布市把<mark>扫黑除恶</mark>专项斗争作为重大政治任务。',
			},
		]);
		expect(fake.asked).toEqual([{ phrase: '"扫 黑 除 恶"', filters: {} }]);
		expect(location.search).toBe('?q=%E6%89%AB%E9%BB%91%E9%99%A4%E6%81%B6');
		expect($('.search__more').hidden).toBe(true);
	});

	test('the address’s ?q= is searched at once, and put in the box', async () => {
		history.replaceState(null, '', '/news/search/?q=政治任务');
		const form = searchPage();
		await start(form);
		await settle();
		expect(form.querySelector('input')!.value).toBe('政治任务');
		expect(status()).toBe('找到 1 篇与“政治任务”有关的文章');
	});

	test('20 at a time: 更多结果 adds the next 20, moves the focus to the first new one, and goes when all are shown', async () => {
		fake.pages = many(45);
		const form = searchPage();
		await start(form);
		await submit(form, '扫黑');
		expect(status()).toBe('找到 45 篇与“扫黑”有关的文章，已显示 20 篇');
		expect(results()).toHaveLength(20);
		const more = $('.search__more');
		expect(more.hidden).toBe(false);
		more.click();
		await settle();
		expect(results()).toHaveLength(40);
		expect(document.activeElement?.getAttribute('href')).toBe('/news/articles/a20/');
		expect(status()).toBe('找到 45 篇与“扫黑”有关的文章，已显示 40 篇');
		more.click();
		await settle();
		expect(results().map((result) => result.link[0])).toEqual(fake.pages.map((page) => page.url));
		expect(status()).toBe('找到 45 篇与“扫黑”有关的文章');
		expect(more.hidden).toBe(true);
	});

	test('nothing found: says so, with no list and no button', async () => {
		const form = searchPage();
		await start(form);
		await submit(form, '不存在的词');
		expect(status()).toBe('没有找到与“不存在的词”有关的文章。换个关键词试试。');
		expect(results()).toEqual([]);
		expect($('.search__more').hidden).toBe(true);
	});

	test('an empty query clears the results, the status and the address', async () => {
		const form = searchPage();
		await start(form);
		await submit(form, '扫黑除恶');
		await submit(form, '   ');
		expect([status(), results(), location.search]).toEqual(['', [], '']);
		expect(fake.asked).toHaveLength(1);
	});

	test('the filters: each select lists the index’s values in order; a chosen one narrows the search', async () => {
		fake.pages = [SEED, { ...SEED, url: '/news/articles/other/', section: '经济' }];
		const form = searchPage();
		await start(form);
		const [sections, series] = [...form.querySelectorAll('select')];
		expect([...sections!.options].map((option) => option.value)).toEqual(['', '政法', '经济'].sort());
		expect([...series!.options].map((option) => option.value)).toEqual(['', 'saohei-chu-e']);
		sections!.value = '经济';
		form.querySelector('input')!.value = '扫黑';
		sections!.dispatchEvent(new Event('change'));
		await settle();
		expect(fake.asked.at(-1)).toEqual({ phrase: '"扫 黑"', filters: { 栏目: '经济' } });
		expect(results().map((result) => result.link[0])).toEqual(['/news/articles/other/']);
	});

	test('without the index’s filters, search still works and the selects keep their “all”', async () => {
		fake.filters = async () => {
			throw new Error('no filters');
		};
		const form = searchPage();
		await start(form);
		expect([...form.querySelectorAll('select')].map((select) => select.options.length)).toEqual([1, 1]);
		await submit(form, '扫黑除恶');
		expect(status()).toBe('找到 1 篇与“扫黑除恶”有关的文章');
	});

	test('Pagefind that will not load: the page says search is unavailable', async () => {
		fake.init = async () => {
			throw new Error('wasm blocked');
		};
		const form = searchPage();
		await start(form);
		expect(status()).toBe('搜索暂时无法使用，请稍后再试。');
		const missing = searchPage(pathToFileURL(join(tmpdir(), 'no-such-pagefind.mjs')).href);
		await start(missing);
		expect(status()).toBe('搜索暂时无法使用，请稍后再试。');
	});

	test('typing searches a quarter second after the last key, and only the last query’s results show', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const form = searchPage();
		const started = runSearchPage(form);
		await vi.runAllTimersAsync();
		await started;
		const input = form.querySelector('input')!;
		for (const query of ['扫', '扫黑', '扫黑除']) {
			input.value = query;
			input.dispatchEvent(new Event('input'));
			await vi.advanceTimersByTimeAsync(200);
		}
		expect(fake.asked).toEqual([]);
		await vi.advanceTimersByTimeAsync(50);
		await vi.runAllTimersAsync();
		expect(fake.asked.map((ask) => ask.phrase)).toEqual(['"扫 黑 除"']);
		expect(status()).toBe('找到 1 篇与“扫黑除”有关的文章');
	});

	test('a slow search overtaken by a newer one shows nothing of its own', async () => {
		fake.pages = [SEED, { ...SEED, url: '/news/articles/other/', text: '政治站位要高。' }];
		fake.delay = (phrase) => (phrase === '"扫 黑 除 恶"' ? 40 : 0);
		const form = searchPage();
		await start(form);
		const input = form.querySelector('input')!;
		input.value = '扫黑除恶';
		form.dispatchEvent(new Event('submit', { cancelable: true }));
		input.value = '政治站位';
		form.dispatchEvent(new Event('submit', { cancelable: true }));
		await settle();
		expect(results().map((result) => result.link[0])).toEqual(['/news/articles/other/']);
		expect(status()).toBe('找到 1 篇与“政治站位”有关的文章');
	});

	test('a result without a title is linked by its address; an excerpt cut short says so at both ends', async () => {
		const long = '前'.repeat(40) + '扫黑除恶' + '后'.repeat(100);
		fake.pages = [{ url: '/news/articles/untitled/', title: '', text: long }];
		const form = searchPage();
		await start(form);
		await submit(form, '扫黑除恶');
		const [result] = results();
		expect(result?.link).toEqual(['/news/articles/untitled/', '/news/articles/untitled/']);
		expect(result?.meta).toBeUndefined();
		expect(result?.excerpt).toMatch(/^……前+<mark>扫黑除恶<\/mark>后+……$/);
	});
});
