import { describe, expect, test } from 'vitest';
import { cacheKey, withCacheKeys } from '../../../src/lib/site/cache-key';

describe('cacheKey: a page’s incremental-build key', () => {
	test('is the same for the same data and differs when any of it differs', () => {
		const article = { id: 'a', data: { title: '标题', pubDate: new Date('2019-07-01T00:00:00+08:00') } };
		expect(cacheKey(article)).toBe(cacheKey(structuredClone(article)));
		expect(cacheKey(article)).not.toBe(cacheKey({ ...article, data: { ...article.data, title: '新标题' } }));
		expect(cacheKey(article)).not.toBe(cacheKey({ ...article, data: { ...article.data, pubDate: new Date('2019-07-02') } }));
		expect(cacheKey('a', 'b')).not.toBe(cacheKey('ab'));
	});

	test('sees what Maps and Sets hold (JSON.stringify writes both as {})', () => {
		expect(cacheKey(new Map([['a', 1]]))).not.toBe(cacheKey(new Map([['a', 2]])));
		expect(cacheKey({ related: new Set(['x']) })).not.toBe(cacheKey({ related: new Set(['y']) }));
		expect(cacheKey(new Map())).not.toBe(cacheKey({}));
	});

	test('refuses a function rather than leaving it out of the key', () => {
		expect(() => cacheKey({ psb: (code: string) => code })).toThrow('only data');
	});
});

describe('withCacheKeys', () => {
	const paths = [
		{ params: { id: 'a' }, props: { title: '甲' } },
		{ params: { id: 'b' }, props: { title: '乙' } },
	];

	test('keys each path by the site-wide part, its params and props, and what else it shows', () => {
		const keyed = withCacheKeys('site', paths, ({ params }) => (params.id === 'a' ? ['相关'] : []));
		expect(keyed.map(({ params, props }) => ({ params, props }))).toEqual(paths);
		expect(keyed[0]!.cacheKey).not.toBe(keyed[1]!.cacheKey);
		expect(withCacheKeys('site 2', paths)[0]!.cacheKey).not.toBe(withCacheKeys('site', paths)[0]!.cacheKey);
		expect(withCacheKeys('site', paths, () => ['x'])[0]!.cacheKey).not.toBe(
			withCacheKeys('site', paths, () => ['y'])[0]!.cacheKey,
		);
		expect(withCacheKeys('site', [{ ...paths[0]!, props: { title: '丙' } }])[0]!.cacheKey).not.toBe(keyed[0]!.cacheKey);
	});
});

describe('cacheKey of content entries', () => {
	const entry = (body: string, title = '标题') => ({
		collection: 'articles',
		id: 'a',
		data: { title },
		body,
		filePath: 'content/articles/a.mdx',
		digest: body.length,
	});

	test('sees their fields but not their body, which only their own page renders (Astro tracks that)', () => {
		expect(cacheKey([entry('正文')])).toBe(cacheKey([entry('改过的正文')]));
		expect(cacheKey({ related: [entry('正文')] })).not.toBe(cacheKey({ related: [entry('正文', '新标题')] }));
		expect(cacheKey(entry('正文'))).not.toBe(cacheKey({ ...entry('正文'), id: 'b' }));
	});
});

describe('cacheKey: what counts as a content entry, and what is refused', () => {
	const withBody = (value: object, body: string) => cacheKey({ ...value, body });

	test.each([
		['no collection', { id: 'a', data: {} }],
		['a collection that is no name', { collection: 1, id: 'a', data: {} }],
		['no id', { collection: 'articles', data: {} }],
		['an id that is no name', { collection: 'articles', id: 1, data: {} }],
		['no data', { collection: 'articles', id: 'a' }],
	])('an object with %s is data, every field of it seen', (_name, value) => {
		expect(withBody(value, '正文')).not.toBe(withBody(value, '改过的正文'));
	});

	test('a symbol is refused too', () => {
		expect(() => cacheKey({ marker: Symbol('x') })).toThrow(
			new TypeError('cacheKey: a page key can hold only data, not functions or symbols'),
		);
	});

	test('a key is a base64url SHA-256, and nothing given is a key too', () => {
		expect(cacheKey('a')).toMatch(/^[\w-]{43}$/);
		expect(cacheKey()).toMatch(/^[\w-]{43}$/);
		expect(cacheKey(undefined)).not.toBe(cacheKey());
	});

	test('by default a path’s key holds nothing beyond its params and props', () => {
		const [path] = withCacheKeys('site', [{ params: { id: 'a' } }]);
		expect(path!.cacheKey).toBe(cacheKey('site', { id: 'a' }, undefined, null));
	});
});
