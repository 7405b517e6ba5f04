import { describe, expect, test } from 'vitest';
import { spellingMark, tagAddresses } from '../../../src/lib/site/tag-addresses';

const day = (d: number) => new Date(Date.UTC(2019, 6, d));

describe('tagAddresses: every spelling its own address, and none ever taken away', () => {
	test('a tag alone has its pinyin', () => {
		expect(tagAddresses([{ tag: '扫黑除恶', date: day(1) }])).toEqual(new Map([['扫黑除恶', 'sao-hei-chu-e']]));
	});

	test('two spellings of one sound: the first used keeps the pinyin, the other gets its mark', () => {
		const addresses = tagAddresses([
			{ tag: '烟雪', date: day(9) },
			{ tag: '研学', date: day(3) },
			{ tag: '烟雪', date: day(2) },
			{ tag: '研学', date: day(1) },
		]);
		expect(addresses).toEqual(
			new Map([
				['研学', 'yan-xue'],
				['烟雪', `yan-xue-${spellingMark('烟雪')}`],
			]),
		);
	});

	test('a spelling used later never changes an earlier one’s address', () => {
		const before = tagAddresses([{ tag: '研学', date: day(1) }]);
		const after = tagAddresses([
			{ tag: '研学', date: day(1) },
			{ tag: '烟雪', date: day(20) },
			{ tag: '岩穴', date: day(25) },
		]);
		expect(after.get('研学')).toBe(before.get('研学'));
		expect(new Set(after.values()).size).toBe(3);
	});

	test('used on the same day: the spelling first in code-point order keeps the pinyin, whatever the order given', () => {
		const uses = [
			{ tag: '研学', date: day(1) },
			{ tag: '烟雪', date: day(1) },
		];
		const [a, b] = ['烟雪', '研学'].sort();
		for (const order of [uses, [...uses].reverse()]) {
			const addresses = tagAddresses(order);
			expect(addresses.get(a!)).toBe('yan-xue');
			expect(addresses.get(b!)).toBe(`yan-xue-${spellingMark(b!)}`);
		}
	});

	test('full-width letters read as their ASCII letters', () => {
		expect(tagAddresses([{ tag: 'ＡＩ', date: day(1) }]).get('ＡＩ')).toBe('ai');
	});
});

describe('spellingMark', () => {
	test('four hex digits of the spelling, the same on every call; full-width and spaces aside', () => {
		expect(spellingMark('研学')).toMatch(/^[0-9a-f]{4}$/);
		expect(spellingMark('研学')).toBe(spellingMark(' 研学 '));
		expect(spellingMark('ＡＩ')).toBe(spellingMark('AI'));
		expect(spellingMark('研学')).not.toBe(spellingMark('烟雪'));
		// SHA-1 of 研学 in UTF-8, as `printf 研学 | sha1sum` gives it.
		expect(spellingMark('研学')).toBe('b15f');
	});
});
