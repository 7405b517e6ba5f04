/** Chinese readers take in about 450 characters a minute (SPEC §5); Latin words count as one each. */
export const CHARS_PER_MINUTE = 450;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g;

/** Strips MDX syntax that readers never see: imports/exports, JSX tags, expressions, Markdown marks. */
export function visibleText(mdx: string): string {
	return mdx
		.replace(/^(import|export)\s.*$/gm, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\{[^}]*\}/g, '')
		.replace(/[#*_>`[\]()]/g, '');
}

export function countReadableUnits(text: string): number {
	const cjk = text.match(CJK)?.length ?? 0;
	const latin = text.replace(CJK, ' ').match(LATIN_WORD)?.length ?? 0;
	return cjk + latin;
}

/** Whole minutes, at least one. */
export function readingMinutes(mdx: string): number {
	return Math.max(1, Math.round(countReadableUnits(visibleText(mdx)) / CHARS_PER_MINUTE));
}
