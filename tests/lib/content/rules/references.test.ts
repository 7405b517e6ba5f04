import { describe, expect, test } from 'vitest';
import { referencesOf } from '../../../../src/lib/content/rules/references';

describe('referencesOf: the named fields of a file as written', () => {
	test.each([
		[null, {}],
		[['section'], {}],
		['section: a', {}],
		[{ section: 'a', series: 'b', promos: ['c', 3, 'd'], cover: './c.jpg', qr: { image: './q.png' } }, { section: 'a', series: 'b', promos: ['c', undefined, 'd'], cover: './c.jpg', qrImage: './q.png' }],
		[{ section: 1, series: null, promos: 'c', cover: {}, qr: null }, {}],
		[{ qr: 'q.png' }, {}],
		[{ qr: { image: 1 } }, {}],
	])('%j', (data, expected) => {
		expect(referencesOf(data)).toEqual({ section: undefined, series: undefined, promos: [], cover: undefined, qrImage: undefined, ...expected });
	});
});
