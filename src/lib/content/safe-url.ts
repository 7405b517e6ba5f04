/**
 * Which addresses an editor's file may link to or load: http(s), mailto, tel and relative URLs,
 * judged as a browser would read them (entities decoded, control characters and whitespace that
 * browsers skip removed, scheme in any case). One rule for the content check and the
 * rendering guards, so `JaVa&#x53;cript:` and `java\tscript:` are refused alike. An address
 * starting with two slashes in any mix of / and \ (`//host`, `\\host`, `/\host`) is another
 * site's, as a browser reads it, not a relative one: it is refused (write https://host).
 */
import { decodeHTMLAttribute } from 'entities';

export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const OTHER_HOST = /^[/\\]{2}/;

/** The address as a browser would take it from an attribute. */
export function browserUrl(raw: string): string {
	// Twice: `&amp;#x6a;` is a literal `&#x6a;` in HTML, but a second decoding costs nothing here
	// and leaves no spelling that one reader would decode and another not.
	const decoded = decodeHTMLAttribute(decodeHTMLAttribute(raw));
	return decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

/** The scheme an address would use, lower-cased, or undefined for a relative address. */
export function urlScheme(raw: string): string | undefined {
	return SCHEME.exec(browserUrl(raw))?.[1]?.toLowerCase();
}

export function isAllowedUrl(raw: unknown): boolean {
	if (typeof raw !== 'string') return false;
	if (OTHER_HOST.test(browserUrl(raw))) return false;
	const scheme = urlScheme(raw);
	return scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}
