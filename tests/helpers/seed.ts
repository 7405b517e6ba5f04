import { readFileSync } from 'node:fs';

/**
 * The print page as received, and SPEC §2's two repairs applied in code (not by hand), so
 * the tests compare the site with the seed itself.
 */
export const SEED_RAW = readFileSync(new URL('../fixtures/seed-page.txt', import.meta.url), 'utf8');

const HAN = '\\p{Script=Han}';
const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', '!': '！', '(': '（', ')': '）', ';': '；', '?': '？' };

/** Repair (b): half-width punctuation next to Chinese becomes full-width, spaces around it go. */
export function fullWidthPunctuation(text: string): string {
	return text
		.replace(new RegExp(`(?<=[${HAN}“”《》）]) *([,:!;?)]) *`, 'gu'), (_match, mark: string) => HALF_TO_FULL[mark] ?? mark)
		.replace(new RegExp(` *\\( *(?=[${HAN}])`, 'gu'), '（');
}

/** Repair (a): a paragraph cut mid-word by a column break is joined to the next one. */
export function joinPrintBreaks(paragraphs: readonly string[]): string[] {
	const joined: string[] = [];
	for (const paragraph of paragraphs) {
		const previous = joined.at(-1);
		const cut = previous !== undefined && !previous.startsWith('#') && new RegExp(`[${HAN}]$`, 'u').test(previous);
		if (cut && !paragraph.startsWith('#')) joined[joined.length - 1] = previous + paragraph;
		else joined.push(paragraph);
	}
	return joined;
}

function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.filter(Boolean);
}

const SOURCE_LINE = '(乌兰察布市扫黑办)';
const [articlePart = '', adPart = ''] = SEED_RAW.split(SOURCE_LINE);

/** The commentary's paragraphs, repaired, headline first, up to and including the source line. */
export const SEED_ARTICLE = [...joinPrintBreaks(paragraphs(articlePart)), SOURCE_LINE].map(fullWidthPunctuation);

/** The advertisement's lines, repaired (ad lines are separate items, never joined). */
export const SEED_AD = paragraphs(adPart).map(fullWidthPunctuation);

/** Splits text into sentences at 。！？ (keeping them), the units checked for order. */
export function sentences(paragraph: string): string[] {
	return (paragraph.replace(/^#+\s*/, '').match(/[^。！？]+[。！？]*[”’」』）]*[。]?/gu) ?? [])
		.map((s) => s.trim())
		.filter(Boolean);
}
