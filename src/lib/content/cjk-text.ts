/**
 * House rules for Chinese text, as pure functions: used by the gate's house style, --fix, and
 * the print-page importer.
 *
 * House style (documented in the README): full-width punctuation in Chinese text; no space
 * between Chinese and Latin letters or digits (2018年1月25日, 4号楼203室), as the paper prints.
 */

export const HAN = '\\p{Script=Han}';
const HAN_CHAR = new RegExp(`[${HAN}]`, 'u');
/** Characters after which a Chinese sentence may stop (or a line legitimately end). */
const CLOSING = /[。！？；：…—”’」』）》〉】…]$/u;

export const HALF_TO_FULL: Readonly<Record<string, string>> = {
	',': '，',
	':': '：',
	';': '；',
	'!': '！',
	'?': '？',
	'(': '（',
	')': '）',
};

export interface TextIssue {
	/** Offset in the text given. */
	index: number;
	length: number;
	kind: 'half-width-punctuation' | 'straight-quote' | 'latin-spacing';
	found: string;
	replacement: string;
}

/**
 * Half-width , : ; ! ? ( ) touching Chinese: after a Chinese character or closing mark, or an
 * opening parenthesis before Chinese. Spaces around the mark go with it.
 */
// Spaces before an opening parenthesis are taken from the first space of their run only: tried
// from every space of a long run, the pattern would scan the rest of the run each time.
const HALF_WIDTH = new RegExp(
	`(?<=[${HAN}“”《》）])[ \\t]*([,:;!?)])[ \\t]*|(?:(?<![ \\t])[ \\t]+)?(\\()[ \\t]*(?=[${HAN}])`,
	'gu',
);
const STRAIGHT_QUOTE = new RegExp(`(?<=[${HAN}，。：；！？])["']|["'](?=[${HAN}])`, 'gu');
const LATIN_SPACING = new RegExp(`(?<=[${HAN}])[ \\t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])[ \\t]+(?=[${HAN}])`, 'gu');

export function findTextIssues(text: string): TextIssue[] {
	const issues: TextIssue[] = [];
	for (const match of text.matchAll(HALF_WIDTH)) {
		// Stryker disable next-line StringLiteral: one of the two groups always matches; '' only satisfies the types
		const mark = match[1] ?? match[2] ?? '';
		issues.push({
			index: match.index,
			length: match[0].length,
			kind: 'half-width-punctuation',
			found: match[0],
			replacement: HALF_TO_FULL[mark] ?? mark,
		});
	}
	for (const match of text.matchAll(STRAIGHT_QUOTE)) {
		issues.push({
			index: match.index,
			length: 1,
			kind: 'straight-quote',
			found: match[0],
			replacement: match[0] === '"' ? '“ 或 ”' : '‘ 或 ’',
		});
	}
	for (const match of text.matchAll(LATIN_SPACING)) {
		issues.push({ index: match.index, length: match[0].length, kind: 'latin-spacing', found: match[0], replacement: '' });
	}
	return issues.sort((a, b) => a.index - b.index);
}

/** A pair of half-width parentheses in or around Chinese: 会议(2019年) is one pair, so both change. */
const PAREN_PAIR = new RegExp(
	`(?:(?<![ \\t])[ \\t]+)?\\(([^()\\n]*)\\)(?<=[${HAN}][ \\t]*\\([^()\\n]*\\)|\\([^()\\n]*[${HAN}][^()\\n]*\\))`,
	'gu',
);

/** The safe fix: half-width punctuation in Chinese becomes full-width, parentheses in pairs. */
export function fixPunctuationWidth(text: string): string {
	return (
		text
			.replace(PAREN_PAIR, (_match, inner: string) => `（${inner.trim()}）`)
			// Stryker disable next-line StringLiteral: one of the two groups always matches; '' only satisfies the types
			.replace(HALF_WIDTH, (_match, mark?: string, paren?: string) => HALF_TO_FULL[mark ?? paren ?? ''] ?? _match)
	);
}

/** A paragraph cut by a print column break: it ends on a Chinese character, with no closing mark. */
export function endsMidSentence(paragraph: string): boolean {
	const last = paragraph.trimEnd().slice(-1);
	return HAN_CHAR.test(last) && !CLOSING.test(last);
}

export function startsWithHan(paragraph: string): boolean {
	return HAN_CHAR.test(paragraph.trimStart().charAt(0));
}

/** A block of running text, not a heading, list, quote, table, tag, expression or code. */
const isProse = (block: string) => !/^\s*(#|<|\{|import\s|export\s|[-*+>]\s|\d+\.\s|```|\|)/.test(block);

/** Two paragraphs that are one, cut by a print column break: 督导检 / 查等各项工作. */
export function isPrintBreak(previous: string, next: string): boolean {
	return isProse(previous) && isProse(next) && endsMidSentence(previous) && startsWithHan(next);
}
