import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeLineBreaks, splitTail, wordChunks } from '../../../src/lib/site/line-breaks';

describe('wordChunks: where a headline, kicker or label may break', () => {
	test.each([
		// The house words keep the campaign's name whole; 之 and 篇 stay with the word before them.
		['全市扫黑除恶专项斗争系列述评之政治站位篇', ['全市', '扫黑除恶', '专项斗争', '系列', '述评之', '政治', '站位篇']],
		// Digits join the measure word after them; a lone 市 joins its place name.
		['乌兰察布市创业孵化园4号楼203室', ['乌兰察布市', '创业', '孵化园', '4号楼', '203室']],
		// Opening marks join the next word, closing marks the word before.
		['《内蒙古晨报》携手《绍兴日报》全情打造！', ['《内蒙古', '晨报》', '携手', '《绍兴', '日报》全情', '打造！']],
		['报名方式（微信同号）', ['报名', '方式', '（微信同号）']],
		// A space ends the piece before it: the printed subhead's two phrases.
		['强化督导检查 狠抓整改落实', ['强化', '督导', '检查 ', '狠抓', '整改', '落实']],
		['2019年7月1日', ['2019年', '7月', '1日']],
		['江南研学夏令营', ['江南', '研学', '夏令营']],
		// Opening marks in a row, and digits after one, all wait for the word after them.
		['“《内蒙古晨报》”', ['“《内蒙古', '晨报》”']],
		['（2019年）', ['（2019年）']],
		// Digits or Latin at the very end are a piece of their own.
		['共计2019', ['共计', '2019']],
		['G6', ['G6']],
		// A space with nothing before it is a piece of its own.
		[' 狠抓落实', [' ', '狠抓落实']],
	])('%s', (text, chunks) => {
		expect(wordChunks(text)).toEqual(chunks);
	});

	test('worked out once a text, with one segmenter for the whole build', () => {
		const first = wordChunks('乌兰察布市召开会议');
		const segmenter = (globalThis as Record<symbol, unknown>)[Symbol.for('ulanqab-news.segmenter')];
		expect(segmenter).toBeDefined();
		expect(wordChunks('乌兰察布市召开会议')).toBe(first);
		wordChunks('另一段文字');
		expect((globalThis as Record<symbol, unknown>)[Symbol.for('ulanqab-news.segmenter')]).toBe(segmenter);
	});

	test('the pieces put back together are the text, character for character', () => {
		const text = '以压实责任为抓手，落实高位推动要求，是乌兰察布推动专项斗争向纵深发展的重要方法论。';
		expect(wordChunks(text).join('')).toBe(text);
	});
});

const run = (html: string) => {
	const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
	rehypeLineBreaks()(tree);
	return toHtml(tree);
};

describe('splitTail: the last characters a line keeps together', () => {
	test('cuts before the last four characters, spaces among them not counted', () => {
		expect(splitTail('乌兰哈达3号火山的火山口')).toEqual(['乌兰哈达3号火山', '的火山口']);
		expect(splitTail('记者 王芳 摄', 3)).toEqual(['记者 ', '王芳 摄']);
	});

	test('a text no longer than the tail is all tail', () => {
		expect(splitTail('火山')).toEqual(['', '火山']);
		expect(splitTail('')).toEqual(['', '']);
	});
});

describe('rehypeLineBreaks: rendered Markdown', () => {
	test.each([
		[
			'a paragraph keeps its last four characters on one line',
			'<p>重要方法论。</p>',
			'<p>重要<span class="para-end">方法论。</span></p>',
		],
		[
			'a short last text joins the bold before it, as one piece',
			'<p>正文<strong>重点。</strong>后文</p>',
			'<p>正文<span class="para-end"><strong>重点。</strong>后文</span></p>',
		],
		[
			'a long bold ending is entered, not swallowed whole',
			'<p>正文<strong>这是一段很长的加粗文字结尾。</strong></p>',
			'<p>正文<strong>这是一段很长的加粗文<span class="para-end">字结尾。</span></strong></p>',
		],
		['spaces are not counted among the four', '<p>第一天 上午 出发</p>', '<p>第一天 <span class="para-end">上午 出发</span></p>'],
		[
			'a heading breaks only between words',
			'<h2>强化督导检查 狠抓整改落实</h2>',
			'<h2><span class="word">强化</span><span class="word">督导</span><span class="word">检查 </span><span class="word">狠抓</span><span class="word">整改</span><span class="word">落实</span></h2>',
		],
		[
			'the first of two marks side by side is marked for its half-width form, each pair once',
			'<p>践行“两个维护”的工程，“四个意识”、坚定“四个自信”。政治站位高，工作扎实</p>',
			'<p>践行“两个维护”的工程<span class="halt">，</span>“四个意识<span class="halt">”</span>、坚定“四个自信<span class="halt">”</span>。政治站位高，<span class="para-end">工作扎实</span></p>',
		],
		[
			'three marks in a row: the first two are marked',
			'<p>除恶务尽’”。市委书记杜学军说道</p>',
			'<p>除恶务尽<span class="halt">’</span><span class="halt">”</span>。市委书记杜<span class="para-end">学军说道</span></p>',
		],
		[
			'a paragraph in a list item is reached',
			'<ul><li><p>报名截至七月十日</p></li></ul>',
			'<ul><li><p>报名截至<span class="para-end">七月十日</span></p></li></ul>',
		],
	])('%s', (_name, html, expected) => {
		expect(run(html)).toBe(expected);
	});
});

describe('rehypeLineBreaks: a component’s text (MDX)', () => {
	const quote = (children: ElementContent[]): Root => ({
		type: 'root',
		children: [{ type: 'mdxJsxFlowElement', name: 'PullQuote', attributes: [], children } as unknown as ElementContent],
	});
	const text = (value: string): ElementContent => ({ type: 'text', value });
	const after = (tree: Root) => {
		(rehypeLineBreaks() as (tree: Root) => void)(tree);
		return toHtml((tree.children[0] as unknown as { children: ElementContent[] }).children);
	};

	test('a pull quote written on one line keeps its last four characters together', () => {
		expect(after(quote([text('“正确的路线确定之后，干部就是决定的因素”。')]))).toBe(
			'“正确的路线确定之后，干部就是决定的<span class="para-end">因素<span class="halt">”</span>。</span>',
		);
	});

	test('a pull quote of paragraphs: each paragraph keeps its tail', () => {
		const paragraph = (value: string): ElementContent => ({
			type: 'element',
			tagName: 'p',
			properties: {},
			children: [text(value)],
		});
		expect(after(quote([paragraph('第一段引语到此为止'), text('\n'), paragraph('第二段引语到此为止')]))).toBe(
			'<p>第一段引语<span class="para-end">到此为止</span></p>\n<p>第二段引语<span class="para-end">到此为止</span></p>',
		);
	});

	test('a component with no text (a figure) gets no empty span', () => {
		const tree = quote([]);
		expect(after(tree)).toBe('');
	});
});
