import { describe, expect, test } from 'vitest';
import { article, file, jpeg, verdict } from '../../../helpers/gate';

describe('a picture’s caption', () => {
	test.each([
		['a Figure with alt and caption', '<Figure src="./images/huichang.jpg" alt="会场" caption="会议现场。" />\n', []],
		[
			'a Figure without a caption',
			'<Figure src="./images/huichang.jpg" alt="会场" />\n',
			['content/articles/test.mdx:8:1 warning <Figure caption>：<Figure> 没有图注 → 加上 caption="图注"'],
		],
	])('%s', async (_name, body, expected) => {
		const picture = file('content/articles/images/huichang.jpg', await jpeg());
		expect(await verdict(article(body), picture)).toEqual(expected);
	});
});
