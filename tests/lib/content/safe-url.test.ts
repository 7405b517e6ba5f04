import { describe, expect, test } from 'vitest';
import { browserUrl, isAllowedUrl, urlScheme } from '../../../src/lib/content/safe-url';

describe('isAllowedUrl: http(s), mailto, tel and relative, judged as a browser reads them', () => {
	test.each([
		['https://example.org/', true],
		['http://example.org/', true],
		['HTTPS://EXAMPLE.ORG/', true],
		['mailto:news@example.org', true],
		['tel:+8613304743215', true],
		['/articles/x/', true],
		['../images/a.jpg', true],
		['#section', true],
		['?page=2', true],
		['//example.org/x', false],
		['\\\\example.org/x', false],
		['/\\example.org/x', false],
		['\\/example.org/x', false],
		['/\t/example.org/x', false],
		['&#x2f;/example.org/x', false],
		['/a//b', true],
		['javascript:alert(1)', false],
		['JavaScript:alert(1)', false],
		[' java\tscript:alert(1)', false],
		['java\nscript:alert(1)', false],
		['\u0000javascript:alert(1)', false],
		['java&#x73;cript:alert(1)', false],
		['java&#115;cript:alert(1)', false],
		['javascript&colon;alert(1)', false],
		['&#x6a;avascript:alert(1)', false],
		['&amp;#x6a;avascript:alert(1)', false],
		['vbscript:msgbox', false],
		['data:text/html,<script>alert(1)</script>', false],
		['file:///etc/passwd', false],
		['ftp://example.org/', false],
		['blob:https://example.org/x', false],
	])('%j → %s', (url, allowed) => {
		expect(isAllowedUrl(url)).toBe(allowed);
	});

	test('only strings are addresses', () => {
		expect(isAllowedUrl(undefined)).toBe(false);
		expect(isAllowedUrl(42)).toBe(false);
	});

	test('the scheme, lower-cased, or none for a relative address', () => {
		expect(urlScheme('HTTPS://x')).toBe('https');
		expect(urlScheme('a/b:c')).toBeUndefined();
		expect(browserUrl(' java\tscript&#58;x')).toBe('javascript:x');
	});
});
