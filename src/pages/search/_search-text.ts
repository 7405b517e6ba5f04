/**
 * What the search page shows of a match, from Pagefind's plain text of the page (its words as
 * search cut them, lib/site/search-words.ts): the text as the page has it, and an excerpt around
 * the first place that holds a term of the query, cut with …… and with the terms marked. Plain
 * functions, tested in Node.
 */
import { displayedText } from '../../lib/site/search-words';

/** Characters of text shown before the first match, and in all. */
export const EXCERPT_BEFORE = 24;
export const EXCERPT_LENGTH = 90;

export interface Excerpt {
	/** The text in order, the query's words marked. */
	parts: { text: string; mark: boolean }[];
	/** Whether text was left out before and after it (shown as ……). */
	cutBefore: boolean;
	cutAfter: boolean;
}

/**
 * Pagefind's text of a page starts with its title, and joins a heading to what follows with a
 * Latin ". "; the excerpt leaves out the title (the result's link shows it) and sets headings
 * apart with an ideographic space instead.
 */
function bodyText(content: string, title: string): string {
	const text = displayedText(content.replace(/(?<=[^\x00-\x7f])\. /gu, '\u3000'));
	const body = title && text.startsWith(title) ? text.slice(title.length) : text;
	return body.replace(/^[.\u3000\s]+|[\u3000\s]+$/gu, '');
}

export function excerpt(content: string, title: string, terms: readonly string[]): Excerpt {
	const body = bodyText(content, title);
	const lower = body.toLowerCase();
	const firsts = terms.map((term) => lower.indexOf(term)).filter((at) => at >= 0);
	const first = firsts.length > 0 ? Math.min(...firsts) : 0;
	const start = Math.max(0, first - EXCERPT_BEFORE);
	const end = Math.min(body.length, start + EXCERPT_LENGTH);
	const window = body.slice(start, end);
	const windowLower = lower.slice(start, end);

	// Marked ranges: every occurrence of every term, longest first where they overlap.
	const marked = new Array<boolean>(window.length).fill(false);
	for (const term of [...terms].sort((a, b) => b.length - a.length)) {
		for (let at = windowLower.indexOf(term); at >= 0 && term; at = windowLower.indexOf(term, at + term.length)) {
			for (let i = at; i < at + term.length; i++) marked[i] = true;
		}
	}
	const parts: Excerpt['parts'] = [];
	for (let i = 0; i < window.length; i++) {
		const last = parts.at(-1);
		if (last && last.mark === marked[i]) last.text += window[i];
		else parts.push({ text: window[i]!, mark: marked[i]! });
	}
	return { parts, cutBefore: start > 0, cutAfter: end < body.length };
}
