import { describe, expect, test } from 'vitest';
import {
	BLOCK_BREAK,
	displayedText,
	exactMatches,
	exactPhrase,
	indexedText,
	KEPT_SPACE,
	type PagefindSearch,
	queryTerms,
	queryWords,
	SEARCH_SORT,
	WORD_BREAK,
} from '../../../src/lib/site/search-words';

/** The invisible marks made visible: | a word break, _ a space of the page's own kept. */
const visible = (text: string) => text.replaceAll(WORD_BREAK, '|').replaceAll(KEPT_SPACE, '_');
/** What Pagefind's index gives back as a page's text: its words, one space between. */
const asPagefind = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('indexedText: the page cut into words', () => {
	test.each([
		['扫黑除恶', '扫|黑|除|恶'],
		['扫黑，除恶。', '扫|黑，|除|恶。'],
		['讲“政治站位”', '讲“|政|治|站|位”'],
		['电话133 0474 3215', '电|话|133 0474 3215'],
		['G6高速和5G网络', 'G6|高|速|和|5G|网|络'],
		['Astro 框架', 'Astro_ 框|架'],
		['突出政治站位 及早', '突|出|政|治|站|位_ 及|早'],
		['Ulanqab, Inner Mongolia', 'Ulanqab, Inner Mongolia'],
		['2018年1月25日', '2018|年|1|月|25|日'],
		['市&amp;县', '市&amp;|县'],
	])('%s → %s', (text, indexed) => {
		expect(visible(indexedText(text).text)).toBe(indexed);
	});

	test('a piece carries on from the one before it (text between tags)', () => {
		const first = indexedText('全市');
		expect(first.last).toBe('市');
		expect(visible(indexedText('扫黑', first.last).text)).toBe('|扫|黑');
		expect(visible(indexedText('ABC', 'x').text)).toBe('ABC');
	});

	test('a space at the end of a piece is kept after Han, and a piece of space alone is left as it is', () => {
		expect(visible(indexedText('重点 ').text)).toBe('重|点_ ');
		expect(indexedText('\n\t', '点')).toEqual({ text: '\n\t', last: ' ' });
		expect(visible(indexedText('后文', ' ').text)).toBe('后|文');
	});
});

describe('displayedText: the page again, from what Pagefind gives back', () => {
	test.each([
		'全市扫黑除恶专项斗争系列述评之政治站位篇',
		'突出政治站位 及早谋划部署',
		'扫黑，除恶务尽。讲“政治站位”。',
		'电话133 0474 3215，G6高速和5G网络。',
		'第3篇ABC公司Astro 框架、Ulanqab 与重点 后文',
		'Ulanqab, Inner Mongolia 2019',
		'2018年1月25日，也就是前10天。',
	])('%s', (text) => {
		expect(displayedText(asPagefind(indexedText(text).text))).toBe(text);
	});

	test.each(['全市扫黑除恶专项斗争系列述评之政治站位篇', '突出政治站位 及早谋划部署', 'Astro 7 发布'])(
		'a meta field, as indexed: %s',
		(title) => {
			expect(displayedText(indexedText(title).text)).toBe(title);
		},
	);

	test('across pieces of a page, as a heading and the paragraph after it', () => {
		const heading = indexedText('突出政治站位 及早');
		const paragraph = indexedText(' 乌兰察布', heading.last);
		expect(displayedText(asPagefind(heading.text + paragraph.text))).toBe('突出政治站位 及早 乌兰察布');
	});

	test('blocks of the page (a caption, then a paragraph) set apart by an ideographic space, never run together', () => {
		const caption = indexedText('乌兰哈达3号火山');
		const paragraph = indexedText('7月3日上午');
		const joined = `${caption.text} ${BLOCK_BREAK} ${BLOCK_BREAK} ${paragraph.text}`;
		expect(displayedText(asPagefind(joined))).toBe('乌兰哈达3号火山\u30007月3日上午');
	});
});

describe('the query', () => {
	test.each([
		['政治站位', ['政', '治', '站', '位']],
		['扫黑，除恶', ['扫', '黑', '除', '恶']],
		['“政治站位”', ['政', '治', '站', '位']],
		['G6高速', ['g6', '高', '速']],
		['ABC公司', ['abc', '公', '司']],
		['133 0474', ['133', '0474']],
		['，。、', []],
	])('queryWords(%s)', (query, words) => {
		expect(queryWords(query)).toEqual(words);
	});

	test.each([
		['政治站位', ['政治站位']],
		['  扫黑除恶   乌兰察布 ', ['扫黑除恶', '乌兰察布']],
		['ＡＢＣ　１２３', ['abc', '123']],
		['扫黑 扫黑', ['扫黑']],
		['协调，推动', ['协调', '推动']],
		['“政治站位”。', ['政治站位']],
	])('queryTerms(%s)', (query, terms) => {
		expect(queryTerms(query)).toEqual(terms);
	});

	test('a term becomes a quoted phrase of its words; punctuation alone becomes nothing', () => {
		expect(exactPhrase('乌兰察布')).toBe('"乌 兰 察 布"');
		expect(exactPhrase('Ｇ６高速')).toBe('"g6 高 速"');
		expect(exactPhrase('“”')).toBe('');
	});
});

describe('exactMatches', () => {
	/** Pagefind's search, answering from a table of phrase → page ids, and noting what it was asked. */
	function fakePagefind(found: Record<string, string[]>) {
		const asked: { term: string; options: unknown }[] = [];
		const pagefind: PagefindSearch<{ id: string }> = {
			search: async (term, options) => {
				asked.push({ term, options });
				return { results: (found[term] ?? []).map((id) => ({ id })) };
			},
		};
		return { pagefind, asked };
	}

	test('one exact search per term, newest first, with the filters; kept where all terms agree, in the first term’s order', async () => {
		const { pagefind, asked } = fakePagefind({ '"扫 黑"': ['c', 'a', 'b', 'd'], '"乌 兰"': ['d', 'b', 'x'] });
		const matches = await exactMatches(pagefind, '扫黑 乌兰', { 栏目: '政法' });
		expect(matches.map((match) => match.id)).toEqual(['b', 'd']);
		expect(asked).toEqual([
			{ term: '"扫 黑"', options: { filters: { 栏目: '政法' }, sort: { [SEARCH_SORT]: 'desc' } } },
			{ term: '"乌 兰"', options: { filters: { 栏目: '政法' }, sort: { [SEARCH_SORT]: 'desc' } } },
		]);
	});

	test('a single term gives every page Pagefind found for it, in its order', async () => {
		const { pagefind } = fakePagefind({ '"政 治"': ['b', 'a', 'c'] });
		expect((await exactMatches(pagefind, '政治')).map((match) => match.id)).toEqual(['b', 'a', 'c']);
	});

	test('a query of punctuation or space alone asks nothing and finds nothing', async () => {
		const { pagefind, asked } = fakePagefind({});
		expect(await exactMatches(pagefind, ' ，。 ')).toEqual([]);
		expect(await exactMatches(pagefind, '＋')).toEqual([]);
		expect(asked).toEqual([]);
	});
});
