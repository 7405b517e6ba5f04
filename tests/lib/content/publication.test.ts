import { describe, expect, test } from 'vitest';
import { isPromoPublished, isPublished } from '../../../src/lib/content/publication';

const NOW = new Date('2026-12-06T12:00:00+08:00');
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe('isPublished: an article is public once it is no draft and its time has come', () => {
	test.each([
		[{ draft: false, pubDate: NOW }, true],
		[{ draft: false, pubDate: at(-1) }, true],
		[{ draft: false, pubDate: at(1) }, false],
		[{ draft: true, pubDate: at(-1) }, false],
		[{ draft: true, pubDate: at(1) }, false],
	])('%o → %s', (data, published) => {
		expect(isPublished(data, NOW)).toBe(published);
	});
});

describe('isPromoPublished: an ad is public when it is no draft and runs now', () => {
	test.each([
		[{ draft: false }, true],
		[{ draft: true }, false],
		[{ draft: false, validFrom: NOW, validThrough: NOW }, true],
		[{ draft: false, validFrom: at(1) }, false],
		[{ draft: false, validThrough: at(-1) }, false],
		[{ draft: true, validFrom: at(-1), validThrough: at(1) }, false],
	])('%o → %s', (data, published) => {
		expect(isPromoPublished(data, NOW)).toBe(published);
	});
});
