import { describe, expect, test } from 'vitest';
import { didYouMean, editDistance, NEAREST_MAX_LENGTH, nearest } from '../../../src/lib/content/nearest';

describe('editDistance', () => {
	test.each([
		['', '', 0],
		['', 'abc', 3],
		['abc', '', 3],
		['summary', 'summary', 0],
		['sumary', 'summary', 1],
		['summray', 'summary', 1],
		['ab', 'ba', 1],
		['abcd', 'badc', 2],
		['kitten', 'sitting', 3],
		['政法', '政治', 1],
		['𠀀a', 'a', 1],
		['ca', 'abc', 3],
	])('%j → %j: %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});
});

describe('nearest', () => {
	const FIELDS = ['title', 'subtitle', 'summary', 'pubDate', 'updatedDate', 'section', 'series', 'source', 'coverAlt', 'cover'];
	test.each([
		['sumary', 'summary'],
		['pubdate', 'pubDate'],
		['PUBDATE', 'pubDate'],
		['titel', 'title'],
		['secton', 'section'],
		['coverAtl', 'coverAlt'],
		['covr', 'cover'],
		['x', undefined],
		['author', undefined],
		['seriesOrderNumber', undefined],
		['title', undefined],
	])('%s → %s', (name, guess) => {
		expect(nearest(name, FIELDS)).toBe(guess);
	});

	test('the nearest wins over an earlier, farther one; a tie keeps the first', () => {
		expect(nearest('politics-lam', ['politics', 'politics-law'])).toBe('politics-law');
		expect(nearest('ab', ['ac', 'ad'])).toBe('ac');
	});

	test('else the only candidate that begins with the name', () => {
		expect(nearest('jiangnan-study', ['jiangnan-study-tour', 'saohei-chu-e'])).toBe('jiangnan-study-tour');
		expect(nearest('JIANGNAN', ['jiangnan-study-tour'])).toBe('jiangnan-study-tour');
		expect(nearest('jiangnan', ['jiangnan-study-tour', 'jiangnan-summer'])).toBeUndefined();
		expect(nearest('', ['a', 'bcdef'])).toBeUndefined();
	});

	test('a name or candidate over the length limit gets no guess', () => {
		const long = 'a'.repeat(NEAREST_MAX_LENGTH + 1);
		expect(nearest(long, [long.slice(1)])).toBeUndefined();
		expect(nearest('a'.repeat(NEAREST_MAX_LENGTH), [long])).toBeUndefined();
		expect(nearest('a'.repeat(NEAREST_MAX_LENGTH - 1) + 'b', ['a'.repeat(NEAREST_MAX_LENGTH)])).toBe('a'.repeat(NEAREST_MAX_LENGTH));
	});

	test('the words', () => {
		expect(didYouMean('summary')).toBe('是不是 summary？');
		expect(didYouMean(undefined)).toBe('');
	});
});
