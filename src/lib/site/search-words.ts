/**
 * How search cuts the site's Chinese into words, the same way for the pages and for the query.
 * Pagefind matches whole words, and its Chinese segmenter runs only when it indexes (a query is
 * sent as typed), so a query seldom cuts where the page did and an exact search finds nothing.
 * Here every Han character is a word, and so is every run of letters and digits; punctuation stays
 * with the word before it (Pagefind's segmenter then gives it a place of its own, so it parts the
 * words around it, as a space of the page does). Pages reach Pagefind with a hair space between
 * such words, and each term of a query becomes a quoted phrase of the same words: Pagefind's exact
 * search then finds, and counts, the pages that hold every term's characters in a row, in its
 * index, without loading a page.
 */

/** Between two words where the text has no space. */
export const WORD_BREAK = '\u200A';
/** Marks a space of the page's own where display would otherwise take it for a word break. */
export const KEPT_SPACE = '\u2060';

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/**
 * Where one block of the page (a paragraph, a caption, a list item, the subtitle) ends and the
 * next begins: Pagefind joins their text with at most a space, which display would take for a word
 * break, so an excerpt ran a caption into the paragraph after it (…3号火山7月3日上午). Standing
 * between spaces it is a word of no letters, which Pagefind does not index.
 */
export const BLOCK_BREAK = KEPT_SPACE + KEPT_SPACE;
/**
 * Kept spaces and block breaks with the spaces Pagefind put around them. A literal, not built from
 * the constants: the search page's script stays under the 4 KB Astro writes into the page.
 */
const MARK_RUN = /\s*\u2060[\s\u2060]*/gu;

/** Text in the form search compares: compatibility form (full-width Ａ１ as A1), lower case. */
const folded = (text: string) => text.normalize('NFKC').toLowerCase();

/** Whether a word break goes between two characters that touch. */
const breaksBetween = (a: string, b: string): boolean => WORD.test(b) && (HAN.test(a) || HAN.test(b));

/**
 * Text as it is indexed: word breaks inserted. `before` is the last character indexed before this
 * text (the text of a page comes in pieces between tags); returns the new last character too.
 */
/** What a character is, for indexing: bits of SPACE_KIND, HAN_KIND and WORD_KIND. */
const SPACE_KIND = 1;
const HAN_KIND = 2;
const WORD_KIND = 4;
/** Each character's kind, worked out once a build (a page has thousands of characters, and few kinds). */
let kinds: Map<string, number> | undefined;
function kindOf(char: string): number {
	kinds ??= new Map();
	let kind = kinds.get(char);
	if (kind === undefined) {
		kind = (SPACE.test(char) ? SPACE_KIND : 0) | (HAN.test(char) ? HAN_KIND : 0) | (WORD.test(char) ? WORD_KIND : 0);
		kinds.set(char, kind);
	}
	return kind;
}

/**
 * Text as it is indexed: word breaks inserted. `before` is the last character indexed before this
 * text (the text of a page comes in pieces between tags); returns the new last character too.
 * The same rule as breaksBetween, on each character's kind.
 */
export function indexedText(text: string, before = ''): { text: string; last: string } {
	let out = '';
	let last = before;
	let lastKind = before === '' ? SPACE_KIND : kindOf(before);
	let space = '';
	for (const char of text) {
		const kind = kindOf(char);
		if (kind & SPACE_KIND) {
			space += char;
			continue;
		}
		const breaks = !(lastKind & SPACE_KIND) && kind & WORD_KIND && (lastKind | kind) & HAN_KIND;
		if (space) out += (breaks ? KEPT_SPACE : '') + space;
		else if (breaks) out += WORD_BREAK;
		out += char;
		last = char;
		lastKind = kind;
		space = '';
	}
	// A space at the end: what follows is not known yet, so one after a Han character is kept,
	// unless it is all there is (the space between two blocks, which display need not show).
	if (space && !out) return { text: space, last: ' ' };
	if (space) {
		out += (lastKind & HAN_KIND ? KEPT_SPACE : '') + space;
		last = ' ';
	}
	return { text: out, last };
}

/**
 * Text as the page has it, from what Pagefind gives back: its text of a page (where any space
 * became one) or a meta field such as the title (taken as indexed, word breaks and all). Blocks
 * are set apart with an ideographic space, as the excerpt sets a heading apart.
 */
export function displayedText(indexed: string): string {
	const chars = [...indexed.replaceAll(WORD_BREAK, '')];
	let out = '';
	for (let i = 0; i < chars.length; i++) {
		const char = chars[i]!;
		if (char === ' ' && i > 0 && i + 1 < chars.length && breaksBetween(chars[i - 1]!, chars[i + 1]!)) continue;
		out += char;
	}
	return out.replace(MARK_RUN, (run) => (run.includes(BLOCK_BREAK) ? '\u3000' : ' '));
}

/**
 * The words of a query, as Pagefind is to match them (as indexedText cuts a page): each Han
 * character, and each run of other letters and digits; folded, punctuation left out.
 */
export function queryWords(query: string): string[] {
	return folded(query).match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];
}

/**
 * The query's terms, each to be found in a row: split at spaces and punctuation (which part the
 * words of a page too: 协调，推动 is found where a page holds 协调 and 推动), folded.
 */
export function queryTerms(query: string): string[] {
	return [
		...new Set(
			folded(query)
				.split(/[\s\p{P}]+/u)
				.filter(Boolean),
		),
	];
}

/** A term as Pagefind's exact search takes it: its words in a row, quoted; '' for a term of punctuation alone. */
export function exactPhrase(term: string): string {
	const words = queryWords(term);
	return words.length > 0 ? `"${words.join(' ')}"` : '';
}

/** What of Pagefind's search API the site uses. */
export interface PagefindSearch<Result extends { id: string }> {
	search(
		term: string,
		options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: Result[] }>;
}

/** The key articles are sorted by in search (data-pagefind-sort on the article page). */
export const SEARCH_SORT = 'date';

/**
 * The pages holding every term of `query`, each term's characters in a row,
 * newest first: one exact search per term, kept where all agree. Exact matches all score alike,
 * so the order is by date, as a newspaper's archive is read. The length is the true count.
 */
export async function exactMatches<Result extends { id: string }>(
	pagefind: PagefindSearch<Result>,
	query: string,
	filters: Record<string, string> = {},
): Promise<Result[]> {
	const phrases = queryTerms(query).map(exactPhrase).filter(Boolean);
	if (phrases.length === 0) return [];
	const found = await Promise.all(
		phrases.map(async (phrase) => (await pagefind.search(phrase, { filters, sort: { [SEARCH_SORT]: 'desc' } })).results),
	);
	const [first = [], ...others] = found;
	const inAll = others.map((results) => new Set(results.map((result) => result.id)));
	return first.filter((result) => inAll.every((ids) => ids.has(result.id)));
}
