import { describe, expect, test } from 'vitest';
import config from '../../../astro.config.mjs';
import { isUnsafeUrl } from '../../../src/lib/content/rehype-safe-links';

describe('isUnsafeUrl', () => {
	test.each([
		['javascript:alert(1)', true],
		['JavaScript:alert(1)', true],
		[' java\tscript:alert(1)', true],
		['vbscript:msgbox', true],
		['data:text/html,<script>', true],
		['https://example.org/', false],
		['/articles/x/', false],
		['tel:+8613304743215', false],
	])('%s → %s', (url, unsafe) => {
		expect(isUnsafeUrl(url)).toBe(unsafe);
	});
});

// Markdown links here; <a href> written as JSX in an MDX article is covered by the bad-input builds.
describe('the configured Markdown pipeline drops code-running links', async () => {
	const renderer = await config.markdown!.processor!.createRenderer({});
	test.each(['[点这里](javascript:alert(1))', '[点这里](java&#x73;cript:alert(1))', '[点这里](JAVASCRIPT:alert(1))'])(
		'%s',
		async (markdown) => {
			const { code } = await renderer.render(markdown);
			expect(code).toContain('点这里');
			expect(code.toLowerCase()).not.toContain('javascript:');
			expect(code.toLowerCase()).not.toContain('java&#x73;cript');
		},
	);
});
