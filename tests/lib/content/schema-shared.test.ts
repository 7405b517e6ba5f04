import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../../src/lib/content/schema';

/** As Astro's content layer calls it: a new image() for every entry, the same reference() for all. */
const reference = () => z.string();
const entryTools = () => ({ image: () => z.string(), reference });
const ARTICLE = { title: '标题', summary: '摘要。', pubDate: '2019-07-01', section: 'politics-law', cover: './a.jpg', coverAlt: '图' };

describe('an article schema made once per entry', () => {
	test('shares every field but the cover between entries, so a build of thousands does not make them anew', () => {
		const [first, second] = [articleSchema(entryTools()), articleSchema(entryTools())];
		const names = Object.keys(first.shape).filter((name) => name !== 'cover');
		expect(names).toHaveLength(19);
		for (const name of names) expect(second.shape[name as keyof typeof first.shape]).toBe(first.shape[name as keyof typeof first.shape]);
		expect(second.shape.cover).not.toBe(first.shape.cover);
	});

	test('another reference tool gets fields of its own, and both read an article alike', () => {
		const other = articleSchema({ image: () => z.string(), reference: () => z.string() });
		const mine = articleSchema(entryTools());
		expect(other.shape.section).not.toBe(mine.shape.section);
		expect(other.parse(ARTICLE)).toEqual(mine.parse(ARTICLE));
	});

	test('the fields keep their order, the cover among them where editors see it', () => {
		expect(Object.keys(articleSchema(entryTools()).shape).slice(13, 16)).toEqual(['tags', 'cover', 'coverAlt']);
	});
});
