import { expect, test } from 'vitest';
import { checkContent } from '../../../../src/lib/content/gate';

test('a problem inside a promo’s details block is placed on its own line and column', async () => {
	const promo = {
		path: 'content/promos/p.yaml',
		bytes: new TextEncoder().encode('title: 广告\ndetails: |\n  ## 行程\n\n  第一天 A 乌兰哈达火山,很美。\n'),
	};
	const found = (await checkContent([promo])).diagnostics
		.filter((d) => d.file === promo.path)
		.map((d) => `${d.line}:${d.column} ${d.problem}`);
	expect(found).toEqual([
		'5:6 中文与英文字母或数字之间有空格（本报不加空格）「空格」',
		'5:8 中文与英文字母或数字之间有空格（本报不加空格）「空格」',
		'5:15 中文里用了半角标点「,」',
	]);
});
