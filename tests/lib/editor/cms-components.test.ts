import { describe, expect, test } from 'vitest';
import { componentUses, mdxSubsetProblems, parseMdx } from '../../../src/lib/content/mdx-subset';
import { editorComponents } from '../../../src/lib/editor/cms-components';

const EDITOR_COMPONENTS = editorComponents({ 'jiangnan-study-tour': '江南研学夏令营' });
const component = (id: string) => EDITOR_COMPONENTS.find((entry) => entry.id === id)!;
const HOSTILE = '引号"和{表达式}<script>alert(1)</script>&amp;\n换行';

/** What the gate reads of a body: its problems, and each component's props. */
function gateReads(body: string) {
	const tree = parseMdx(body);
	return {
		problems: mdxSubsetProblems(tree).map((problem) => problem.problem),
		figure: componentUses(tree, 'Figure').map((use) => use.props),
		promo: componentUses(tree, 'Promo').map((use) => use.props),
	};
}

describe('the editor’s component buttons write MDX the gate accepts, and read it back', () => {
	test('the three components, labelled in Chinese, each a component the articles may use', () => {
		expect(EDITOR_COMPONENTS.map((entry) => [entry.id, entry.label])).toEqual([
			['PullQuote', '引语'],
			['Figure', '图片'],
			['Promo', '广告'],
		]);
	});

	test('a picture: the props in order, the empty ones left out; the gate reads the same props', () => {
		const data = { src: './images/huoshan.jpg', alt: '乌兰哈达火山', caption: '', credit: '记者 王芳 摄' };
		const block = component('Figure').toBlock(data);
		expect(block).toBe('<Figure src="./images/huoshan.jpg" alt="乌兰哈达火山" credit="记者 王芳 摄" />');
		expect(gateReads(block)).toEqual({
			problems: [],
			figure: [{ src: './images/huoshan.jpg', alt: '乌兰哈达火山', credit: '记者 王芳 摄' }],
			promo: [],
		});
		expect(component('Figure').fromBlock(block.match(component('Figure').pattern)!)).toEqual({
			src: './images/huoshan.jpg',
			alt: '乌兰哈达火山',
			credit: '记者 王芳 摄',
		});
	});

	test('a picture chosen inside the component (images/x.jpg) is written from the article’s folder, as ./images/x.jpg', () => {
		expect(component('Figure').toBlock({ src: 'images/a.jpg', alt: '图' })).toBe('<Figure src="./images/a.jpg" alt="图" />');
		expect(component('Figure').toBlock({ src: './images/a.jpg', alt: '图' })).toBe('<Figure src="./images/a.jpg" alt="图" />');
		// Anything else is written as given, for the gate to judge.
		expect(component('Figure').toBlock({ src: 'https://a.cn/a.jpg', alt: '图' })).toBe(
			'<Figure src="https://a.cn/a.jpg" alt="图" />',
		);
		expect(component('Figure').toBlock({ src: '../a.jpg', alt: '图' })).toBe('<Figure src="../a.jpg" alt="图" />');
	});

	test('quotes, braces, tags and line breaks typed into a form stay text: accepted by the gate, read back as typed', () => {
		const block = component('Figure').toBlock({ src: './images/a.jpg', alt: HOSTILE });
		const { problems, figure } = gateReads(block);
		expect(problems).toEqual([]);
		expect(figure).toEqual([{ src: './images/a.jpg', alt: HOSTILE.replace('\n', ' ') }]);
		expect(component('Figure').fromBlock(block.match(component('Figure').pattern)!)['alt']).toBe(HOSTILE.replace('\n', ' '));
	});

	test('a pull quote: its text is prose with MDX’s code characters made full-width; its speaker a prop', () => {
		const block = component('PullQuote').toBlock({ text: '要把{专项斗争}推向<纵深>', cite: '市委书记' });
		expect(block).toBe('<PullQuote cite="市委书记">要把｛专项斗争｝推向＜纵深></PullQuote>');
		expect(gateReads(block).problems).toEqual([]);
		expect(component('PullQuote').fromBlock(block.match(component('PullQuote').pattern)!)).toEqual({
			cite: '市委书记',
			text: '要把｛专项斗争｝推向＜纵深>',
		});
	});

	test('an ad, chosen from the ads there are', () => {
		const promo = component('Promo');
		expect(promo.fields[0]).toMatchObject({ widget: 'relation', collection: 'promos' });
		const block = promo.toBlock({ id: 'jiangnan-study-tour' });
		expect(block).toBe('<Promo id="jiangnan-study-tour" />');
		expect(gateReads(block)).toEqual({ problems: [], figure: [], promo: [{ id: 'jiangnan-study-tour' }] });
		expect(promo.fromBlock(block.match(promo.pattern)!)).toEqual({ id: 'jiangnan-study-tour' });
	});
});

describe('the preview: the site’s own markup and classes, everything typed escaped', () => {
	const noAsset = () => {
		throw new Error('no picture asked for');
	};
	test('a pull quote, its speaker after the dash the site prints', () => {
		expect(component('PullQuote').toPreview({ text: '扫黑除恶', cite: '市委书记' }, noAsset, [])).toBe(
			'<div data-preview="PullQuote"><figure class="pull-quote"><blockquote><p>扫黑除恶</p></blockquote><figcaption>—— 市委书记</figcaption></figure></div>',
		);
		expect(component('PullQuote').toPreview({ text: '扫黑除恶' }, noAsset, [])).not.toContain('figcaption');
	});

	test('a picture from the media library, with caption and credit', () => {
		const asked: unknown[] = [];
		const getAsset = (path: string) => {
			asked.push(path);
			return { toString: () => 'blob:http://127.0.0.1/abc' };
		};
		expect(
			component('Figure').toPreview(
				{ src: './images/a.jpg', alt: '火山', caption: '火山口', credit: '记者 王芳 摄' },
				getAsset,
				[],
			),
		).toBe(
			'<div data-preview="Figure"><figure class="figure"><img src="blob:http://127.0.0.1/abc" alt="火山"><figcaption>火山口<span class="figure__credit">记者 王芳 摄</span></figcaption></figure></div>',
		);
		expect(asked).toEqual(['./images/a.jpg']);
	});

	test('an ad, in the ad’s box with its label and title', () => {
		expect(component('Promo').toPreview({ id: 'jiangnan-study-tour' }, noAsset, [])).toBe(
			'<div data-preview="PromoBlock"><aside class="promo"><p class="promo__label">广告</p><div class="promo__body"><header class="promo__head"><p class="promo__title">江南研学夏令营</p></header></div></aside></div>',
		);
		expect(component('Promo').toPreview({ id: 'no-such-ad' }, noAsset, [])).toContain('<p class="promo__title">no-such-ad</p>');
	});

	test('markup typed into any field is shown as text', () => {
		expect(component('Figure').toPreview({ src: '"><script>' }, (path) => path, [])).toContain(
			'<img src="&quot;&gt;&lt;script&gt;" alt="">',
		);
		const previews = [
			component('PullQuote').toPreview({ text: HOSTILE, cite: HOSTILE }, noAsset, []),
			component('Figure').toPreview({ src: '"><script>', alt: HOSTILE, caption: HOSTILE, credit: HOSTILE }, (path) => path, []),
			component('Promo').toPreview({ id: '<img src=x onerror=alert(1)>' }, noAsset, []),
		];
		for (const preview of previews) {
			expect(preview).not.toMatch(/<script|<img src=x/);
			expect(
				preview
					.match(/<[a-z]+/g)!
					.every((tag) =>
						['<div', '<figure', '<blockquote', '<p', '<figcaption', '<span', '<img', '<aside', '<header'].includes(tag),
					),
			).toBe(true);
		}
	});
});
