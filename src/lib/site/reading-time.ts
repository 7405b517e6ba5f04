/** Chinese readers take in about 450 characters a minute (SPEC §5); Latin words count as one each. */
export const CHARS_PER_MINUTE = 450;

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/g;

/** Strips MDX syntax that readers never see: imports/exports, JSX tags, expressions, Markdown marks. */
export function visibleText(mdx: string): string {
	return mdx
		.replace(/^(import|export)\s.*$/gm, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\{[^}]*\}/g, '')
		.replace(/[#*_>`[\]()]/g, '');
}

/** CJK characters one each, Latin words one each. Runs of CJK are taken whole, not one match a character. */
export function countReadableUnits(text: string): number {
	let cjk = 0;
	const rest = text.replace(CJK_RUN, (run) => {
		for (const _ of run) cjk++;
		return ' ';
	});
	return cjk + (rest.match(LATIN_WORD)?.length ?? 0);
}

/** Whole minutes, at least one. */
export function readingMinutes(mdx: string): number {
	return Math.max(1, Math.round(countReadableUnits(visibleText(mdx)) / CHARS_PER_MINUTE));
}
