import { describe, expect, test } from 'vitest';
import Figure from '../../src/components/Figure.astro';
import PullQuote from '../../src/components/PullQuote.astro';
import { render } from '../helpers/render';

describe('Figure', () => {
	const picture = { src: '/_astro/huoshan.jpg', width: 1200, height: 800, format: 'jpg' as const };

	test('the caption keeps its last four characters on one line and the credit moves as one piece, so 摄 never stands alone', async () => {
		const dom = await render(Figure, {
			src: './images/huoshan.jpg',
			alt: '乌兰哈达火山',
			caption: '乌兰哈达3号火山的火山口',
			credit: '记者 王芳 摄',
			picture,
		});
		const caption = dom.querySelector('figcaption')!;
		expect(caption.querySelector('.para-end')?.text).toBe('的火山口');
		expect(caption.querySelector('.figure__credit')?.text).toBe('记者 王芳 摄');
		expect(caption.text.replace(/\s+/g, '')).toBe('乌兰哈达3号火山的火山口记者王芳摄');
	});

	test('a picture that is not under content/ stops the build, naming the path', async () => {
		await expect(render(Figure, { src: './images/missing.jpg', alt: '推进会现场' })).rejects.toThrow(
			'<Figure src="./images/missing.jpg">：找不到图片 content/articles/images/missing.jpg',
		);
	});
});

describe('PullQuote', () => {
	test('sets the quotation in a blockquote, with its speaker when given', async () => {
		const dom = await render(PullQuote, { cite: '市委书记杜学军' });
		expect(dom.querySelector('figure.pull-quote > blockquote')).not.toBeNull();
		expect(dom.querySelector('figcaption')?.text).toBe('—— 市委书记杜学军');
	});

	test('has no attribution line without a speaker', async () => {
		expect((await render(PullQuote, {})).querySelector('figcaption')).toBeNull();
	});
});
