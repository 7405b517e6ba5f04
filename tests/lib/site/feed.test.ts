import { describe, expect, test } from 'vitest';
import { escapeHtml, feedChannelData, feedHtml, feedItem } from '../../../src/lib/site/feed';
import type { Article } from '../../../src/lib/site/site-data';
import { absoluteUrl } from '../../../src/lib/site/urls';

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

const entry = (id: string, data: Record<string, unknown>) =>
	({
		id,
		data: { title: `标题${id}`, summary: `摘要${id}`, section: { id: 'politics-law' }, tags: [], ...data },
	}) as unknown as Article;
const sections = { byId: { sections: new Map([['politics-law', { data: { name: '政法' } }]]) } } as never;

describe('the feed’s items and channel', () => {
	test('an item: link, summary, section then tags, Beijing date, and the body with its source line, addresses absolute', () => {
		const article = entry('a', {
			pubDate: new Date('2019-07-01T08:30:00+08:00'),
			tags: ['扫黑除恶'],
			source: '乌兰察布市扫黑办',
		});
		expect(feedItem(sections, article, '<p><a href="/articles/b/">乙</a></p>')).toEqual({
			title: '标题a',
			link: absoluteUrl('/articles/a/'),
			description: '摘要a',
			content: `<p><a href="${absoluteUrl('/articles/b/')}">乙</a></p><p>（乌兰察布市扫黑办）</p>`,
			categories: ['政法', '扫黑除恶'],
			customData: '<pubDate>Mon, 01 Jul 2019 08:30:00 +0800</pubDate>',
		});
	});

	test('the channel changed when its newest change did, an update counting; without articles it says only its language', () => {
		const older = entry('a', {
			pubDate: new Date('2019-07-01T08:00:00+08:00'),
			updatedDate: new Date('2019-07-09T10:00:00+08:00'),
		});
		const newer = entry('b', { pubDate: new Date('2019-07-05T08:00:00+08:00') });
		expect(feedChannelData([newer, older])).toBe(
			'<language>zh-cn</language><lastBuildDate>Tue, 09 Jul 2019 10:00:00 +0800</lastBuildDate>',
		);
		expect(feedChannelData([])).toBe('<language>zh-cn</language>');
	});
});
