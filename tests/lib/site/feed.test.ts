import { describe, expect, test } from 'vitest';
import { escapeHtml, feedHtml } from '../../../src/lib/site/feed';

const ORIGIN = 'https://news.example.org';

describe('feedHtml: a rendered article, ready for a feed reader', () => {
	test.each([
		['a link', '<a href="/articles/x/">x</a>', `<a href="${ORIGIN}/articles/x/">x</a>`],
		['a picture', '<img src="/_astro/a.webp" alt="">', `<img src="${ORIGIN}/_astro/a.webp" alt="">`],
		[
			'each candidate of a srcset',
			'<img srcset="/_astro/a-320.webp 320w, /_astro/a-640.webp 640w,/b.webp 2x">',
			`<img srcset="${ORIGIN}/_astro/a-320.webp 320w, ${ORIGIN}/_astro/a-640.webp 640w,${ORIGIN}/b.webp 2x">`,
		],
		['an address already absolute', '<a href="https://a.example/x">x</a>', '<a href="https://a.example/x">x</a>'],
		['a protocol-relative one', '<img src="//cdn.example/a.png">', '<img src="//cdn.example/a.png">'],
		['one in a protocol-relative srcset', '<img srcset="//cdn.example/a.png 1x">', '<img srcset="//cdn.example/a.png 1x">'],
		['a fragment', '<a href="#note">注</a>', '<a href="#note">注</a>'],
		['a word ending in src', '<p data-xsrc="/a">x</p>', '<p data-xsrc="/a">x</p>'],
	])('%s', (_name, html, expected) => {
		expect(feedHtml(html, ORIGIN)).toBe(expected);
	});

	test.each([
		['with a value', '<p data-astro-cid-abc12="">文</p>', '<p>文</p>'],
		['without one', '<p class="lead" data-astro-cid-x9-y>文</p>', '<p class="lead">文</p>'],
		['with newlines before it', '<p\n  data-astro-cid-abc="x">文</p>', '<p>文</p>'],
	])('drops Astro’s scoped-style attribute %s', (_name, html, expected) => {
		expect(feedHtml(html, ORIGIN)).toBe(expected);
	});

	test('keeps other data- attributes', () => {
		expect(feedHtml('<p data-cid="1">文</p>', ORIGIN)).toBe('<p data-cid="1">文</p>');
	});
});

describe('escapeHtml: a field’s value as text', () => {
	test.each([
		['&', '&#38;'],
		['<', '&#60;'],
		['>', '&#62;'],
		['"', '&#34;'],
		["'", '&#39;'],
	])('%s becomes %s', (char, entity) => {
		expect(escapeHtml(`甲${char}乙${char}`)).toBe(`甲${entity}乙${entity}`);
	});

	test('leaves every other character as it is', () => {
		expect(escapeHtml('（内蒙古晨报）A-1 “引号”')).toBe('（内蒙古晨报）A-1 “引号”');
	});
});
