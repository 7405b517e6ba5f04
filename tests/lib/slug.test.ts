import { describe, expect, test } from 'vitest';
import { idFromPath, isValidId } from '../../src/lib/slug';

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
