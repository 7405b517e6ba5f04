/**
 * Where a line of Chinese may break, decided at build time (SPEC §5, W3C clreq). Headings, card
 * titles, kickers and short labels break only between words: a dictionary segmenter (jieba) cuts
 * them, and the cuts become <wbr> inside `word-break: keep-all` (<Words>, global.css `.words`),
 * or nowrap word spans in Markdown headings, so 全市扫黑除恶专项斗争系列述评 never breaks as
 * 全市扫黑除恶专 | 项斗争. Running text breaks anywhere, as Chinese does, except that a
 * paragraph's last few characters stay together: no paragraph ends on a line of one or two.
 * Two marks side by side (”。) are set in one em and a half (clreq 3.1.6) where the browser cannot
 * trim them itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';

/**
 * Terms of this paper's reporting that the general dictionary splits (扫黑 | 除恶): one a line,
 * `word frequency`, in jieba's user-dictionary format. Add a term here when a headline breaks inside it.
 */
const HOUSE_WORDS = ['扫黑除恶 50000', '扫黑办 5000', '研学 5000', '微信同号 5000'];

/**
 * One segmenter for the whole build: the MDX compiler (astro.config's graph) and the pages (the
 * prerender bundle) load this module separately, so it is kept on globalThis rather than built
 * twice from jieba's 5 MB dictionary.
 */
const KEY = Symbol.for('ulanqab-news.segmenter');
type Store = { [KEY]?: Jieba };

function segmenter(): Jieba {
	const store = globalThis as Store;
	if (!store[KEY]) {
		// Only the word list (jieba/dict.js would read its 6 MB keyword table too); the house words
		// after it, in the same file format (loadDict would replace the list, not add to it).
		const words = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));
		store[KEY] = Jieba.withDict(Buffer.concat([words, Buffer.from(`${HOUSE_WORDS.join('\n')}\n`)]));
	}
	return store[KEY];
}

const cut = (text: string): string[] => segmenter().cut(text, false);

/** Marks that may not start a line (clreq): they join the word before them. */
const CLOSING = /^[，。、；：！？…—·）》」』】〕〉”’%）,.;:!?)\]}]+$/u;
/** Marks that may not end a line: they join the word after them. */
const OPENING = /^[（《「『【〔〈“‘([{]+$/u;
const SINGLE_HAN = /^\p{Script=Han}$/u;
const LATIN_OR_DIGITS = /^[\p{Script=Latin}\p{N}]+$/u;
const SPACE = /^\s+$/u;

const cache = new Map<string, string[]>();

/**
 * The text cut into the pieces a line may break between. Punctuation stays with its word; a lone
 * Han character (之, 的, 市, 号) joins the word before it; digits and Latin join the word after
 * them (4号楼, 203室, 7月); a space ends the piece before it.
 */
export function wordChunks(text: string): string[] {
	const known = cache.get(text);
	if (known) return known;
	const chunks: string[] = [];
	let carry = '';
	for (const segment of cut(text)) {
		const last = chunks.length - 1;
		const previous = chunks[last];
		if (carry) {
			carry += segment;
			if (OPENING.test(segment) || LATIN_OR_DIGITS.test(segment)) continue;
			chunks.push(carry);
			carry = '';
		} else if (previous !== undefined && !/\s$/u.test(previous) && (CLOSING.test(segment) || SINGLE_HAN.test(segment))) {
			chunks[last] = previous + segment;
		} else if (previous !== undefined && SPACE.test(segment)) {
			chunks[last] = previous + segment;
		} else if (OPENING.test(segment) || LATIN_OR_DIGITS.test(segment)) {
			carry = segment;
		} else {
			chunks.push(segment);
		}
	}
	if (carry) chunks.push(carry);
	cache.set(text, chunks);
	return chunks;
}

/** The class that keeps a span's text from breaking except at its <wbr>s (global.css). */
export const WORDS_CLASS = 'words';
/** The class that keeps a paragraph's last characters on one line (global.css). */
export const TAIL_CLASS = 'para-end';
/** How many characters (spaces aside) a paragraph's last line holds at least. */
export const TAIL_CHARACTERS = 4;

const text = (value: string): Text => ({ type: 'text', value });

/**
 * A text cut before its last `count` characters (spaces among them not counted): [head, tail].
 * The tail is what a nowrap span keeps on the last line; a text no longer than `count` is all tail.
 */
export function splitTail(value: string, count: number = TAIL_CHARACTERS): [string, string] {
	const chars = [...value];
	let cut = chars.length;
	for (let kept = 0; cut > 0 && kept < count; cut--) if (!/\s/u.test(chars[cut - 1]!)) kept++;
	return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}

/** The class of one word of a Markdown heading, kept on one line (global.css). */
export const WORD_CLASS = 'word';

/**
 * A Markdown heading's text cut into words, as hast. Not <wbr>: MDX renders a void element as
 * `<wbr/>`, which the page's HTML style does not allow; each word is a nowrap span instead, and
 * lines break between them as Chinese text breaks anywhere.
 */
function wordSpans(value: string): ElementContent[] {
	const chunks = wordChunks(value);
	if (chunks.length < 2) return [text(value)];
	return chunks.map((chunk) => ({
		type: 'element',
		tagName: 'span',
		properties: { className: [WORD_CLASS] },
		children: [text(chunk)],
	}));
}

const textLength = (node: ElementContent): number =>
	node.type === 'text'
		? [...node.value.replace(/\s/gu, '')].length
		: node.type === 'element'
			? node.children.reduce((sum, child) => sum + textLength(child), 0)
			: 0;

/**
 * Wraps a paragraph's last TAIL_CHARACTERS characters in one nowrap span. The span takes whole
 * children from the end; a text child is split, and an element that would make the span much
 * longer than the tail is entered instead, so the glued piece stays short enough for any line.
 */
function glueTail(parent: Element | MdxJsxFlowElementHast): void {
	const { children } = parent;
	let needed = TAIL_CHARACTERS;
	let start = children.length;
	while (start > 0 && needed > 0) {
		const child = children[start - 1]!;
		const length = textLength(child);
		if (child.type === 'text' && length > needed) {
			children.splice(start - 1, 1, ...splitTail(child.value, needed).map(text));
			needed = 0;
			break;
		}
		if (child.type === 'element' && length > TAIL_CHARACTERS * 2) {
			if (start === children.length) glueTail(child);
			break;
		}
		needed -= length;
		start--;
	}
	const tail = children.slice(start);
	if (tail.length === 0 || tail.every((child) => textLength(child) === 0)) return;
	children.splice(start, tail.length, {
		type: 'element',
		tagName: 'span',
		properties: { className: [TAIL_CLASS] },
		children: tail,
	});
}

/** The class of a closing mark followed by another mark: its half-width form where the browser has no `text-spacing-trim` (global.css). */
export const HALT_CLASS = 'halt';
/** A closing mark (its blank half after it) that another mark follows: the first of a pair to set in one em and a half. */
const PAIR_START = /[”’」』）》〕】，。、；：！？](?=[“‘「『（《〔【”’」』）》〕】，。、；：！？])/gu;

/** A text with each pair's first mark in a HALT_CLASS span; undefined when it has no pair. */
function halvedMarks(value: string): ElementContent[] | undefined {
	const out: ElementContent[] = [];
	let from = 0;
	for (const match of value.matchAll(PAIR_START)) {
		if (match.index > from) out.push(text(value.slice(from, match.index)));
		out.push({ type: 'element', tagName: 'span', properties: { className: [HALT_CLASS] }, children: [text(match[0])] });
		from = match.index + match[0].length;
	}
	if (out.length === 0) return undefined;
	if (from < value.length) out.push(text(value.slice(from)));
	return out;
}

/** Marks the pairs in every text under `node`, inside components (a pull quote) too. */
function halveMarkPairs(node: { children?: unknown[] }): void {
	if (!node.children) return;
	node.children = node.children.flatMap((child) => {
		const inner = child as { type: string; value?: string; children?: unknown[] };
		if (inner.type === 'text') return halvedMarks(inner.value!) ?? [child];
		halveMarkPairs(inner);
		return [child];
	});
}

/**
 * The same rules for rendered Markdown and MDX: marks in pairs are marked, `##`/`###` headings
 * break between words, and every paragraph keeps its tail together, a pull quote's too. Runs
 * after the content guards in the renderer.
 */
export function rehypeLineBreaks() {
	const visit = (node: Root | Element | MdxJsxFlowElementHast) => {
		for (const [index, child] of node.children.entries()) {
			// A component's text (<PullQuote>): its paragraphs, or the text itself when written on one line.
			if (child.type === 'mdxJsxFlowElement') {
				const paragraphs = child.children.some((inner) => inner.type === 'element' && inner.tagName === 'p');
				if (paragraphs) visit(child);
				else glueTail(child);
				continue;
			}
			if (child.type !== 'element') continue;
			if (/^h[2-6]$/.test(child.tagName)) {
				child.children = child.children.flatMap((inner) => (inner.type === 'text' ? wordSpans(inner.value) : [inner]));
				continue;
			}
			if (child.tagName === 'p') glueTail(child);
			else visit(child);
			node.children[index] = child;
		}
	};
	return (tree: Root) => {
		halveMarkPairs(tree);
		visit(tree);
	};
}
