import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distFile, readerPages, readPage } from '../helpers/dist';

const pages = readerPages();
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function policy(page: string): Map<string, string[]> {
	const content = readPage(page).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
	return new Map(
		content
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name = '', ...sources]) => [name, sources]),
	);
}

describe('Content-Security-Policy', () => {
	test.each(pages)('%s: the policy covers every inline script and style the page has, and allows nothing unsafe', (page) => {
		const csp = policy(page);
		const dom = readPage(page);
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		for (const sources of csp.values()) expect(sources).not.toContain("'unsafe-inline'");
		for (const script of dom
			.querySelectorAll('script:not([src])')
			.filter((s) => s.getAttribute('type') !== 'application/ld+json')) {
			expect(csp.get('script-src'), `inline script in ${page}`).toContain(sha256(script.textContent));
		}
		for (const style of dom.querySelectorAll('style'))
			expect(csp.get('style-src'), `inline style in ${page}`).toContain(sha256(style.textContent));
		expect(dom.querySelectorAll('[style]'), 'style attributes need unsafe-inline').toHaveLength(0);
		for (const external of dom.querySelectorAll('script[src], link[rel="stylesheet"]')) {
			expect(external.getAttribute('src') ?? external.getAttribute('href'), 'external code comes from the site itself').toMatch(
				/^\/(?!\/)/,
			);
		}
	});

	test('search may run WebAssembly (Pagefind), and no other page may', () => {
		const sources = (page: string) =>
			policy(page)
				.get('script-src')
				?.filter((source) => !source.startsWith("'sha256-"));
		expect(sources('search/index.html')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		for (const page of pages.filter((page) => page !== 'search/index.html')) expect(sources(page), page).toEqual(["'self'"]);
	});
});

describe('_headers for Cloudflare Pages and Netlify', () => {
	const headers = readFileSync(distFile('_headers'), 'utf8');
	const rule = (path: string) => headers.split(/\n(?=\/)/).find((block) => block.startsWith(`${path}\n`)) ?? '';

	test('every page: no sniffing, no framing, a strict referrer policy, no powerful features, short caching', () => {
		const all = rule('/*');
		for (const header of [
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy: strict-origin-when-cross-origin',
			"Content-Security-Policy: frame-ancestors 'none'",
			'Cache-Control: public, max-age=300, must-revalidate',
		]) {
			expect(all).toContain(header);
		}
		expect(all).toMatch(/Permissions-Policy: camera=\(\), microphone=\(\), geolocation=\(\)/);
	});

	test('hashed assets are immutable for a year', () => {
		expect(rule('/_astro/*')).toContain('! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable');
	});
});
