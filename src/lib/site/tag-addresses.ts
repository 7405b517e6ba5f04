/**
 * Each tag's address. A tag's address is its toneless pinyin (扫黑除恶 → sao-hei-chu-e), but
 * Chinese has many spellings per sound (研学 and 烟雪 are both yan-xue), and an editor must never
 * have to rename a tag. So, among the spellings that share a pinyin, the one first used (the
 * earliest article carrying it, then the spelling in code-point order) keeps the plain address, and
 * each other spelling gets the pinyin plus four hex digits made from the spelling alone
 * (yan-xue-1f3a). A spelling used later never changes an earlier one's address.
 */
import { createHash } from 'node:crypto';
import { tagSlug } from '../slug';

/** Four hex digits of the spelling's SHA-1: the same spelling, the same digits, on every build. */
export const spellingMark = (tag: string) => createHash('sha1').update(tag.trim().normalize('NFKC')).digest('hex').slice(0, 4);

/**
 * The address (slug) of every tag, from when each was first used. `uses` are the tags and the
 * dates of the articles carrying them, in any order.
 */
export function tagAddresses(uses: Iterable<{ tag: string; date: Date }>): Map<string, string> {
	const first = new Map<string, number>();
	for (const { tag, date } of uses) first.set(tag, Math.min(first.get(tag) ?? Infinity, date.getTime()));
	const bySlug = new Map<string, string[]>();
	for (const tag of first.keys()) bySlug.set(tagSlug(tag), [...(bySlug.get(tagSlug(tag)) ?? []), tag]);
	const addresses = new Map<string, string>();
	for (const [slug, spellings] of bySlug) {
		spellings.sort((a, b) => first.get(a)! - first.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
		spellings.forEach((tag, index) => addresses.set(tag, index === 0 ? slug : `${slug}-${spellingMark(tag)}`));
	}
	return addresses;
}
