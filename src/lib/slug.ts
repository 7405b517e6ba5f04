import { pinyin } from 'pinyin-pro';

/**
 * Ids are file names and URL segments: lowercase ASCII kebab-case, because non-ASCII paths
 * break tools (SPEC §3). Chinese lives in fields, never in ids.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidId(id: string): boolean {
	return ID_PATTERN.test(id);
}

/** The id a content file gets: its path under the collection folder, without extension. */
export function idFromPath(path: string): string {
	const name = path.split('/').pop() ?? path;
	return name.replace(/\.[^.]+$/, '');
}

/**
 * URL slug of a Chinese tag, in toneless pinyin: 扫黑除恶 → sao-hei-chu-e, 5G 网络 → 5g-wang-luo,
 * full-width ＡＩ as AI → ai. Readers see the tag itself; the slug keeps URLs ASCII (SPEC §3).
 * Spellings that share a slug each get their own address (site/tag-addresses.ts).
 */
export function tagSlug(tag: string): string {
	const syllables = pinyin(tag.trim().normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
	return syllables
		.join('-')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
