/**
 * Chinese phone numbers as ads print them: mainland mobiles (11 digits, 1[3-9]…) and
 * landlines with an area code (0 + 2–3 digit area code + 7–8 digit number).
 */

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}$/;

/** Digits only: editors may write 133 0474 3215, 133-0474-3215 or 0474-8888888. */
export function phoneDigits(raw: string): string {
	return raw.replace(/[\s\-()（）]/g, '');
}

export function isValidPhone(raw: string): boolean {
	if (!/^[\d\s\-()（）]+$/.test(raw)) return false;
	const digits = phoneDigits(raw);
	return MOBILE.test(digits) || (LANDLINE.test(digits) && digits.length >= 10 && digits.length <= 12);
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
