/**
 * The mechanical fixes `content:check --fix` makes besides punctuation width, each a pure function
 * of one value or line, and each one that cannot change what the editor meant:
 * - a date written the Chinese way (2019年7月1日, 2019.7.1, 2019/7/1) in a date field → 2019-07-01;
 * - full-width Latin letters and digits (ＡＩ, ２０１９) in tags and ids → AI, 2019;
 * - straight quotes in Chinese text, in pairs → “” and ‘’.
 * (A field name's full-width colon is mended by content/yaml-words.ts, where it is found.)
 * Addresses, code and block structure are never touched (the callers pass only field values and
 * prose).
 */
import { parseContentDate } from '../dates';

/** The fields holding a day. */
export const DATE_FIELDS = ['pubDate', 'updatedDate', 'validFrom', 'validThrough'] as const;

const CHINESE_DAY = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日|([./-])(\d{1,2})\4(\d{1,2}))$/;

/** 2019-07-01 for a day written 2019年7月1日, 2019.7.1, 2019/7/1 or 2019-7-1; undefined for anything else or no such day. */
export function isoDay(value: string): string | undefined {
	const match = CHINESE_DAY.exec(value.trim());
	if (!match) return undefined;
	const [, year, month = match[5], day = match[6]] = match;
	const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
	return iso !== value && parseContentDate(iso) ? iso : undefined;
}

/** Full-width Latin letters, digits and hyphen (Ａ–Ｚ, ａ–ｚ, ０–９, －) as ASCII. */
export function halfWidthLatin(value: string): string {
	return value.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0D]/g, (char) =>
		String.fromCharCode(char.charCodeAt(0) - 0xfee0),
	);
}

const HAN = /\p{Script=Han}|[，。：；！？、（）《》]/u;

/**
 * Straight quotes in a line of Chinese text, as opening and closing pairs: "好" → “好”. A line is
 * left alone unless it holds Chinese, its quotes of one kind are even in number, and each touches
 * Chinese on one side (an apostrophe in it's, or quotes around English, stay as they are).
 */
export function pairStraightQuotes(line: string): string {
	if (!HAN.test(line)) return line;
	let result = line;
	for (const [straight, open, close] of [
		['"', '“', '”'],
		["'", '‘', '’'],
	] as const) {
		const places = [...result].flatMap((char, index, chars) => (char === straight ? [[index, chars] as const] : []));
		if (places.length === 0 || places.length % 2 === 1) continue;
		const chars = [...result];
		const touches = places.every(([index]) => HAN.test(chars[index - 1] ?? '') || HAN.test(chars[index + 1] ?? ''));
		if (!touches) continue;
		places.forEach(([index], n) => (chars[index] = n % 2 === 0 ? open : close));
		result = chars.join('');
	}
	return result;
}

/** `pairStraightQuotes` on every line of a text. */
export const pairQuotesByLine = (text: string) => text.split('\n').map(pairStraightQuotes).join('\n');
