import { describe, expect, test } from 'vitest';
import Figure from '../../src/components/Figure.astro';
import PullQuote from '../../src/components/PullQuote.astro';
import { render } from '../helpers/render';

describe('Figure', () => {
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
