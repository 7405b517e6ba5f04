/**
 * Chinese phone numbers as ads print them: mainland mobiles (11 digits, 1[3-9]…) and
 * landlines with an area code (0 + 2–3 digit area code + 7–8 digit number).
 */

const MOBILE = /^1[3-9]\d{9}$/;
/** Area codes: 010 and 02x have three digits, 03xx–09xx four; local numbers 7 or 8 digits. */
const LANDLINE = /^(?:0(?:10|2\d)\d{8}|0[3-9]\d{2}\d{7,8})$/;

/** Digits only, without the country code: editors may write 133 0474 3215, +86 133-0474-3215 or 0474-8888888. */
export function phoneDigits(raw: string): string {
	return raw.replace(/[\s\-()（）]/g, '').replace(/^(?:\+|00)86/, '');
}

/** Separators an editor may put anywhere in a number. */
const SEP = '[\\s\\-()（）]*';
const digitsOf = (count: string) => `(?:${SEP}\\d)${count}`;
/**
 * isValidPhone as one regular expression, for the editors' JSON Schemas (VS Code underlines a bad
 * number while typing). Linear: each separator run is followed by a digit, which it cannot hold.
 * tests/lib/phone.test.ts holds the two to the same verdict.
 */
export const PHONE_PATTERN = new RegExp(
	`^(?:(?:\\+|00)${SEP}8${SEP}6)?${SEP}(?:1${SEP}[3-9]${digitsOf('{9}')}|0${SEP}(?:1${SEP}0|2${digitsOf('')})${digitsOf('{8}')}|0${SEP}[3-9]${digitsOf('{2}')}${digitsOf('{7,8}')})${SEP}$`,
);

export function isValidPhone(raw: string): boolean {
	if (!/^(?:\+|00)?[\d\s\-()（）]+$/.test(raw)) return false;
	const digits = phoneDigits(raw);
	return MOBILE.test(digits) || LANDLINE.test(digits);
}

/** Groups are joined by no-break spaces, so a number never wraps across lines. */
const NBSP = '\u00a0';

/** 133 0474 3215 for mobiles (3-4-4); area code, then number, for landlines (0474 8888888). */
export function formatPhone(raw: string): string {
	const digits = phoneDigits(raw);
	if (MOBILE.test(digits)) return [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)].join(NBSP);
	// Beijing, Shanghai, Tianjin, Chongqing and 02x cities have 3-digit area codes (010, 02x).
	const areaLength = /^0(10|2\d)/.test(digits) ? 3 : 4;
	return [digits.slice(0, areaLength), digits.slice(areaLength)].join(NBSP);
}

/** tel: URI with the country code, so it dials correctly from any phone. */
export function telHref(raw: string): string {
	const digits = phoneDigits(raw);
	return MOBILE.test(digits) ? `tel:+86${digits}` : `tel:+86${digits.slice(1)}`;
}
