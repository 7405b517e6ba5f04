import { describe, expect, test } from 'vitest';
import { idFromPath, isValidId, tagSlug } from '../../src/lib/slug';

describe('ids are lowercase ASCII kebab-case', () => {
	test.each([
		['saohei-zhengzhi-zhanwei', true],
		['politics-law', true],
		['2019-07-01-report', true],
		['Saohei', false],
		['saohei_chu_e', false],
		['扫黑除恶', false],
		['-leading', false],
		['double--hyphen', false],
		['', false],
	])('%s → %s', (id, valid) => {
		expect(isValidId(id)).toBe(valid);
	});

	test('the id of a file is its name without extension', () => {
		expect(idFromPath('content/articles/saohei-zhengzhi-zhanwei.mdx')).toBe('saohei-zhengzhi-zhanwei');
	});
});

describe('tag slugs are toneless pinyin', () => {
	test.each([
		['扫黑除恶', 'sao-hei-chu-e'],
		['乌兰察布', 'wu-lan-cha-bu'],
		['政治站位', 'zheng-zhi-zhan-wei'],
		['5G 网络', '5g-wang-luo'],
		['绿色发展（生态）', 'lv-se-fa-zhan-sheng-tai'],
		['Astro', 'astro'],
	])('%s → %s', (tag, slug) => {
		expect(tagSlug(tag)).toBe(slug);
		expect(isValidId(tagSlug(tag))).toBe(true);
	});
});
